// The signed update format a collector publishes and the extension subscribes to: a manifest naming a snapshot (a
// whole parallax-index file) and the chain of deltas after it, each file with its size and sha256, signed with
// Ed25519. Pure: the collector (Node) writes it, the extension and `verify` read it with the same code.
import * as v from 'valibot';
import type { ArticleRecord, EventRecord, OutletRecord, StoryRecord } from '../index/format.js';

export const MANIFEST_FORMAT = 'parallax-updates';
export const DELTA_FORMAT = 'parallax-delta';
/** The version this build writes; READABLE_VERSIONS are those it reads (2 changed only the delta lines; 3 added the
 * manifest's composed deltas and the delta lines' mark of an article new to the reader, not the snapshot). */
export const UPDATES_VERSION = 3;
export const READABLE_VERSIONS = [1, 2, 3] as const;

/** The message for a manifest or delta in a version this build does not read. */
export const versionMessage = (what: string, version: unknown): string =>
  `${what} is in format version ${JSON.stringify(version)}; this version of Parallax reads versions ${READABLE_VERSIONS.slice(0, -1).join(', ')} and ${READABLE_VERSIONS.at(-1)} (update the extension, or ask the publisher)`;

const sha256 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 hex digits'));
const isoTime = v.pipe(v.string(), v.isoTimestamp('a time is an ISO 8601 timestamp with its zone'));
const fileName = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{0,120}$/, 'a file is a plain name in the published folder'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const seq = v.pipe(v.number(), v.integer(), v.minValue(1));

export const FileRefSchema = v.strictObject({ file: fileName, size: count, sha256 });

export const SnapshotRefSchema = v.strictObject({
  ...FileRefSchema.entries,
  /** The sequence the snapshot is the state at. */
  sequence: seq,
});

export const DeltaRefSchema = v.strictObject({
  ...FileRefSchema.entries,
  /** The delta takes a client from sequence `from` (applied) to `to`. */
  from: count,
  to: seq,
  articlesAdded: count,
  articlesRemoved: count,
});

export const StatsSchema = v.strictObject({
  articles: count,
  events: count,
  stories: count,
  outlets: count,
  /** Newest and oldest publication time among live articles; null when the index is empty. */
  newestArticle: v.nullable(isoTime),
  oldestArticle: v.nullable(isoTime),
});

export const ManifestSchema = v.strictObject({
  format: v.literal(MANIFEST_FORMAT),
  version: v.picklist(READABLE_VERSIONS),
  publisher: v.strictObject({
    name: v.pipe(v.string(), v.maxLength(200)),
    description: v.pipe(v.string(), v.maxLength(2000)),
    url: v.nullable(v.pipe(v.string(), v.url())),
  }),
  /** Only ever grows; a client refuses a manifest whose sequence is below the last it accepted. */
  sequence: seq,
  createdAt: isoTime,
  /** After this the data is kept but shown as stale: a publisher that stopped publishing is visible. */
  expiresAt: isoTime,
  retentionDays: v.pipe(v.number(), v.integer(), v.minValue(1)),
  snapshot: SnapshotRefSchema,
  /** Consecutive deltas ending at sequence, oldest first; the first starts at or before the snapshot's sequence. */
  deltas: v.array(DeltaRefSchema),
  /** Version 3: deltas composed from several of the chain's, each ending at `sequence` (deltas "since N"), so a
   * reader who checks hourly downloads one file, not twelve (composed.ts). */
  composed: v.optional(v.array(DeltaRefSchema)),
  stats: StatsSchema,
});

export type FileRef = v.InferOutput<typeof FileRefSchema>;
export type DeltaRef = v.InferOutput<typeof DeltaRefSchema>;
export type UpdateStats = v.InferOutput<typeof StatsSchema>;
export type Manifest = v.InferOutput<typeof ManifestSchema>;

/** manifest.json as published: the manifest's exact JSON text, and the signature over its UTF-8 bytes. Signing the
 * text, not a re-serialisation, leaves no canonical-JSON ambiguity between signer and verifier. */
export interface SignedManifest {
  signed: string;
  /** Ed25519 signature, base64. */
  signature: string;
  /** First 16 hex digits of sha256(public key): which key to check with, for a publisher that rotates keys. */
  keyId: string;
}

/** A delta file (gzipped, one JSON value a line): this header, then operation lines. */
export interface DeltaHeader {
  format: typeof DELTA_FORMAT;
  version: (typeof READABLE_VERSIONS)[number];
  from: number;
  to: number;
  /** Version 1 only. */
  createdAt?: string;
  /** Operation lines after the header, for a truncation check. */
  lines: number;
}

