// Starts the self-collect benches' news web (tests/bench/self-collect-web.ts) in a child process, so its CPU is not
// counted as the poller's, and moves its simulated clock: each step makes more articles appear in the feeds.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface WebProcess {
  /** The 100 feeds as an OPML list. */
  opml: string;
  /** The clock's steps: the first poll's articles (5 a site), one more, the same again, three more. */
  clocks: number[];
  clock(ms: number): Promise<void>;
  quit(): void;
}

export async function startWeb(): Promise<WebProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./self-collect-web.ts', import.meta.url).pathname], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const first = JSON.parse((await lines.next()).value as string) as { opml: string; clocks: number[] };
  return {
    ...first,
    async clock(ms: number) {
      child.stdin!.write(`clock ${ms}\n`);
      await lines.next();
    },
    quit: () => child.stdin!.end('quit\n'),
  };
}
