// `verify --pubkey <key.pub> <dir>`: checks a published folder as a reader would: signature, every file's size and
// sha256, the delta chain's sequence, expiry. Exits 1 with the reason on the first failure.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stderr, stdout } from 'node:process';
import { readPublished } from '../node/collect/published.js';
import { parsePublicKey } from '../updates/verify.js';

export const command = {
  summary: 'verify a published update folder (signature, hashes, sizes, sequence, expiry)',
  async run(args: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { pubkey: { type: 'string' }, 'after-sequence': { type: 'string' }, now: { type: 'string' } },
    });
    if (!values.pubkey || positionals.length !== 1) {
      stderr.write('usage: verify --pubkey <key.pub> [--after-sequence N] <published dir>\n');
      return 2;
    }
    try {
      const publicKey = parsePublicKey(readFileSync(values.pubkey, 'utf8'));
      const { manifest, state } = await readPublished(positionals[0]!, {
        publicKey,
        refuseExpired: true,
        now: values.now ? new Date(values.now) : new Date(),
        lastSequence: values['after-sequence'] ? Number(values['after-sequence']) : undefined,
      });
      const s = state.stats();
      stdout.write(
        `ok: sequence ${manifest.sequence}, snapshot ${manifest.snapshot.sequence}, ${manifest.deltas.length} deltas; ${s.articles} articles, ${s.events} events, ${s.outlets} outlets; newest article ${s.newestArticle ?? 'none'}; expires ${manifest.expiresAt}\n`,
      );
      return 0;
    } catch (err) {
      const kind = (err as { kind?: string }).kind;
      stderr.write(`verify failed${kind ? ` (${kind})` : ''}: ${err instanceof Error ? err.message : String(err)}\n`);
      return 1;
    }
  },
};
