// The index file format: a versioned header line, then one JSON record per line (outlets, stories, events,
// terms with postings, articles). Line-oriented so it can be streamed and loaded in resumable chunks; the
// content hash covers the canonical body (every line after the header, joined by "\n").
import type { ExtractedClaim } from '../claims/index.js';

export const INDEX_FORMAT = 'parallax-index';
/** 2: fingerprints carry their headline's content terms (tt), so ranking does not re-tokenise and stem every
 * candidate's headline per query. Version 1 files are refused with a message (rebuild the index). */
export const SCHEMA_VERSION = 2;

/** The one size limit of an index file, on its decompressed bytes (the bundled index is 13 MB, 100k articles ~180 MB). */
export const INDEX_MAX_BYTES = 200_000_000;

export interface IndexHeader {
  format: typeof INDEX_FORMAT;
  schemaVersion: number;
  description: string;
  /** ISO date-time; from SOURCE_DATE_EPOCH or the newest article date (see builtAtSource), never the clock. */
  builtAt: string | null;
  builtAtSource: 'SOURCE_DATE_EPOCH' | 'newest-article' | 'unknown';
  counts: { articles: number; events: number; stories: number; outlets: number; terms: number; lines: number };
  /** "sha256:<hex>" of the canonical body. */
  contentHash: string;
  /** Where each publication day's articles start (encodeDays of build.ts's dayTable): articles are numbered by
   * day, undated ones last, and the ranker finds a date window's ordinals here without reading a record. A string,
   * not an array: the Dexie store reads the header on every call, and IndexedDB copies an array of numbers one by
   * one (190 µs for 10,000 numbers in Node, 6 µs as text). Absent in files built before it: no window is read. */
  days?: string;
  /** Set by an incremental apply (lib/index/dexie-patch.ts), absent in files: the bucket counts in use (kept when the
   * counts grow, until a table doubles), the ordinal space's size (deleted articles leave holes), the day runs of
   * the articles appended after `days`'s (see lib/index/day-runs.ts), and which composition of bundled index and
   * updates this is. */
  buckets?: { e: number; s: number; t: number };
  ordinals?: number;
  runs?: string;
  composed?: string;
}

/** Compact per-article fingerprint: what matching needs, nothing more. */
export interface Fingerprint {
  /** Top content terms and their weights (1..100), flattened [term, w, term, w, …], heaviest first. */
  t: (string | number)[];
  /** Named-entity phrases, folded. */
  e: string[];
  /** Significant numbers. */
  n: string[];
  /** 64-bit SimHash, 16 hex digits, "" when too short. */
  h: string;
  /** Content terms of the headline, distinct, in headline order: read ready-made by the ranker (stemming 32
   * candidates' headlines was a tenth of a query's time at 100k articles, most of it cold stem-cache misses). */
  tt: string[];
}

export interface ArticleRecord {
  k: 'a';
  /** Ordinal: position in the article list sorted by publication day, then id (undated last); postings refer to it. */
  n: number;
  id: string;
  title: string;
  outlet: string | null;
  domain: string | null;
  url: string | null;
  published: string | null;
  lang: string | null;
  event: string;
  /** Id of the indexed article this one is a near-duplicate or republished copy of. */
  copyOf: string | null;
  /** Outlet/domain the text says it first appeared on (seed 002: cnn.com). */
  from: string | null;
  fp: Fingerprint;
  claims: ExtractedClaim[];
}

export interface EventRecord {
  k: 'e';
  id: string;
  title: string;
  date: string | null;
  story: string;
  /** Article ordinals, ascending. */
  members: number[];
  /** "gold" when the corpus labelled it, "cluster" when the builder grouped it. */
  source: 'gold' | 'cluster';
}

export interface StoryRecord {
  k: 's';
  id: string;
  title: string;
  /** Event ids, oldest first. */
  events: string[];
}

export interface TermRecord {
  k: 't';
  t: string;
  /** Document frequency over all indexed articles. */
  df: number;
  /** Ordinals of the articles whose fingerprint holds this term, delta-encoded (first value absolute). */
  p: number[];
}

export interface OutletRecord {
  k: 'o';
  name: string;
  domain: string | null;
  articles: number;
}

export type IndexRecord = ArticleRecord | EventRecord | StoryRecord | TermRecord | OutletRecord;

export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}

/** Parse the header line and check what file it is; throws a message a user can act on for a foreign or newer file. */
export function parseHeader(line: string): IndexHeader {
  let h: unknown;
  try {
    h = JSON.parse(line);
  } catch {
    throw new IndexFormatError('not a Parallax index: the first line is not JSON');
  }
  const o = h as Partial<IndexHeader> | null;
  if (!o || typeof o !== 'object' || o.format !== INDEX_FORMAT) {
    throw new IndexFormatError(`not a Parallax index: expected format "${INDEX_FORMAT}" in the first line`);
  }
  if (o.schemaVersion !== SCHEMA_VERSION) {
    throw new IndexFormatError(
      `unsupported index schema version ${String(o.schemaVersion)} (this build reads ${SCHEMA_VERSION})`,
    );
  }
  // Every other field is checked against the header's schema (schema.ts: parseIndexHeader).
  return o as IndexHeader;
}

const KINDS = new Set(['a', 'e', 's', 't', 'o']);

export function parseRecord(line: string, lineNo: number): IndexRecord {
  let r: unknown;
  try {
    r = JSON.parse(line);
  } catch {
    throw new IndexFormatError(`corrupt Parallax index: line ${lineNo} is not JSON`);
  }
  const k = (r as { k?: unknown } | null)?.k;
  if (typeof k !== 'string' || !KINDS.has(k))
    throw new IndexFormatError(`corrupt Parallax index: line ${lineNo} has no known kind`);
  return r as IndexRecord;
}

/** Integers as base-36 differences from the one before (the first as is), comma-separated: the header's day table. */
export function encodeDays(values: readonly number[]): string {
  return values.map((v, i) => (i === 0 ? v : v - values[i - 1]!).toString(36)).join(',');
}

export function decodeDays(text: string): Int32Array {
  if (!text) return new Int32Array(0);
  const parts = text.split(',');
  const out = new Int32Array(parts.length);
  let prev = 0;
  for (let i = 0; i < parts.length; i++) out[i] = prev = (i === 0 ? 0 : prev) + Number.parseInt(parts[i]!, 36);
  return out;
}

export function decodePostings(p: readonly number[]): Int32Array {
  const out = new Int32Array(p.length);
  let prev = 0;
  for (let i = 0; i < p.length; i++) out[i] = prev = prev + p[i]!;
  return out;
}

export function encodePostings(sorted: readonly number[]): number[] {
  return sorted.map((v, i) => (i === 0 ? v : v - sorted[i - 1]!));
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
