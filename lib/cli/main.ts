// Command-line entry: `npm run -s cli -- <command> …`. Dispatches to one module per command.
import { argv, exit, stderr } from 'node:process';

type Command = { summary: string; run: (args: string[]) => Promise<number> };

const commands: Record<string, () => Promise<Command>> = {
  'build-index': async () => (await import('./build-index.js')).command,
  'build-default-index': async () => (await import('./build-default-index.js')).command,
  check: async () => (await import('./check.js')).command,
  stance: async () => (await import('./stance.js')).command,
  'train-stance': async () => (await import('./train-stance.js')).command,
  'build-outlets': async () => (await import('./build-outlets.js')).command,
  keygen: async () => (await import('./keygen.js')).command,
  collect: async () => (await import('./collect.js')).command,
  publish: async () => (await import('./publish.js')).command,
  verify: async () => (await import('./verify.js')).command,
  serve: async () => (await import('./serve.js')).command,
  status: async () => (await import('./status.js')).command,
  worker: async () => (await import('./worker.js')).command,
};

async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  const load = name ? commands[name] : undefined;
  if (!load) {
    const lines = await Promise.all(Object.entries(commands).map(async ([n, l]) => `  ${n.padEnd(22)}${(await l()).summary}`));
    stderr.write(`usage: npm run -s cli -- <command> [options]\n\ncommands:\n${lines.join('\n')}\n`);
    return name ? 2 : 0;
  }
  return (await load()).run(rest);
}

main(argv.slice(2)).then(
  (code) => exit(code),
  (err: unknown) => {
    stderr.write(`parallax: ${err instanceof Error ? err.message : String(err)}\n`);
    exit(1);
  },
);
