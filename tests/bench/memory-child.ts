// The fresh-process half of `npm run bench:match`'s memory-store timing (tests/bench/match.ts starts it): the written
// index file read line by line into a MemoryStore, then the same untimed and timed queries as in the builder's
// process. A process that holds only the index, as the extension's worker does: in the builder's process the build's
// heap (1.3 GB at 100k articles, 12 GB at 1M) is still alive, and its collections land on queries.
// Usage: tsx tests/bench/memory-child.ts <index file> <queries.json> <warm-up count>; prints one JSON line.
import { createReadStream, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { parseHeader, parseRecord, type IndexHeader, type IndexRecord } from '../../lib/index/format.js';
import { MemoryStore } from '../../lib/index/memory-store.js';
import { matchArticle } from '../../lib/match/match.js';
import type { Article } from '../../lib/types.js';

export interface MemoryFigures {
  loadS: number;
  heapMB: number;
  p50: number;
  p95: number;
  cpu95: number;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;

/** Line by line: a million-article file is longer than V8's longest string. */
async function load(file: string): Promise<MemoryStore> {
  const input = createReadStream(file);
  const gz = file.endsWith('.gz');
  const lines = createInterface({ input: gz ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  let header: IndexHeader | null = null;
  const records: IndexRecord[] = [];
  let n = 1;
  for await (const line of lines) {
    if (!header) header = parseHeader(line);
    else if (line) records.push(parseRecord(line, ++n));
  }
  if (!header) throw new Error(`${file}: empty index file`);
  return new MemoryStore(header, records);
}

async function main(): Promise<void> {
  const [file, queriesFile, warm] = process.argv.slice(2);
  if (!file || !queriesFile || !warm) throw new Error('usage: memory-child.ts <index file> <queries.json> <warm-up count>');
  const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as Article[];
  const t0 = performance.now();
  const store = await load(file);
  const loadS = (performance.now() - t0) / 1000;
  const heapMB = process.memoryUsage().heapUsed / 1e6;
  const warmUp = Number(warm);
  for (const q of queries.slice(0, warmUp)) await matchArticle(store, q);
  const times: number[] = [];
  const cpu: number[] = [];
  for (const q of queries.slice(warmUp)) {
    const c = process.cpuUsage();
    const t = performance.now();
    await matchArticle(store, q);
    times.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  const out: MemoryFigures = { loadS, heapMB, p50: pct(times, 0.5), p95: pct(times, 0.95), cpu95: pct(cpu, 0.95) };
  console.log(JSON.stringify(out));
}

await main();
