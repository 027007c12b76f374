// A subscription as the extension keeps it: where the manifest is, the key it must be signed with, what was last
// accepted (the replay guard) and applied, and how the last check went. Plain data (stored in storage.local).
import type { Manifest, UpdateStats } from './format.js';
import { keyIdOf, parsePublicKey, sha256Bytes } from './verify.js';

export type CheckErrorKind =
  'signature' | 'key' | 'hash' | 'size' | 'sequence' | 'expired' | 'format' | 'network' | 'http' | 'storage' | 'apply';

export interface SubscriptionError {
  kind: CheckErrorKind;
  message: string;
  /** When this run of failures began (the first failed check after a good one). */
  since: string;
}

/** What a manifest says about its publisher and data, shown before it is trusted and kept after. */
export interface PublisherInfo {
  publisher: Manifest['publisher'];
  sequence: number;
  createdAt: string;
  expiresAt: string;
  retentionDays: number;
  stats: UpdateStats;
}

export interface Subscription {
  /** Stable: the first 16 hex digits of sha256(manifest URL). */
  id: string;
  url: string;
  /** The publisher's public key as `keygen` prints it. */
  key: string;
  keyId: string;
  /** True for the build's default publisher (PARALLAX_UPDATES_URL / PARALLAX_UPDATES_KEY). */
  builtIn: boolean;
  addedAt: string;
  /** The highest sequence whose signed manifest was accepted: a lower one is a replay and is refused. */
  lastSequence: number | null;
  /** What the index answering pages holds of this subscription (null: nothing yet). */
  applied: (PublisherInfo & { files: string[] }) | null;
  /** A verified update whose files are all stored, being loaded into the index (resumed after a worker stops). */
  pending: (PublisherInfo & { files: string[] }) | null;
  lastCheck: string | null;
  lastSuccess: string | null;
  error: SubscriptionError | null;
}

/** What the last manifest said, whether it was newer or not: shown in the options. */
export const publisherInfo = (m: Manifest): PublisherInfo => ({
  publisher: m.publisher,
  sequence: m.sequence,
  createdAt: m.createdAt,
  expiresAt: m.expiresAt,
  retentionDays: m.retentionDays,
  stats: m.stats,
});

/** Checks the URL and key a reader typed and makes the subscription (nothing fetched yet). */
export async function newSubscription(url: string, key: string, now: Date, builtIn = false): Promise<Subscription> {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw new Error('the manifest address is not a URL');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('the manifest address must be http(s)');
  if (u.username || u.password) throw new Error('the manifest address must not carry a user name or password');
  const raw = parsePublicKey(key);
  const id = (await sha256Bytes(new TextEncoder().encode(u.href))).slice(0, 16);
  return {
    id,
    url: u.href,
    key: key.trim(),
    keyId: await keyIdOf(raw),
    builtIn,
    addedAt: now.toISOString(),
    lastSequence: null,
    applied: null,
    pending: null,
    lastCheck: null,
    lastSuccess: null,
    error: null,
  };
}

/** A file of the publisher's folder: named in the manifest, beside manifest.json. */
export const fileUrl = (manifestUrl: string, file: string): string => new URL(file, manifestUrl).href;

/** Is the data this subscription holds past its manifest's expiry? */
export const isStale = (s: Subscription, now: Date): boolean => !!s.applied && Date.parse(s.applied.expiresAt) <= now.getTime();
