// What an import is before any of it is written: which file is the index, whether a publisher the reader trusts
// signed it (a publisher's manifest.json chosen with its snapshot, verified with the update format's Ed25519 key
// scheme, docs/update-format.md), and the whole index file checked (lib/index/check-file.ts).
import { sha256 } from '@noble/hashes/sha2';
import { checkIndexLines } from '../../index/check-file.js';
import { purgeInterrupted, purgeStaleGenerations } from '../../index/dexie-generations.js';
import type { IndexDb } from '../../index/dexie-schema.js';
import { fileLines, isGzip } from '../../index/file-stream.js';
import type { IndexHeader } from '../../index/format.js';
import { parseSignedManifest, UpdateFormatError } from '../../updates/format.js';
import { keyIdOf, parsePublicKey, toHex, verifyManifestText } from '../../updates/verify.js';
import type { ImportResult, IndexTrust } from '../protocol.js';
import type { ImportStaging, StagedFile } from '../import-staging.js';

/** A key the reader trusts: a subscription's (the build's default publisher is one). */
export interface PublisherKey {
  name: string;
  key: string;
}

export interface PreparedImport {
  index: StagedFile;
  header: IndexHeader;
  trust: IndexTrust;
}

/** A manifest is small; anything larger is not one. */
const MANIFEST_MAX = 1_000_000;

async function manifestText(f: StagedFile): Promise<string | null> {
  if (f.blob.size > MANIFEST_MAX || (await isGzip(f.blob))) return null;
  const text = await f.blob.text();
  try {
    parseSignedManifest(text);
    return text;
  } catch {
    return null;
  }
}

async function blobSha256(blob: Blob): Promise<string> {
  const h = sha256.create();
  const reader = blob.stream().getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) h.update(r.value);
  return toHex(h.digest());
}

/** The index file among those chosen and who vouches for it. Throws with the reason when they cannot be used. */
async function trustOf(
  files: readonly StagedFile[],
  keys: readonly PublisherKey[],
): Promise<{ index: StagedFile; trust: IndexTrust }> {
  if (files.length === 0) throw new Error('no file was chosen');
  const manifests = await Promise.all(files.map(manifestText));
  const m = manifests.findIndex((t) => t !== null);
  if (files.length === 1) {
    if (m === 0)
      throw new Error('this is a publisher’s manifest: choose it together with the snapshot it names (snapshot-….index.json.gz)');
    return { index: files[0]!, trust: { kind: 'unverified', reason: 'the file is not signed' } };
  }
  if (files.length > 2 || m < 0)
    throw new Error('choose one index file, or a publisher’s manifest.json together with its snapshot');
  const text = manifests[m]!;
  const index = files[1 - m]!;
  const signed = parseSignedManifest(text);
  let known: PublisherKey | null = null;
  for (const k of keys) {
    if ((await keyIdOf(parsePublicKey(k.key)).catch(() => null)) === signed.keyId) known = k;
  }
  if (!known) {
    return {
      index,
      trust: {
        kind: 'unverified',
        reason: `it is signed with key ${signed.keyId}, which is not the key of a publisher you subscribe to`,
      },
    };
  }
  let ref;
  let publisher;
  try {
    // Expired is accepted: an old snapshot is still authentic, and the freshness line shows its age.
    const { manifest } = await verifyManifestText(text, parsePublicKey(known.key));
    ref = manifest.snapshot;
    publisher = manifest.publisher.name;
  } catch (e) {
    throw new Error(
      `the manifest’s signature does not hold: ${e instanceof UpdateFormatError || e instanceof Error ? e.message : String(e)}`,
    );
  }
  if (index.blob.size !== ref.size || (await blobSha256(index.blob)) !== ref.sha256) {
    throw new Error(
      `${index.name} is not the snapshot this signed manifest names (${index.name === ref.file ? '' : `${ref.file}, `}${ref.size.toLocaleString('en')} bytes): it was changed or is another file`,
    );
  }
  return { index, trust: { kind: 'signed', publisher, keyId: signed.keyId } };
}

/** Reads everything chosen: signature first, then the whole index file (schema, counts, content hash). */
export async function prepareImport(
  files: readonly StagedFile[],
  keys: readonly PublisherKey[],
  onRead?: (fraction: number) => void,
): Promise<PreparedImport> {
  const { index, trust } = await trustOf(files, keys);
  const read = fileLines(index.blob, { onRead });
  const { header } = await checkIndexLines(read.lines, read.bodyHash);
  return { index, header, trust };
}

/** Share of an import's progress bar for reading and checking the file; the rest is the load. */
export const CHECK_SHARE = 0.4;

/** An import: the staged files checked whole, then loaded (an unsigned one only once the reader confirms). The staged
 * files are dropped once it ends, unless they wait for that confirmation. */
export async function importStaged(
  deps: { staging?: ImportStaging; publisherKeys?: () => Promise<PublisherKey[]> },
  id: string,
  confirmUnsigned: boolean,
  to: { progress(p: number | null): void; load(lines: AsyncIterable<string>, trust: IndexTrust): Promise<ImportResult> },
): Promise<ImportResult> {
  const staged = deps.staging ? await deps.staging.get(id) : null;
  if (!staged)
    return {
      ok: false,
      error: 'the chosen file is no longer waiting to be imported (Parallax was restarted meanwhile): choose it again',
    };
  let keep = false;
  try {
    to.progress(0);
    const keys = deps.publisherKeys ? await deps.publisherKeys() : [];
    const { index, header, trust } = await prepareImport(staged.files, keys, (f) => to.progress(f * CHECK_SHARE));
    if (trust.kind === 'unverified' && !confirmUnsigned) {
      keep = true;
      const c = header.counts;
      const unsigned = {
        name: index.name,
        description: header.description,
        builtAt: header.builtAt,
        counts: { articles: c.articles, events: c.events, outlets: c.outlets },
        reason: trust.reason,
      };
      return { ok: false, error: `${index.name} is not signed by a publisher you trust`, unsigned };
    }
    return await to.load(fileLines(index.blob).lines, trust);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  } finally {
    to.progress(null);
    if (!keep) await deps.staging?.discard(id).catch(() => undefined);
  }
}

/** At a worker's start: an import the stopped worker was loading is removed with its rows and staged files (it
 * cannot resume: the file was read in the stopped worker). Answers the message for the reader, or null. */
export async function dropInterruptedImport(db: IndexDb, staging: ImportStaging | undefined): Promise<string | null> {
  const cut = await purgeInterrupted(db);
  await staging?.purge({ all: cut !== null, now: new Date() }).catch(() => undefined);
  if (!cut) return null;
  await purgeStaleGenerations(db).catch(() => undefined);
  const what = typeof cut.description === 'string' ? `“${cut.description.slice(0, 80)}”` : 'an index file';
  return `the import of ${what} was interrupted when the browser stopped Parallax’s background; the index was kept. Import the file again.`;
}
