// Starts the self-collect benches' news web (tests/bench/self-collect-web.ts) in a child process, so its CPU is not
// counted as the poller's, and moves its simulated clock: each step makes more articles appear in the feeds.
import { startLineChild } from './line-child.js';

export interface WebProcess {
  /** The 100 feeds as an OPML list. */
  opml: string;
  /** The clock's steps: the first poll's articles (5 a site), one more, the same again, three more. */
  clocks: number[];
  clock(ms: number): Promise<void>;
  quit(): void;
}

export async function startWeb(): Promise<WebProcess> {
  const child = await startLineChild(new URL('./self-collect-web.ts', import.meta.url));
  return {
    ...(child.first as { opml: string; clocks: number[] }),
    async clock(ms: number) {
      await child.ask(`clock ${ms}`);
    },
    quit: () => void child.close(),
  };
}
