// A bench's helper process (the simulated news webs) that answers each line it reads on stdin with one line on
// stdout, after a first line that describes it: started with tsx, so its CPU is not counted as the bench's.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface LineChild {
  /** The first line it printed, parsed as JSON. */
  first: unknown;
  /** Send one line; resolves with its answer. */
  ask(line: string): Promise<string>;
  /** Tell it to quit and wait until it has. */
  close(): Promise<void>;
}

export async function startLineChild(script: URL, args: readonly string[] = []): Promise<LineChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', script.pathname, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    const { value, done } = await lines.next();
    if (done) throw new Error(`the bench's process ${script.pathname} stopped`);
    return value as string;
  };
  const first = JSON.parse(await next()) as unknown;
  return {
    first,
    ask: async (line) => {
      child.stdin!.write(`${line}\n`);
      return next();
    },
    close: async () => {
      child.stdin!.end('quit\n');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    },
  };
}
