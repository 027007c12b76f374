// What the Chromium benches read from the browser besides the extension's own answers: the built extension launched
// by the suite's harness with a DevTools port, a plain CDP client for the service worker's (or the offscreen
// document's) own target, the browser's processes with their CPU time (CDP SystemInfo) and memory (/proc), and how a
// bench closes what it opened (the worker's heap is sampled in chromium-heap.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'undici';
import type { IndexInfo } from '../../lib/ext/protocol.js';
import { launch, waitFor, type Harness } from '../browser/harness/extension.js';

export const pct = (xs: readonly number[], p: number): number =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]! : NaN;
export const log = (m: string): void => void process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
export const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};

interface TargetInfo {
  id: string;
  type: string;
  url: string;
  webSocketDebuggerUrl: string;
}

/** One CDP connection to one target (a page's, a worker's), with request/response by id. */
export class CdpTarget {
  private next = 0;
  private readonly pending = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  closed = false;
  private constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (e) => {
      const m = JSON.parse(String(e.data)) as { id?: number; result?: unknown; error?: { message: string } };
      if (m.id) this.pending.get(m.id)?.(m);
      if (m.id) this.pending.delete(m.id);
    });
    ws.addEventListener('close', () => {
      this.closed = true;
      for (const r of this.pending.values()) r({ error: { message: 'target closed' } });
      this.pending.clear();
    });
  }

  static async open(url: string): Promise<CdpTarget> {
    const ws = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      ws.addEventListener('open', () => resolve());
      ws.addEventListener('error', () => reject(new Error(`CDP connection to ${url} failed`)));
    });
    return new CdpTarget(ws);
  }

  send<T>(method: string, params: object = {}): Promise<T> {
    if (this.closed) return Promise.reject(new Error('target closed'));
    const id = ++this.next;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result as T)));
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  close(): void {
    this.ws.close();
  }
}

export interface ProcessSample {
  pid: number;
  type: string;
  /** CPU seconds since the process started. */
  cpu: number;
  /** The extension's renderer: its service worker, offscreen document and pages run there. */
  extension: boolean;
  rssMb: number;
  peakRssMb: number;
}

const statusKb = (pid: number, field: string): number => {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
};
const cmdline = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};

export interface MeasuredBrowser {
  h: Harness;
  /** The first target of `type` whose URL is the extension's `path` (waits for it). */
  target(type: string, path: string): Promise<CdpTarget>;
  processes(): Promise<ProcessSample[]>;
  close(): Promise<void>;
}

/** The built extension in Debian Chromium (the browser suite's harness) with a DevTools port on 127.0.0.1. */
export async function launchMeasured(): Promise<MeasuredBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  const h = await launch(dir, { args: ['--remote-debugging-port=0'] });
  const port = readFileSync(join(dir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const browser = h.context.browser();
  if (!browser) throw new Error('no browser object for the persistent context');
  const session = await browser.newBrowserCDPSession();
  return {
    h,
    target: async (type, path) => {
      const want = h.extUrl(path);
      const found = await waitFor(
        `the ${type} target ${path}`,
        async () =>
          ((await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as TargetInfo[]).find(
            (t) => t.type === type && t.url.startsWith(want),
          ),
        (t) => !!t,
        60_000,
      );
      return CdpTarget.open(found!.webSocketDebuggerUrl);
    },
    processes: async () => {
      const { processInfo } = (await session.send('SystemInfo.getProcessInfo' as 'Browser.getVersion')) as unknown as {
        processInfo: { type: string; id: number; cpuTime: number }[];
      };
      return processInfo.map((p) => ({
        pid: p.id,
        type: p.type,
        cpu: p.cpuTime,
        extension: cmdline(p.id).includes('--extension-process'),
        rssMb: statusKb(p.id, 'VmRSS') / 1024,
        peakRssMb: statusKb(p.id, 'VmHWM') / 1024,
      }));
    },
    close: async () => {
      await session.detach().catch(() => undefined);
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Closes what a bench opened, in order, after its figures are written: each step gets `ms` (a browser that does not
 *  close must not keep the run from ending); a step that overruns is named and the rest still run. */
export async function teardown(steps: (() => Promise<unknown>)[], ms = 30_000): Promise<void> {
  for (const [i, step] of steps.entries()) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), ms)));
    const out = await Promise.race([step().catch((e: unknown) => log(`teardown step ${i + 1} failed: ${String(e)}`)), late]);
    clearTimeout(timer);
    if (out === 'late') log(`teardown step ${i + 1} did not end within ${ms / 1000} s; going on`);
  }
}

/** CPU seconds: the whole browser's (every process) and the extension renderer's. */
export async function cpuNow(b: MeasuredBrowser): Promise<{ all: number; ext: number }> {
  const ps = await b.processes();
  return { all: ps.reduce((s, p) => s + p.cpu, 0), ext: ps.filter((p) => p.extension).reduce((s, p) => s + p.cpu, 0) };
}

/** The bundled index once loaded in the measured browser (a bench measures nothing before it). */
export async function bundledReady(h: Harness): Promise<IndexInfo> {
  const ready = await waitFor(
    'the bundled index',
    () => h.ask<IndexInfo>('uiGetIndexInfo'),
    (i) => i.state === 'ready' || i.state === 'error',
    300_000,
  );
  if (ready.state !== 'ready') throw new Error(`index not loaded: ${ready.message}`);
  return ready;
}
