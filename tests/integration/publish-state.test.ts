// A publisher's kept state rebuilds an article when it moved or when the earlier articles of its event its claims are
// chosen with moved (published-claims.ts), and nothing else: what it returns is always what a cold read gives.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/claims/extract/claim-text.js';
import { packClaims } from '../../lib/claims/extract/stored-claim.js';
import { openDb, type Db } from '../../lib/node/collect/db.js';
import { currentState, publishedId } from '../../lib/node/collect/live.js';
import { LiveCache } from '../../lib/node/collect/publish-state.js';
import type { LiveState } from '../../lib/updates/live-state.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-publish-state-'));
const NOW = new Date('2026-12-07T12:00:00Z');
let db: Db;
let seq = 0;

/** Eight claims: `shared` of them worded as in every other article, the rest the article's own. */
const claims = (own: string, shared: number): string => {
  const list: Claim[] = Array.from({ length: 8 }, (_, i) => ({
    sentenceIndex: i,
    sentence:
      i < 8 - shared
        ? `The ${own} report number ${i} says ${own} crews counted ${i + 40} boats.`
        : `The bridge over the river closed after ${i} floods.`,
    stance: 'asserts',
  }));
  return JSON.stringify(packClaims(list));
};

async function add(id: string, event: string, hour: number, shared: number): Promise<void> {
  const at = new Date(Date.parse('2026-12-07T00:00:00Z') + hour * 3600_000).toISOString();
  await db.query(
    `insert into articles (key, id, url, first_seen, status, title, published, stored_at, claims, fp, event, assigned_seq, lang)
     values ($1, $1, $1, $2, 'stored', $3, $2, $2, $4::jsonb, $5::jsonb, $6, $7, 'en')`,
    [
      id,
      at,
      `Floods close the bridge, ${id}`,
      claims(id.replace(/\W/g, ''), shared),
      JSON.stringify({ t: [], e: [], n: [], h: '', tt: [] }),
      event,
      ++seq,
    ],
  );
}

const json = (s: LiveState) =>
  JSON.stringify([s.articles, s.events, s.stories, s.df].map((m) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))));

beforeAll(async () => {
  db = await openDb(join(dir, 'db'));
  for (const [id, event, hour, shared] of [
    ['https://a.example/1', 'E', 2, 3],
    ['https://b.example/2', 'E', 3, 2],
    ['https://c.example/3', 'E', 4, 4],
    ['https://d.example/4', 'F', 5, 3],
    ['https://e.example/5', 'F', 6, 1],
    ['https://f.example/6', 'G', 7, 2],
  ] as const)
    await add(id, event, hour, shared);
}, 120_000);

afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('LiveCache', () => {
  const cache = new LiveCache();
  const same = async () => expect(json(await cache.state(db, NOW, 30))).toBe(json(await currentState(db, NOW, 30)));

  it('reads every article the first time, none when nothing moved', async () => {
    await same();
    expect(cache.lastRead).toBe(6);
    await same();
    expect(cache.lastRead).toBe(0);
  });

  it('rebuilds the later articles of an event an earlier-dated article joins, and no other event', async () => {
    await add('https://g.example/0', 'E', 1, 4);
    await same();
    expect(cache.lastRead).toBe(4);
  });

  it('rebuilds the articles whose context a merge of two events changes', async () => {
    // A merge rewrites the event column alone: no article's version moves. F's two articles, dated after E's four,
    // now look at E's: both are rebuilt; E's own contexts, all earlier, do not move.
    await db.query(`update articles set event = 'E' where event = 'F'`);
    await same();
    expect(cache.lastRead).toBe(2);
  });

  it('keeps each choice in the store, read by a new process and made again when its context moves', async () => {
    const hashes = async () =>
      new Map(
        (await db.query<{ id: string; h: string | null }>('select id, pub_context as h from articles')).map((r) => [r.id, r.h]),
      );
    const before = await hashes();
    expect([...before.values()].every((h) => h && h.length === 16)).toBe(true);
    // A cold publisher (a cron run) trusts a stored choice whose hash matches: one altered by hand is what it sends.
    const altered = JSON.stringify([{ s: 'A choice made before, kept in the store.' }]);
    await db.query('update articles set pub_claims = $2 where id = $1', ['https://f.example/6', altered]);
    const cold = await new LiveCache().state(db, NOW, 30);
    expect(JSON.stringify(cold.articles.get(publishedId('https://f.example/6'))!.claims)).toBe(altered);
    // An article joining G before f/6 moves f/6's context: its choice is made again and its hash rewritten.
    await add('https://h.example/7', 'G', 0.5, 2);
    const again = await new LiveCache().state(db, NOW, 30);
    expect(JSON.stringify(again.articles.get(publishedId('https://f.example/6'))!.claims)).not.toBe(altered);
    const after = await hashes();
    expect(
      [...after]
        .filter(([id, h]) => before.get(id) !== h)
        .map(([id]) => id)
        .sort(),
    ).toEqual(['https://f.example/6', 'https://h.example/7']);
    expect(json(again)).toBe(json(await currentState(db, NOW, 30)));
  });
});
