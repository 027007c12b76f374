// The browser suite's update server: serves a TestPublisher's folder on 127.0.0.1 (random port), logs every request
// it receives (method, path, headers) for the privacy assertion, and misbehaves on demand: down, 404, a tampered or
// truncated file, another manifest (a replay, another key), or a file held back until released (to stop the service
// worker mid-download).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestPublisher } from '../../helpers/test-publisher.js';

export interface LoggedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export type Fault =
  | { kind: 'none' }
  | { kind: 'down' }
  | { kind: '404'; path: string }
  | { kind: 'tamper' | 'truncate'; path: string }
  | { kind: 'manifest'; text: string }
  | { kind: 'hold'; path: string };

export interface UpdateServer {
  origin: string;
  manifestUrl: string;
  requests: LoggedRequest[];
  publisher: TestPublisher;
  fault: Fault;
  /** Resolves when a held file has been asked for; release() then lets it through. */
  held(): Promise<void>;
  release(): void;
  close(): Promise<void>;
}

export async function serveUpdates(publisher: TestPublisher): Promise<UpdateServer> {
  let onHeld: (() => void) | null = null;
  let heldSeen = false;
  let releases: (() => void)[] = [];
  const state = { fault: { kind: 'none' } as Fault };
  const requests: LoggedRequest[] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const f = state.fault;
    if (f.kind === 'down') return void req.socket.destroy();
    if (f.kind === '404' && path.endsWith(f.path)) return void res.writeHead(404).end('not found');
    const name = path.split('/').pop()!;
    let body: Uint8Array | undefined;
    if (name === 'manifest.json') body = new TextEncoder().encode(f.kind === 'manifest' ? f.text : publisher.manifest);
    else body = publisher.files.get(name);
    if (!body) return void res.writeHead(404).end('not found');
    if (f.kind === 'tamper' && path.endsWith(f.path))
      body = Uint8Array.from(body, (b, i) => (i === body!.length >> 1 ? b ^ 0xff : b));
    if (f.kind === 'truncate' && path.endsWith(f.path)) body = body.subarray(0, body.length - 20);
    const send = () =>
      res
        .writeHead(200, {
          'content-type': 'application/octet-stream',
          'cache-control': 'no-store',
          'set-cookie': 'tracker=1; Path=/',
        })
        .end(body);
    if (f.kind === 'hold' && path.endsWith(f.path)) {
      heldSeen = true;
      onHeld?.();
      releases.push(send);
      return;
    }
    send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    manifestUrl: `${origin}/parallax/manifest.json`,
    requests,
    publisher,
    get fault() {
      return state.fault;
    },
    set fault(f: Fault) {
      state.fault = f;
      heldSeen = false;
    },
    held: () => (heldSeen ? Promise.resolve() : new Promise<void>((r) => (onHeld = r))),
    release: () => {
      for (const r of releases) r();
      releases = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
