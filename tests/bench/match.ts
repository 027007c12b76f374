// `npm run bench:match`: coverage indexes of 10k and 100k articles (and 1M with --1m) made from the real
// corpora by perturbed replicas (tests/bench/replicas.ts): build time, bytes per article, Dexie load time
// (fake-indexeddb in Node), match latency p50/p95, memory; MiniSearch (BM25) on the same articles as baseline
// for latency and acc@1. Claims are not extracted here: this measures the matching data.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { buildIndex } from '../../lib/index/build.js';
import { IndexDb } from '../../lib/index/dexie-schema.js';
import { loadIndexIntoDexie } from '../../lib/index/dexie-load.js';
import { DexieStore } from '../../lib/index/dexie-store.js';
import { MemoryStore } from '../../lib/index/memory-store.js';
import type { IndexStore } from '../../lib/index/store.js';
import { matchArticle } from '../../lib/match/match.js';
import { CORPORA, loadCorpus, type CorpusItem } from '../../lib/node/corpora.js';
import { stableHash } from '../eval/split.js';
import { miniSearchBaseline } from '../eval/minisearch.js';
import { queryOf, replicas } from './replicas.js';

const QUERIES = 300;
const DEXIE_QUERIES = 60;
/** MiniSearch answers in hundreds of milliseconds on long queries at 100k: fewer queries keep the run short. */
const MS_QUERIES = 100;
/** fake-indexeddb is an in-memory JavaScript model of IndexedDB, far slower than a browser's (10k articles take
 * about 40 s); above this size the load is not run in Node: it would time fake-indexeddb, not the loader. */
const DEXIE_MAX = 10_000;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const mb = (b: number) => (b / 1e6).toFixed(1);
const log = (m: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

async function latency(store: IndexStore, queries: CorpusItem[]) {
  const times: number[] = [];
  let top1 = 0;
  let right = 0;
  for (const q of queries) {
    const t = performance.now();
    const r = await matchArticle(store, queryOf(q));
    times.push(performance.now() - t);
    if (r.ranking[0]?.eventId === q.event.id) top1++;
    if (r.info.status === 'matched' && r.eventId === q.event.id) right++;
  }
  return { p50: pct(times, 0.5), p95: pct(times, 0.95), acc1: top1 / queries.length, right: right / queries.length };
}

async function run(size: number, base: CorpusItem[]): Promise<string[]> {
  const all = [...replicas(base, size)];
  const eventSize = new Map<string, number>();
  for (const it of all) eventSize.set(it.event.id, (eventSize.get(it.event.id) ?? 0) + 1);
  // Held-out queries: one article from each of QUERIES events of 2+ members, chosen by hash, removed from the index.
  const held = new Set<string>();
  const seen = new Set<string>();
  for (const it of [...all].sort((a, b) => stableHash(a.article.id) - stableHash(b.article.id))) {
    if (held.size >= QUERIES) break;
    if (eventSize.get(it.event.id)! < 2 || seen.has(it.event.id)) continue;
    seen.add(it.event.id);
    held.add(it.article.id);
  }
  const queries = all.filter((it) => held.has(it.article.id));
  const indexed = all.filter((it) => !held.has(it.article.id));

  log(`${size}: building`);
  const t0 = performance.now();
  const built = await buildIndex(indexed, { description: `bench ${size}` });
  const buildS = (performance.now() - t0) / 1000;
  const total = gzipSync(built.text).length;
  const matching = gzipSync(
    built.records.map((r) => (r.k === 'a' ? JSON.stringify([r.n, r.event, r.published, r.fp]) : r.k === 't' ? JSON.stringify(r) : '')).join('\n'),
  ).length;
  log(`${size}: built in ${buildS.toFixed(1)} s; querying`);
  const store = new MemoryStore(built.header, built.records);
  const ours = await latency(store, queries);
  const { heapUsed: heap, rss } = process.memoryUsage();

  log(`${size}: MiniSearch`);
  const tm = performance.now();
  const ms = miniSearchBaseline(indexed);
  const msBuildS = (performance.now() - tm) / 1000;
  const msTimes: number[] = [];
  let msTop1 = 0;
  const msQueries = queries.slice(0, MS_QUERIES);
  for (const q of msQueries) {
    const t = performance.now();
    const top = ms.top(queryOf(q));
    msTimes.push(performance.now() - t);
    if (top === q.event.id) msTop1++;
  }

  let dexie = 'not run (above fake-indexeddb limit)';
  if (size <= DEXIE_MAX) {
    log(`${size}: Dexie load`);
    const db = new IndexDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const td = performance.now();
    await loadIndexIntoDexie(db, built.text);
    const loadS = (performance.now() - td) / 1000;
    const d = await latency(new DexieStore(db), queries.slice(0, DEXIE_QUERIES));
    dexie = `load ${loadS.toFixed(1)} s; match p50 ${d.p50.toFixed(1)} ms, p95 ${d.p95.toFixed(1)} ms`;
    db.close();
  }
  return [
    `## ${size.toLocaleString('en')} articles (${built.header.counts.events.toLocaleString('en')} events, ${built.header.counts.terms.toLocaleString('en')} terms)`,
    `build ${buildS.toFixed(1)} s; file ${mb(built.text.length)} MB, gzip ${mb(total)} MB = ${(total / indexed.length).toFixed(0)} B/article; matching data gzip ${(matching / indexed.length).toFixed(0)} B/article`,
    `memory (whole process, index built and held in a memory store): heap ${mb(heap)} MB, rss ${mb(rss)} MB`,
    `ours:       match p50 ${ours.p50.toFixed(2)} ms, p95 ${ours.p95.toFixed(2)} ms; acc@1 ${ours.acc1.toFixed(3)}; matched-right ${ours.right.toFixed(3)} (${queries.length} held-out queries)`,
    `MiniSearch: build ${msBuildS.toFixed(1)} s; query p50 ${pct(msTimes, 0.5).toFixed(2)} ms, p95 ${pct(msTimes, 0.95).toFixed(2)} ms; acc@1 ${(msTop1 / msQueries.length).toFixed(3)} (${msQueries.length} queries)`,
    `Dexie (fake-indexeddb in Node): ${dexie}`,
  ];
}

async function main(): Promise<void> {
  const base = CORPORA.flatMap((c) => loadCorpus(c));
  const sizes = [10_000, 100_000, ...(process.argv.includes('--1m') ? [1_000_000] : [])];
  const only = process.argv.find((a) => /^\d+$/.test(a));
  for (const size of only ? [Number(only)] : sizes) console.log(`${(await run(size, base)).join('\n')}\n`);
}

await main();
