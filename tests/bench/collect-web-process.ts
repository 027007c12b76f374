// Starts the collector bench's news web (collect-web.ts) in a child process and drives its simulated clock.
import { startLineChild } from './line-child.js';

export interface CollectWeb {
  opml: string;
  origins: string[];
  /** Move the simulated clock; resolves once the web has. */
  setClock(ms: number): Promise<void>;
  /** CPU seconds the web process has used so far. */
  cpu(): Promise<number>;
  close(): Promise<void>;
}

export async function startCollectWeb(articles: number): Promise<CollectWeb> {
  const child = await startLineChild(new URL('./collect-web.ts', import.meta.url), [String(articles)]);
  const { opml, origins } = child.first as { opml: string; origins: string[] };
  return {
    opml,
    origins,
    setClock: async (ms) => void (await child.ask(`clock ${ms}`)),
    cpu: async () => (JSON.parse(await child.ask('cpu')) as { cpu: number }).cpu,
    close: child.close,
  };
}
