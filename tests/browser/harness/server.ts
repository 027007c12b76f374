// A tiny HTTP server for the browser suite: serves pages made at test time, on 127.0.0.1 only, on a random port; and,
// on request, the same pages over HTTPS with a certificate made at run time, for outlets' hosts that Chromium maps to
// 127.0.0.1 and always asks for over HTTPS (HSTS-preloaded, such as rt.com).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PageServer {
  origin: string;
  url(path: string): string;
  /** The page at `https://<host>:<port><path>`; only when the server was started with `tls`. */
  secureUrl(path: string, host: string): string;
  close(): Promise<void>;
}

/** A throwaway self-signed certificate (Debian's openssl); the browser is told to accept it. */
function selfSignedCert(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cert-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=parallax-test', '-days', '2', '-keyout', key, '-out', cert],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const listen = async (server: Server): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};
const closed = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** `headers`: extra response headers by path (a Content-Security-Policy, say). */
export async function servePages(
  pages: Record<string, string>,
  opts: { tls?: boolean; headers?: Record<string, Record<string, string>> } = {},
): Promise<PageServer> {
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = pages[path];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const extra = opts.headers?.[path] ?? {};
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...extra }).end(body);
  };
  const server: Server = createServer(handle);
  const origin = `http://127.0.0.1:${await listen(server)}`;
  const secure = opts.tls ? createTlsServer(selfSignedCert(), handle) : null;
  const securePort = secure ? await listen(secure) : null;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    secureUrl: (path, host) => {
      if (securePort === null) throw new Error('this page server was started without tls');
      return `https://${host}:${securePort}${path}`;
    },
    close: async () => {
      await Promise.all([closed(server), ...(secure ? [closed(secure)] : [])]);
    },
  };
}
