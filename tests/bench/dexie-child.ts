// The Dexie part of `npm run bench:match`, run in a fresh Node process (tests/bench/match.ts starts it): the index file
// loaded into Dexie (fake-indexeddb), then matches through the DexieStore. A fresh process, as the extension's service
// worker loads its file holding nothing else: inside the benchmark's process, beside the garbage of a 100k-article
// build (over a gigabyte of heap), the same load took 5.4 s against about 2 s alone, most of it collections.
// Usage: tsx tests/bench/dexie-child.ts <index file> <queries.json>; prints one JSON line.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { IndexDb } from '../../lib/index/dexie-schema.js';
import { loadIndexIntoDexie } from '../../lib/index/dexie-load.js';
import { DexieStore } from '../../lib/index/dexie-store.js';
import { sha256Hex } from '../../lib/index/format.js';
import { matchArticle } from '../../lib/match/match.js';
import { readIndexText } from '../../lib/node/index-file.js';
import type { Article } from '../../lib/types.js';

export interface DexieFigures {
  loadS: number;
  cpuS: number;
  hashS: number;
  p50: number;
  p95: number;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;

async function main(): Promise<void> {
  const [file, queriesFile] = process.argv.slice(2);
  if (!file || !queriesFile) throw new Error('usage: dexie-child.ts <index file> <queries.json>');
  const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as Article[];
  const db = new IndexDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const text = readIndexText(file);
  // As the extension loads its bundled file: the browser has checked the package, the hash is not recomputed.
  const cd = process.cpuUsage();
  const td = performance.now();
  await loadIndexIntoDexie(db, text, undefined, { verify: false });
  const loadS = (performance.now() - td) / 1000;
  const cpuS = ((u) => (u.user + u.system) / 1e6)(process.cpuUsage(cd));
  // An imported file's content hash is checked first (WebCrypto over the whole text): timed apart.
  const th = performance.now();
  await sha256Hex(text.slice(text.indexOf('\n') + 1, -1));
  const hashS = (performance.now() - th) / 1000;
  const store = new DexieStore(db);
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await matchArticle(store, q);
    times.push(performance.now() - t);
  }
  db.close();
  const out: DexieFigures = { loadS, cpuS, hashS, p50: pct(times, 0.5), p95: pct(times, 0.95) };
  console.log(JSON.stringify(out));
}

await main();
