// Checks what a publisher signed: the manifest's Ed25519 signature (WebCrypto where the platform has Ed25519, else
// @noble/ed25519, audited), each file's size and sha256, a sequence that only moves forward, and the expiry.
// Pure: the extension's background, the `verify` command and the tests share it.
import * as ed from '@noble/ed25519';
import { isExpired, parseManifest, parseSignedManifest, UpdateFormatError, type FileRef, type Manifest } from './format.js';

export class VerifyError extends Error {
  override name = 'VerifyError';
  constructor(
    /** What kind of failure, for the UI's state and the CLI's exit code. */
    readonly kind: 'signature' | 'key' | 'hash' | 'size' | 'sequence' | 'expired' | 'format',
    message: string,
  ) {
    super(message);
  }
}

/** A public key as `keygen` prints it: base64 of the raw 32 bytes, optionally prefixed "ed25519:". */
export function parsePublicKey(text: string): Uint8Array {
  const b64 = text.trim().replace(/^ed25519:/, '');
  let raw: Uint8Array;
  try {
    raw = fromBase64(b64);
  } catch {
    throw new VerifyError('key', 'the public key is not base64');
  }
  if (raw.length !== 32) throw new VerifyError('key', `an Ed25519 public key is 32 bytes, this one is ${raw.length}`);
  return raw;
}

export function fromBase64(b64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) throw new Error('not base64');
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export const toHex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

export async function sha256Bytes(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}

/** First 16 hex digits of sha256(raw public key). */
export async function keyIdOf(publicKey: Uint8Array): Promise<string> {
  return (await sha256Bytes(publicKey)).slice(0, 16);
}

/** Ed25519 verification: WebCrypto when it knows the algorithm (Chrome 137+, Firefox 129+, Node 20), else noble. */
export async function ed25519Verify(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    try {
      const key = await subtle.importKey('raw', publicKey as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, false, ['verify']);
      return await subtle.verify(
        { name: 'Ed25519' },
        key,
        signature as Uint8Array<ArrayBuffer>,
        message as Uint8Array<ArrayBuffer>,
      );
    } catch (err) {
      if (!(err instanceof Error) || !/NotSupported|Unrecognized|not supported|Algorithm/i.test(`${err.name} ${err.message}`))
        throw err;
    }
  }
  return ed.verifyAsync(signature, message, publicKey);
}

export interface VerifyOptions {
  /** The last sequence this reader accepted: a lower one is a replay and is refused; the same one is no news. */
  lastSequence?: number;
  now?: Date;
  /** When true an expired manifest is an error (the CLI's verify); the extension keeps the data and shows "stale". */
  refuseExpired?: boolean;
}

export interface Verified {
  manifest: Manifest;
  expired: boolean;
}

/** Verify manifest.json's text against the publisher's key; nothing is trusted before this returns. */
export async function verifyManifestText(text: string, publicKey: Uint8Array, opts: VerifyOptions = {}): Promise<Verified> {
  let signed;
  try {
    signed = parseSignedManifest(text);
  } catch (err) {
    throw new VerifyError('format', (err as Error).message);
  }
  const keyId = await keyIdOf(publicKey);
  if (signed.keyId !== keyId)
    throw new VerifyError('key', `signed with key ${signed.keyId}, not with this publisher's key ${keyId}`);
  let sig: Uint8Array;
  try {
    sig = fromBase64(signed.signature);
  } catch {
    throw new VerifyError('signature', 'signature invalid: not base64');
  }
  const ok =
    sig.length === 64 && (await ed25519Verify(publicKey, sig, new TextEncoder().encode(signed.signed)).catch(() => false));
  if (!ok)
    throw new VerifyError('signature', 'signature invalid: the manifest was not signed by this key or was changed after signing');
  let manifest: Manifest;
  try {
    manifest = parseManifest(signed.signed);
  } catch (err) {
    throw new VerifyError('format', err instanceof UpdateFormatError ? err.message : String(err));
  }
  if (opts.lastSequence !== undefined && manifest.sequence < opts.lastSequence) {
    throw new VerifyError(
      'sequence',
      `replayed manifest: sequence ${manifest.sequence} is older than the ${opts.lastSequence} already accepted`,
    );
  }
  const expired = isExpired(manifest, opts.now ?? new Date());
  if (expired && opts.refuseExpired) throw new VerifyError('expired', `expired at ${manifest.expiresAt}`);
  return { manifest, expired };
}

/** Check a downloaded file against its manifest entry: size first (a truncated download), then sha256. */
export async function verifyFile(ref: FileRef, bytes: Uint8Array): Promise<void> {
  if (bytes.length !== ref.size) {
    throw new VerifyError(
      'size',
      `${ref.file}: ${bytes.length} bytes, the manifest says ${ref.size} (truncated or replaced download)`,
    );
  }
  const got = await sha256Bytes(bytes);
  if (got !== ref.sha256)
    throw new VerifyError(
      'hash',
      `${ref.file}: sha256 ${got.slice(0, 12)}… does not match the manifest's ${ref.sha256.slice(0, 12)}…`,
    );
}