/** An article as updates carry it: the index record without its ordinal (the reader numbers what it holds). */
export type LiveArticle = Omit<ArticleRecord, 'n'>;
/** An event with its members as article ids. */
export type LiveEvent = Omit<EventRecord, 'members'> & { members: string[] };

export type DeltaOp =
  | ({ op: 'put' } & LiveArticle)
  | ({ op: 'put' } & LiveEvent)
  | ({ op: 'put' } & StoryRecord)
  | ({ op: 'put' } & OutletRecord)
  | { op: 'del'; k: 'a' | 'e' | 's'; id: string }
  | { op: 'del'; k: 'o'; name: string; domain: string | null }
  /** Document frequency of a term over live articles, sent when it moved enough to change a weight. */
  | { op: 'df'; t: string; df: number };

export class UpdateFormatError extends Error {
  override name = 'UpdateFormatError';
}

/** Parse and check the signed wrapper's shape (not the signature: see verify.ts). */
export function parseSignedManifest(text: string): SignedManifest {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    throw new UpdateFormatError('not a Parallax update manifest: manifest.json is not JSON');
  }
  const r = v.safeParse(v.strictObject({ signed: v.string(), signature: v.string(), keyId: v.string() }), o);
  if (!r.success) throw new UpdateFormatError('not a Parallax update manifest: expected {signed, signature, keyId}');
  return r.output;
}

/** Parse the signed text into a manifest, with a message naming the first field that is wrong. */
export function parseManifest(signed: string): Manifest {
  let o: unknown;
  try {
    o = JSON.parse(signed);
  } catch {
    throw new UpdateFormatError('corrupt manifest: the signed part is not JSON');
  }
  const version = (o as { version?: unknown } | null)?.version;
  if ((o as { format?: unknown } | null)?.format === MANIFEST_FORMAT && !READABLE_VERSIONS.includes(version as never)) {
    throw new UpdateFormatError(versionMessage("this publisher's updates", version));
  }
  const r = v.safeParse(ManifestSchema, o);
  if (!r.success) {
    const issue = r.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new UpdateFormatError(`corrupt manifest: ${path ? `${path}: ` : ''}${issue.message}`);
  }
  const m = r.output;
  // The chain may start before the snapshot (a new snapshot does not force readers a delta behind to reload it),
  // never after it: every state from the snapshot on is reachable.
  if (m.snapshot.sequence > m.sequence)
    throw new UpdateFormatError(
      `corrupt manifest: the snapshot (${m.snapshot.sequence}) is newer than the manifest (${m.sequence})`,
    );
  let at = m.deltas[0]?.from ?? m.snapshot.sequence;
  if (at > m.snapshot.sequence)
    throw new UpdateFormatError(`corrupt manifest: the deltas start at ${at}, after the snapshot (${m.snapshot.sequence})`);
  for (const d of m.deltas) {
    if (d.from !== at) throw new UpdateFormatError(`corrupt manifest: the delta to ${d.to} starts at ${d.from}, not ${at}`);
    at = d.to;
  }
  if (at !== m.sequence) throw new UpdateFormatError(`corrupt manifest: the deltas end at ${at}, the manifest is ${m.sequence}`);
  const first = m.deltas[0]?.from ?? m.snapshot.sequence;
  for (const c of m.composed ?? [])
    if (c.to !== m.sequence || c.from < first || c.from >= c.to)
      throw new UpdateFormatError(
        `corrupt manifest: the composed delta ${c.from}→${c.to} is not within the chain ${first}→${m.sequence}`,
      );
  return m;
}

/** A manifest.json's manifest, read without checking its signature: a publisher reading back its own files, or
 * `check` without a key (the files' hashes are still checked). */
export const unverifiedManifest = (text: string): Manifest => parseManifest(parseSignedManifest(text).signed);

/** "Stale" once expiresAt is past: the data stays, the reader is told. */
export const isExpired = (m: Manifest, now: Date): boolean => Date.parse(m.expiresAt) <= now.getTime();

export const manifestFileNames = {
  manifest: 'manifest.json',
  snapshot: (sequence: number) => `snapshot-${String(sequence).padStart(8, '0')}.index.json.gz`,
  delta: (to: number) => `delta-${String(to).padStart(8, '0')}.ndjson.gz`,
  composed: (from: number, to: number) => `delta-${String(from).padStart(8, '0')}-${String(to).padStart(8, '0')}.ndjson.gz`,
} as const;
