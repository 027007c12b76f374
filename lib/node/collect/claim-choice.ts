// The claims a publisher sends of each live article are chosen with the earlier articles of its event in view
// (published-claims.ts): aligning an article's claims with up to eight others' costs about 1.5 ms, 40 minutes for
// 1.5 million live articles, which a publish run from cron (a new process each time) would pay every time. The choice
// is kept in the store beside the hash of everything it depends on (the cap, the article's and its context's ids and
// versions) and made again only when that hash changes, so a cold publisher writes the bytes a warm one does.
import { createHash } from 'node:crypto';
import type { ExtractedClaim } from '../../claims/extract/stored-claim.js';
import { articlesById, jsonOf, type ArticleRow, type Db } from './db.js';
import { chosenClaims } from './live.js';

/** What an article's choice depends on, hashed: 16 characters a live article, not the ~1 kB of ids it names. */
export function contextHash(
  max: number,
  id: string,
  version: string,
  context: readonly string[],
  versionOf: (id: string) => string,
) {
  const h = createHash('sha256').update(`${max}\n${id}@${version}`);
  for (const c of context) h.update(`\n${c}@${versionOf(c)}`);
  return h.digest('base64url').slice(0, 16);
}

export interface ChoiceRow {
  id: string;
  pub_claims: ExtractedClaim[] | string | null;
  pub_context: string | null;
}

/** The published claims of `rows`, each kept when its stored hash is `hashes`' and chosen again otherwise (reading
 * its own and its context's stored claims, those only), the new choices written back. */
export async function publishedChoices(
  db: Db,
  rows: readonly ChoiceRow[],
  contexts: ReadonlyMap<string, readonly string[]>,
  hashes: ReadonlyMap<string, string>,
  max: number,
): Promise<Map<string, ExtractedClaim[]>> {
  const out = new Map<string, ExtractedClaim[]>();
  const redo: ChoiceRow[] = [];
  for (const r of rows)
    if (r.pub_context === hashes.get(r.id) && r.pub_claims !== null) out.set(r.id, jsonOf<ExtractedClaim[]>(r.pub_claims)!);
    else redo.push(r);
  const ids = [...new Set(redo.flatMap((r) => [r.id, ...contexts.get(r.id)!]))];
  const stored = new Map<string, ExtractedClaim[]>();
  for (const r of await articlesById<Pick<ArticleRow, 'id' | 'claims'>>(db, 'id, claims', ids))
    stored.set(r.id, jsonOf<ExtractedClaim[]>(r.claims) ?? []);
  for (const r of redo) out.set(r.id, chosenClaims(stored.get(r.id)!, contexts.get(r.id)!, stored, max));
  for (let i = 0; i < redo.length; i += 500) {
    const part = redo.slice(i, i + 500);
    await db.query(
      `update articles a set pub_claims = v.claims, pub_context = v.hash
       from unnest($1::text[], $2::text[], $3::text[]) as v(id, claims, hash) where a.id = v.id`,
      [part.map((r) => r.id), part.map((r) => JSON.stringify(out.get(r.id))), part.map((r) => hashes.get(r.id)!)],
    );
  }
  return out;
}
