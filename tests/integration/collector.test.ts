// The collector against a local news web with injected faults: every released article ends up stored once (as a
// full article or, when its page cannot be had, as the feed's excerpt), every failure is counted, politeness holds,
// and what is published verifies, reloads and matches.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHED_CLAIMS } from '../../lib/collect/published-claims.js';
import { parseSourceList } from '../../lib/collect/sources.js';
import type { CollectContext } from '../../lib/node/collect/context.js';
import { syncSources } from '../../lib/node/collect/feeds.js';
import { openDb, type Db } from '../../lib/node/collect/db.js';
import { PoliteFetcher } from '../../lib/node/collect/http.js';
import { openPublished, readPublished } from '../../lib/node/collect/published.js';
import { currentState } from '../../lib/node/collect/live.js';
import { publish } from '../../lib/node/collect/publish.js';
import { composeSince } from '../../lib/node/collect/publish-compose.js';
import { writeOut } from '../../lib/node/collect/publish-files.js';
import { LiveCache } from '../../lib/node/collect/publish-state.js';
import { runPass, userAgent, type FullReport } from '../../lib/node/collect/run.js';
import { generateKeys, loadPrivateKey } from '../../lib/node/collect/signing.js';
import { storeStatus } from '../../lib/node/collect/status.js';
import { loadBasil } from '../../lib/node/corpora.js';
import { matchArticle } from '../../lib/match/match.js';
import { parsePublicKey } from '../../lib/updates/verify.js';
import { parseRecord } from '../../lib/index/format.js';
import { parseDelta } from '../../lib/updates/delta.js';
import { UPDATES_VERSION } from '../../lib/updates/format.js';
import { LiveState } from '../../lib/updates/live-state.js';
import { deltasFrom } from '../../lib/updates/path.js';
import { bcubed, datedArticles, siteSpecs, type Labelled } from '../collect/corpus-web.js';
import { startNewsWeb, type NewsWeb } from '../collect/news-web.js';
import type { EventAssigner } from '../../lib/collect/assign.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-collector-'));
let web: NewsWeb;
let db: Db;
let fetcher: PoliteFetcher;
let all: (Labelled & { outlet: string })[];
const state: { assigner: EventAssigner | null; retentionDays: number } = { assigner: null, retentionDays: 10_000 };
const reports: FullReport[] = [];
const T0 = Date.parse('2026-12-01T00:00:00Z');

