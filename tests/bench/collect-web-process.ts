// Starts the collector bench's news web (collect-web.ts) in a child process and drives its simulated clock.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

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
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./collect-web.ts', import.meta.url).pathname, String(articles)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error('the bench web process stopped');
    return JSON.parse(value as string) as Record<string, unknown>;
  };
  const first = (await next()) as { opml: string; origins: string[] };
  const ask = async (line: string) => {
    child.stdin!.write(`${line}\n`);
    return (await next()) as { cpu: number };
  };
  return {
    opml: first.opml,
    origins: first.origins,
    setClock: async (ms) => void (await ask(`clock ${ms}`)),
    cpu: async () => (await ask('cpu')).cpu,
    close: async () => {
      child.stdin!.end('quit\n');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    },
  };
}
