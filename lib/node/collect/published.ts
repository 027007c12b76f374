// Reading a published folder (or one served over HTTP by `serve`): verify the manifest, check every file, load the
// snapshot and apply the deltas after it. What `verify` and `check --index <published dir>` run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHeader, parseRecord } from '../../index/format.js';
import { MemoryStore } from '../../index/memory-store.js';
import { parseDelta } from '../../updates/delta.js';
import { manifestFileNames, unverifiedManifest, type FileRef, type Manifest } from '../../updates/format.js';
import { LiveState, toIndex } from '../../updates/live-state.js';
import { verifyFile, verifyManifestText, VerifyError } from '../../updates/verify.js';

export interface ReadPublishedOptions {
  /** The publisher's key; without it the signature is not checked (files still are). */
  publicKey?: Uint8Array;
  now?: Date;
  refuseExpired?: boolean;
  lastSequence?: number;
}

export interface Published {
  manifest: Manifest;
  expired: boolean;
  state: LiveState;
}

function readFile(dir: string, ref: FileRef): Uint8Array {
  const path = join(dir, ref.file);
  if (!existsSync(path)) throw new VerifyError('size', `${ref.file} is missing from ${dir}`);
  return new Uint8Array(readFileSync(path));
}

function gunzip(ref: FileRef, bytes: Uint8Array): string {
  try {
    return gunzipSync(bytes).toString('utf8');
  } catch {
    throw new VerifyError('format', `${ref.file} is not gzip`);
  }
}

export async function readPublished(dir: string, opts: ReadPublishedOptions = {}): Promise<Published> {
  const path = join(dir, manifestFileNames.manifest);
  if (!existsSync(path)) throw new VerifyError('format', `no ${manifestFileNames.manifest} in ${dir}`);
  const text = readFileSync(path, 'utf8');
  let manifest: Manifest;
  let expired = false;
  if (opts.publicKey) ({ manifest, expired } = await verifyManifestText(text, opts.publicKey, opts));
  else manifest = unverifiedManifest(text);

  const snapBytes = readFile(dir, manifest.snapshot);
  await verifyFile(manifest.snapshot, snapBytes);
  const lines = gunzip(manifest.snapshot, snapBytes).replace(/\n$/, '').split('\n');
  const header = parseHeader(lines[0]!);
  if (lines.length - 1 !== header.counts.lines)
    throw new VerifyError(
      'size',
      `${manifest.snapshot.file}: ${lines.length - 1} records, its header says ${header.counts.lines}`,
    );
  const state = LiveState.fromIndex(lines.slice(1).map((l, i) => parseRecord(l, i + 2)));
  for (const d of manifest.deltas) {
    const bytes = readFile(dir, d);
    await verifyFile(d, bytes);
    const { header: dh, ops } = parseDelta(gunzip(d, bytes));
    if (dh.from !== d.from || dh.to !== d.to)
      throw new VerifyError('sequence', `${d.file} says ${dh.from}→${dh.to}, the manifest ${d.from}→${d.to}`);
    if (d.to > manifest.snapshot.sequence) for (const op of ops) state.apply(op);
  }
  // Composed deltas are another path to the same sequence: each is checked as a file (size, sha256, every line).
  for (const d of manifest.composed ?? []) {
    const bytes = readFile(dir, d);
    await verifyFile(d, bytes);
    const { header: dh } = parseDelta(gunzip(d, bytes));
    if (dh.from !== d.from || dh.to !== d.to)
      throw new VerifyError('sequence', `${d.file} says ${dh.from}→${dh.to}, the manifest ${d.from}→${d.to}`);
  }
  return { manifest, expired, state };
}

/** A published folder as an index the matcher reads. */
export async function openPublished(dir: string, opts: ReadPublishedOptions = {}): Promise<MemoryStore> {
  const { manifest, state } = await readPublished(dir, opts);
  const { header, records } = await toIndex(state, {
    description: `${manifest.publisher.name}, sequence ${manifest.sequence}`,
    builtAt: manifest.createdAt,
  });
  return new MemoryStore(header, records);
}