beforeAll(async () => {
  all = datedArticles(loadBasil());
  const byEvent = new Map<string, typeof all>();
  for (const a of all) (byEvent.get(a.event) ?? byEvent.set(a.event, []).get(a.event)!).push(a);
  // The corpus's events, years apart, are laid two hours apart from 1 Dec 2026, as a live day's news would be: the
  // collector must tell apart many events close in time.
  const events = [...byEvent.values()].slice(0, 36);
  events.forEach((list, i) => list.forEach((a, k) => (a.published = T0 + i * 2 * 3600_000 + k * 600_000)));
  const pick = (from: number, to: number, outlet?: string) =>
    events
      .slice(from, to)
      .flat()
      .filter((a) => !outlet || a.outlet === outlet);
  const spread = (from: number, to: number, k: number, n: number) =>
    events
      .slice(from, to)
      .flat()
      .filter((_, i) => i % n === k);
  /** The path of a site's first article: where its fault is injected. */
  const first = (list: { slug: string }[]) => new RegExp(`^/articles/${list[0]!.slug}`);
  const specs = siteSpecs([
    { name: 'Fox News', format: 'rss', articles: pick(0, 24, 'Fox News'), faults: [{ kind: 'gzip' }] },
    { name: 'The New York Times', format: 'atom', articles: pick(0, 24, 'The New York Times') },
    { name: 'HuffPost', format: 'news-sitemap', articles: pick(0, 24, 'HuffPost') },
    {
      name: 'Flaky Daily',
      format: 'rss',
      articles: spread(24, 28, 0, 3),
      faults: [
        { kind: 'status', path: /^\/feed/, status: 500, times: 1 },
        { kind: 'status', path: /^\/articles\//, status: 429, times: 1, retryAfter: '1' },
      ],
    },
    {
      name: 'Json Gazette',
      format: 'json',
      articles: spread(24, 28, 1, 3),
      faults: [{ kind: 'duplicate-items' }, { kind: 'tracking-links' }, { kind: 'rewrite-items' }],
    },
    { name: 'Latin Courier', format: 'rdf', articles: spread(24, 28, 2, 3), faults: [{ kind: 'latin1' }] },
    {
      name: 'Hanging Herald',
      format: 'rss',
      articles: spread(28, 32, 0, 3),
      faults: [{ kind: 'hang', path: first(spread(28, 32, 0, 3)) }],
    },
    {
      name: 'Loop Ledger',
      format: 'atom',
      articles: spread(28, 32, 1, 3),
      faults: [{ kind: 'redirect-loop', path: first(spread(28, 32, 1, 3)) }],
    },
    {
      name: 'Huge Tribune',
      format: 'rss',
      articles: spread(28, 32, 2, 3),
      faults: [{ kind: 'huge', path: first(spread(28, 32, 2, 3)), bytes: 30 * 1024 * 1024 }],
    },
    {
      name: 'Robots Review',
      format: 'rss',
      articles: spread(32, 36, 0, 3),
      faults: [{ kind: 'robots', disallow: `/articles/${spread(32, 36, 0, 3)[0]!.slug}`, crawlDelay: 1 }],
    },
    {
      name: 'Script Sentinel',
      format: 'rss',
      articles: spread(32, 36, 1, 3),
      faults: [{ kind: 'script-only', path: first(spread(32, 36, 1, 3)) }],
    },
    { name: 'Broken Bugle', format: 'rss', articles: spread(32, 36, 2, 3), faults: [{ kind: 'malformed-feed' }] },
  ]);
  const start = Math.min(...specs.flatMap((s) => s.articles.map((a) => a.published)));
  web = await startNewsWeb(specs, start);
  db = await openDb(join(dir, 'db'));
  fetcher = new PoliteFetcher({
    userAgent: userAgent('https://example.org/parallax-collector'),
    hostIntervalMs: 50,
    allowLoopback: true,
    timeoutMs: 2000,
    maxBytes: 5 * 1024 * 1024,
  });
  await syncSources(db, parseSourceList(web.opml()).sources);
}, 120_000);

afterAll(async () => {
  await fetcher?.close();
  await db?.close();
  await web?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ctx = (): CollectContext => ({
  db,
  fetcher,
  outlets: null,
  now: () => new Date(web.clock()),
  concurrency: 6,
  maxAttempts: 2,
});

/** Passes until nothing is pending (retries are due a backoff later: the simulated clock moves past it). */
const stateJson = (s: LiveState) =>
  JSON.stringify([s.articles, s.events, s.stories, s.outlets, s.df].map((m) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))));

/** A published snapshot's records. */
const indexLines = (path: string) =>
  gunzipSync(readFileSync(path))
    .toString()
    .trim()
    .split('\n')
    .slice(1)
    .map((l, i) => parseRecord(l, i + 2));

async function passes(times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    reports.push(await runPass(ctx(), state));
    web.setClock(web.clock() + 12 * 3600_000);
  }
}

const released = () =>
  web.sites
    .filter((s) => s.name !== 'Broken Bugle')
    .flatMap((s) =>
      s.spec.articles.filter((a) => a.published <= web.clock()).map((a) => ({ ...(a as Labelled), origin: s.origin })),
    );

