// One subscription's check: fetch its manifest, verify it (key, signature, sequence, expiry), work out which files
// it lacks (the deltas after what it holds, or the snapshot when too far behind), download each and verify its size
// and sha256 and its contents before storing it. Nothing is written before its check passes; files already stored
// from an interrupted check are not fetched again. Network and storage are passed in, so Node tests run it.
import { parseHeader, type IndexHeader } from '../index/format.js';
import { parseDelta } from './delta.js';
import { deltaPieces, gunzipLines } from './delta-pieces.js';
import type { DeltaHeader, FileRef, Manifest } from './format.js';
import { allDeltas, deltasFrom } from './path.js';
import { fileUrl, publisherInfo, type CheckErrorKind, type PublisherInfo, type Subscription } from './subscription.js';
import { parsePublicKey, verifyFile, verifyManifestText, VerifyError } from './verify.js';

/** A failed check: what kind (shown in the UI, "signature invalid") and a message a reader can act on. */
export class CheckError extends Error {
  override name = 'CheckError';
  constructor(
    readonly kind: CheckErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export interface StoredFile {
  sub: string;
  name: string;
  sha256: string;
  kind: 'snapshot' | 'delta';
  bytes: Uint8Array;
}

export interface CheckDeps {
  /** GET a URL's bytes; throws CheckError('network' | 'http'). Every request is the same for every reader. */
  get(url: string, maxBytes: number): Promise<Uint8Array>;
  /** Stored files of a subscription: name → sha256. */
  stored(sub: string): Promise<Map<string, string>>;
  store(file: StoredFile): Promise<void>;
  now(): Date;
  /** Called as soon as the manifest is verified, before any file is fetched: its sequence is then the replay
   * guard, even if a download fails after it. */
  accepted?(m: Manifest): Promise<void>;
}

/** The manifest is small; a megabyte is far past any real one and stops a hostile server sending gigabytes. */
export const MANIFEST_MAX_BYTES = 1 << 20;

export type CheckOutcome =
  | { kind: 'current'; info: PublisherInfo; expired: boolean }
  | { kind: 'ready'; info: PublisherInfo; expired: boolean; files: string[]; downloaded: number; bytes: number };

export async function fetchVerifiedManifest(
  deps: Pick<CheckDeps, 'get' | 'now'>,
  url: string,
  key: string,
  lastSequence: number | null,
) {
  const bytes = await deps.get(url, MANIFEST_MAX_BYTES);
  const text = new TextDecoder().decode(bytes);
  try {
    return await verifyManifestText(text, parsePublicKey(key), { lastSequence: lastSequence ?? undefined, now: deps.now() });
  } catch (err) {
    if (err instanceof VerifyError) throw new CheckError(err.kind, err.message);
    throw err;
  }
}

/** The files the subscription will hold after this manifest, and which of them it must fetch. */
export function plan(m: Manifest, sub: Subscription): { files: FileRef[]; fetch: FileRef[] } {
  const have = sub.applied?.sequence ?? 0;
  const deltas = sub.applied ? deltasFrom(m, have) : null;
  if (deltas === null) {
    // The chain may reach back before the snapshot (for readers a delta or two behind); a reader starting over
    // needs only the deltas after it.
    const files = [m.snapshot, ...(deltasFrom(m, m.snapshot.sequence) ?? [])];
    return { files, fetch: files };
  }
  const kept = sub.applied!.files.map((name) => ({ file: name, size: 0, sha256: '' }));
  return { files: [...kept, ...deltas], fetch: deltas };
}

/** A downloaded file's contents are what its name says, before it is stored (a publisher's bug stops here too). Read
 * as it is inflated, a piece at a time (delta-pieces.ts): a day's delta checked whole held the loop for seconds. */
async function checkContents(ref: FileRef, kind: 'snapshot' | 'delta', bytes: Uint8Array, m: Manifest): Promise<void> {
  try {
    if (kind === 'snapshot') {
      let header: IndexHeader | null = null;
      let lines = 0;
      for await (const line of gunzipLines(bytes)) {
        if (line === '') continue;
        if (header) lines++;
        else header = parseHeader(line);
      }
      if (!header) throw new Error('the file is empty');
      if (lines !== header.counts.lines) throw new Error(`${lines} records, its header says ${header.counts.lines}`);
      return;
    }
    let header: DeltaHeader | null = null;
    for await (const piece of deltaPieces(bytes, parseDelta)) header = piece.header;
    const ref2 = allDeltas(m).find((d) => d.file === ref.file);
    if (header && ref2 && (header.from !== ref2.from || header.to !== ref2.to))
      throw new Error(`holds ${header.from}→${header.to}, the manifest says ${ref2.from}→${ref2.to}`);
  } catch (err) {
    throw new CheckError('format', `${ref.file}: ${(err as Error).message}`);
  }
}

export async function checkSubscription(deps: CheckDeps, sub: Subscription): Promise<CheckOutcome & { manifest: Manifest }> {
  const { manifest: m, expired } = await fetchVerifiedManifest(deps, sub.url, sub.key, sub.lastSequence);
  await deps.accepted?.(m);
  const info = publisherInfo(m);
  if (sub.applied && m.sequence === sub.applied.sequence) return { kind: 'current', info, expired, manifest: m };
  const { files, fetch } = plan(m, sub);
  const stored = await deps.stored(sub.id);
  let downloaded = 0;
  let bytes = 0;
  for (const ref of fetch) {
    if (stored.get(ref.file) === ref.sha256) continue;
    const kind = ref === m.snapshot ? 'snapshot' : 'delta';
    // One byte past the size: a longer body is refused by the size check rather than read to its end.
    const body = await deps.get(fileUrl(sub.url, ref.file), ref.size + 1);
    try {
      await verifyFile(ref, body);
    } catch (err) {
      if (err instanceof VerifyError) throw new CheckError(err.kind, err.message);
      throw err;
    }
    await checkContents(ref, kind, body, m);
    await deps.store({ sub: sub.id, name: ref.file, sha256: ref.sha256, kind, bytes: body });
    downloaded++;
    bytes += body.length;
  }
  return { kind: 'ready', info, expired, files: files.map((f) => f.file), downloaded, bytes, manifest: m };
}
