// `publish --db <dir> --out <dir> --key <key>`: writes the signed manifest, a snapshot when due and the delta since
// the last publish (lib/node/collect/publish.ts).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stderr, stdout } from 'node:process';
import { openDb, type Db } from '../node/collect/db.js';
import { publish } from '../node/collect/publish.js';
import { loadPrivateKey } from '../node/collect/signing.js';

const USAGE =
  'usage: publish --db <dir|postgres://…> --out <dir> --key <private key> [--retention <days>] [--expires <hours>] [--claims <per article>] [--name <publisher>] [--description <text>] [--url <site>]';

export interface PublishArgs {
  out: string;
  key: string;
  retention?: string;
  expires?: string;
  /** Claims published per article (lib/collect/published-claims.ts). */
  claims?: string;
  name?: string;
  description?: string;
  url?: string;
}

export async function publishFromArgs(db: Db, a: PublishArgs): Promise<number> {
  let key;
  try {
    key = loadPrivateKey(readFileSync(a.key, 'utf8'));
  } catch (err) {
    stderr.write(`cannot use the key ${a.key}: ${(err as Error).message}\n`);
    return 1;
  }
  const claims = a.claims === undefined ? undefined : Number(a.claims);
  if (claims !== undefined && !(Number.isInteger(claims) && claims >= 0)) {
    stderr.write(`--claims takes a whole number of claims per article (0 or more), not "${a.claims}"\n`);
    return 2;
  }
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const now = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  try {
    const r = await publish({
      db,
      outDir: a.out,
      key,
      now,
      retentionDays: a.retention ? Number(a.retention) : undefined,
      expiresHours: a.expires ? Number(a.expires) : undefined,
      claimsPerArticle: claims,
      publisher: a.name ? { name: a.name, description: a.description ?? '', url: a.url ?? null } : undefined,
    });
    const s = r.manifest.stats;
    const what = r.changed
      ? `sequence ${r.sequence}${r.snapshot ? ' (new snapshot)' : ''}${r.delta ? `, delta +${r.delta.articlesAdded}/−${r.delta.articlesRemoved} articles, ${r.delta.size} bytes` : ''}`
      : `no change since sequence ${r.sequence}`;
    stdout.write(`published ${what}: ${s.articles} articles, ${s.events} events, ${s.outlets} outlets → ${a.out}\n`);
    return 0;
  } catch (err) {
    const code = (err as { code?: string }).code;
    stderr.write(`publish failed: ${code === 'ENOSPC' ? 'the disk is full' : (err as Error).message}; nothing was replaced\n`);
    return 1;
  }
}

export const command = {
  summary: 'publish the live index as a signed snapshot and deltas',
  async run(args: string[]): Promise<number> {
    let values;
    try {
      ({ values } = parseArgs({
        args,
        options: {
          db: { type: 'string' },
          out: { type: 'string' },
          key: { type: 'string' },
          retention: { type: 'string' },
          expires: { type: 'string' },
          claims: { type: 'string' },
          name: { type: 'string' },
          description: { type: 'string' },
          url: { type: 'string' },
        },
      }));
    } catch (err) {
      stderr.write(`${(err as Error).message}\n${USAGE}\n`);
      return 2;
    }
    if (!values.db || !values.out || !values.key) {
      stderr.write(`${USAGE}\n`);
      return 2;
    }
    const db = await openDb(values.db);
    try {
      return await publishFromArgs(db, values as PublishArgs);
    } finally {
      await db.close();
    }
  },
};