describe('collecting from a faulty news web', () => {
  it('stores every released article once and counts every failure', async () => {
    const end = Math.max(...web.sites.flatMap((s) => s.spec.articles.map((a) => a.published))) + 60_000;
    web.setClock(T0 + 3600_000);
    while (web.clock() < end) await passes(1);
    await passes(2);
    const rows = await db.query<{ url: string; status: string; kind: string | null; published_source: string | null }>(
      'select url, status, kind, published_source from articles',
    );
    const stored = rows.filter((r) => r.status === 'stored');
    const want = released();
    // Nothing lost: each released article is stored, under its own URL, exactly once.
    const byPath = new Map<string, number>();
    for (const r of stored) {
      const u = new URL(r.url);
      const k = `${u.origin}${u.pathname}`;
      byPath.set(k, (byPath.get(k) ?? 0) + 1);
    }
    for (const a of want) expect(byPath.get(`${a.origin}/articles/${a.slug}.html`), a.slug).toBe(1);
    expect(stored.length).toBe(want.length);
    expect(rows.filter((r) => r.status === 'pending')).toEqual([]);
    // Pages that cannot be had are kept as the feed's excerpt.
    const excerpts = stored.filter((r) => r.kind === 'excerpt').map((r) => new URL(r.url).origin);
    for (const name of ['Hanging Herald', 'Loop Ledger', 'Huge Tribune', 'Robots Review', 'Script Sentinel']) {
      expect(excerpts, name).toContain(web.sites.find((s) => s.name === name)!.origin);
    }
    expect(stored.filter((r) => r.kind === 'full').length).toBeGreaterThan(want.length * 0.8);
    const total = (k: string) => reports.reduce((s, r) => s + (r.failures[k] ?? 0), 0);
    expect(total('feed-malformed')).toBeGreaterThanOrEqual(1);
    expect(total('feed-http-500')).toBe(1);
    expect(total('page-timeout')).toBeGreaterThanOrEqual(1);
    expect(total('page-redirects')).toBe(1);
    expect(total('page-too-large')).toBe(1);
    expect(total('page-robots')).toBeGreaterThanOrEqual(1);
    expect(total('page-extract')).toBe(1);
    expect(reports.reduce((s, r) => s + r.duplicates, 0)).toBeGreaterThan(0);
    expect(reports.reduce((s, r) => s + r.feeds.notModified, 0)).toBeGreaterThan(0);
    const status = await storeStatus(db, new Date(web.clock()));
    expect(status.failing.map((f) => f.kind)).toContain('malformed');
    expect(status.articles.excerpts).toBe(excerpts.length);
  }, 300_000);

  it('is polite: robots.txt, crawl-delay, one request at a time per host, a named User-Agent', () => {
    const robots = web.sites.find((s) => s.name === 'Robots Review')!;
    const disallowed = robots.spec.articles[0]!.slug;
    expect(robots.log.some((l) => l.path.includes(disallowed))).toBe(false);
    const times = robots.log.map((l) => l.at);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(950);
    for (const s of web.sites) for (const l of s.log) expect(l.ua).toMatch(/^ParallaxCollector\/.*example\.org/);
    const flaky = web.sites.find((s) => s.name === 'Flaky Daily')!;
    const retried = flaky.log.filter((l) => l.path.startsWith('/articles/'));
    expect(retried.length).toBeGreaterThan(new Set(retried.map((l) => l.path)).size);
  });

  it('reads charsets: a Latin-1 feed and page keep their accents', async () => {
    const latin = web.sites.find((s) => s.name === 'Latin Courier')!;
    const rows = await db.query<{ title: string; body: string }>(
      `select title, body from articles where url like $1 and kind = 'full'`,
      [`${latin.origin}%`],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.title + r.body).not.toMatch(/\uFFFD|Ã©/);
  });

  it('refuses loopback and private addresses unless allowed', async () => {
    const strict = new PoliteFetcher({ userAgent: 'test', hostIntervalMs: 0 });
    const res = await strict.get(web.sites[0]!.feedUrl);
    expect(res.ok ? null : res.kind).toBe('private-address');
    expect(await strict.get('http://10.0.0.1/feed').then((r) => (r.ok ? null : r.kind))).toBe('private-address');
    await strict.close();
  });

  it('groups articles into events close to the corpus labels', async () => {
    const rows = await db.query<{ url: string; event: string }>(
      `select url, event from articles where status = 'stored' and event is not null`,
    );
    const gold = new Map<string, string>();
    for (const s of web.sites)
      for (const a of s.spec.articles) gold.set(`${s.origin}/articles/${a.slug}.html`, (a as Labelled).event);
    const pred = new Map(rows.map((r) => [`${new URL(r.url).origin}${new URL(r.url).pathname}`, r.event]));
    const score = bcubed(pred, gold);
    expect(score.n).toBeGreaterThan(80);
    expect(score.f1).toBeGreaterThan(0.85);
  });

  it('publishes signed, reproducible updates that verify and match', async () => {
    const keys = generateKeys();
    const key = loadPrivateKey(keys.privatePem);
    const pub = parsePublicKey(keys.publicKey);
    const out = join(dir, 'out');
    const now = new Date(web.clock());
    const first = await publish({ db, outDir: out, key, now, retentionDays: 10_000 });
    expect(first.changed).toBe(true);
    const manifest1 = readFileSync(join(out, 'manifest.json'));
    const again = await publish({
      db,
      outDir: join(dir, 'out2'),
      key,
      now: new Date(now.getTime() + 3600_000),
      retentionDays: 10_000,
    });
    expect(again.changed).toBe(false);
    expect(readFileSync(join(dir, 'out2', 'manifest.json')).equals(manifest1)).toBe(true);

    // More news: the next publish is a delta on top of the snapshot.
    web.setClock(web.clock() + 86_400_000);
    const extra = web.sites.find((s) => s.name === 'Fox News')!;
    extra.spec.articles.push({
      slug: 'late-story',
      title: 'Senate passes the late bill after a long night',
      text: 'The Senate passed the bill late on Tuesday night after a long debate.\n\nSenators voted 60 to 40.',
      published: web.clock() - 60_000,
    });
    await passes(1);
    const second = await publish({ db, outDir: out, key, now: new Date(web.clock()), retentionDays: 10_000 });
    expect(second.delta?.articlesAdded).toBe(1);
    expect(second.snapshot).toBe(false);
    const read = await readPublished(out, { publicKey: pub, now: new Date(web.clock()) });
    expect(read.state.articles.size).toBe(second.manifest.stats.articles);
    // Each article is published with the claims comparison turns on; the store keeps them all.
    const [{ most } = { most: 0 }] = await db.query<{ most: number }>(
      `select max(jsonb_array_length(claims))::int as most from articles where status = 'stored'`,
    );
    expect(most).toBeGreaterThan(PUBLISHED_CLAIMS);
    expect(Math.max(...[...read.state.articles.values()].map((a) => a.claims.length))).toBe(PUBLISHED_CLAIMS);

    // A page of one of the collected events matches it through the published index, with the other outlets.
    const store = await openPublished(out, { publicKey: pub });
    const sample = web.sites[0]!.spec.articles[5]! as Labelled;
    const m = await matchArticle(store, {
      id: 'x',
      title: sample.title,
      text: sample.text,
      byline: null,
      siteName: null,
      outlet: 'Another outlet',
      domain: 'another.example',
      url: null,
      published: new Date(sample.published).toISOString(),
      lang: 'en',
      republishedFrom: null,
    });
    expect(m.info.status).toBe('matched');

    // One more: a reader at the snapshot now takes one composed delta to the newest, to the chain's state. A
    // publisher's kept state reads only what changed, and is what a cold read of the store gives.
    const cache = new LiveCache();
    await cache.state(db, new Date(web.clock()), 10_000);
    const held = cache.lastRead;
    extra.spec.articles.push({
      slug: 'later-story',
      title: 'Senators react to the late bill on Wednesday',
      text: 'Senators reacted on Wednesday to the bill passed late on Tuesday.\n\nSome said the vote was rushed.',
      published: web.clock() - 60_000,
    });
    await passes(1);
    const warm = await cache.state(db, new Date(web.clock()), 10_000);
    expect([held > 10, cache.lastRead]).toEqual([true, 1]);
    expect(stateJson(warm)).toBe(stateJson(await currentState(db, new Date(web.clock()), 10_000)));
    const later = await publish({ db, outDir: out, key, now: new Date(web.clock()), retentionDays: 10_000 });
    expect(later.manifest.deltas.map((d) => d.to)).toEqual([second.sequence, later.sequence]);
    expect(later.manifest.composed?.map((c) => [c.from, c.to, c.articlesAdded])).toEqual([[first.sequence, later.sequence, 2]]);
    expect(deltasFrom(later.manifest, first.sequence)).toEqual(later.manifest.composed);
    expect(readdirSync(out).filter((n) => /^delta-\d+-\d+\./.test(n))).toEqual([later.manifest.composed![0]!.file]);
    // What a warm publisher composed from the deltas it kept decoded is what composing from the store gives, and the
    // folder it wrote file by file (only what changed) is what a cold write of the whole manifest gives.
    const cold = await composeSince(db, later.manifest.deltas, 12);
    expect(cold).toEqual(later.manifest.composed);
    const fresh = join(dir, 'out-cold');
    const manifestText = readFileSync(join(out, 'manifest.json'), 'utf8');
    await writeOut(db, fresh, manifestText);
    expect(readdirSync(fresh).sort()).toEqual(readdirSync(out).sort());
    for (const name of readdirSync(out)) expect(readFileSync(join(fresh, name)).equals(readFileSync(join(out, name)))).toBe(true);
    // A named file removed or cut short in the folder is put back by the next write.
    const snapshotPath = join(fresh, later.manifest.snapshot.file);
    const deltaPath = join(fresh, later.delta!.file);
    const good = [readFileSync(snapshotPath), readFileSync(deltaPath)];
    rmSync(snapshotPath);
    writeFileSync(deltaPath, good[1]!.subarray(0, 10));
    await writeOut(db, fresh, manifestText);
    expect([readFileSync(snapshotPath).equals(good[0]!), readFileSync(deltaPath).equals(good[1]!)]).toEqual([true, true]);
    const viaChain = (await readPublished(out, { publicKey: pub, now: new Date(web.clock()) })).state;
    const viaComposed = LiveState.fromIndex(indexLines(join(out, later.manifest.snapshot.file)));
    const composed = parseDelta(gunzipSync(readFileSync(join(out, later.manifest.composed![0]!.file))).toString());
    for (const op of composed.ops) viaComposed.apply(op);
    expect(JSON.stringify([...viaComposed.articles].sort())).toBe(JSON.stringify([...viaChain.articles].sort()));
    expect(JSON.stringify([...viaComposed.events].sort())).toBe(JSON.stringify([...viaChain.events].sort()));

    // Tampering with a delta is caught, by size or by hash.
    const delta = join(out, second.delta!.file);
    const bytes = readFileSync(delta);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 0xff, bytes.length - 5);
    writeFileSync(delta, bytes);
    await expect(readPublished(out, { publicKey: pub })).rejects.toMatchObject({ kind: 'hash' });
    await expect(readPublished(out, { publicKey: parsePublicKey(generateKeys().publicKey) })).rejects.toMatchObject({
      kind: 'key',
    });

    // A store whose chain was written in format version 1 (other article ids) starts a new snapshot, not a delta.
    const [last] = await db.query<{ seq: number; manifest: string }>(
      'select seq, manifest from publishes order by seq desc limit 1',
    );
    const wrapper = JSON.parse(last!.manifest) as { signed: string };
    const v1 = JSON.stringify({ ...wrapper, signed: JSON.stringify({ ...JSON.parse(wrapper.signed), version: 1 }) });
    await db.query('update publishes set manifest = $2, assigned_upto = null where seq = $1', [last!.seq, v1]);
    const third = await publish({ db, outDir: out, key, now: new Date(web.clock() + 60_000), retentionDays: 10_000 });
    expect([third.snapshot, third.delta, third.manifest.version, third.manifest.deltas]).toEqual([
      true,
      null,
      UPDATES_VERSION,
      [],
    ]);
    // Composed files neither this manifest nor the one before names leave the store and the folder.
    const composedNames = (names: string[]) => names.filter((n) => /^delta-\d+-\d+\./.test(n));
    expect(composedNames(readdirSync(out))).toEqual([]);
    expect(composedNames((await db.query<{ name: string }>('select name from files')).map((r) => r.name))).toEqual([]);
    expect((await readPublished(out, { publicKey: pub, now: new Date(web.clock()) })).state.articles.size).toBe(
      later.manifest.stats.articles,
    );
  }, 300_000);
});
