// A publisher for tests (Node): keeps a LiveState, publishes a snapshot and deltas in the collector's format, signs
// manifests with a key it made, and can be told to misbehave (tampered files, wrong key, replay, expiry). Used by the
// updater's unit tests, the browser suite's update server and the updates benchmark. Files are gzipped with Node's
// zlib (mtime 0: the same bytes for the same content).
import { createHash, createPrivateKey } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { KeyObject } from 'node:crypto';
import { buildIndex, type BuildItem } from '../../lib/index/build.js';
import type { IndexRecord } from '../../lib/index/format.js';
import { generateKeys, loadPrivateKey, publicKeyOf, signManifest } from '../../lib/node/collect/signing.js';
import { serializeDelta } from '../../lib/updates/delta.js';
import { manifestFileNames, UPDATES_VERSION, type DeltaOp, type DeltaRef, type Manifest } from '../../lib/updates/format.js';
import { LiveState, toIndex } from '../../lib/updates/live-state.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** An Ed25519 private key whose 32-byte seed is sha256(text): PKCS#8 DER is a fixed 16-byte prefix and the seed. */
const seededKey = (text: string): KeyObject =>
  createPrivateKey({
    key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), createHash('sha256').update(text).digest()]),
    format: 'der',
    type: 'pkcs8',
  });

/** Delta operations that put every record of an index (ordinals turned back into ids, as a collector sends them). */
export function putOps(records: Iterable<IndexRecord>): DeltaOp[] {
  const s = LiveState.fromIndex(records);
  const ops: DeltaOp[] = [];
  for (const o of s.outlets.values()) ops.push({ op: 'put', ...o });
  for (const st of s.stories.values()) ops.push({ op: 'put', ...st });
  for (const e of s.events.values()) ops.push({ op: 'put', ...e });
  for (const a of s.articles.values()) ops.push({ op: 'put', ...a });
  for (const [t, df] of s.df) ops.push({ op: 'df', t, df });
  return ops;
}

/** Index records for articles, through the same builder the bundled index uses. */
export async function recordsOf(items: BuildItem[], description = 'test publisher'): Promise<IndexRecord[]> {
  return (await buildIndex(items, { description })).records;
}

export interface PublishOptions {
  createdAt?: string;
  expiresAt?: string;
  /** A publisher bug for tests: the delta file's header names other sequences than the manifest does. */
  wrongHeader?: { from: number; to: number };
}

export class TestPublisher {
  readonly state = new LiveState();
  readonly files = new Map<string, Uint8Array>();
  /** Every manifest.json text published, by sequence (a replay serves an old one). */
  readonly manifests = new Map<number, string>();
  sequence = 0;
  private snapshot: Manifest['snapshot'] | null = null;
  private deltas: DeltaRef[] = [];
  readonly publicKey: string;
  private readonly key: KeyObject;

  constructor(
    readonly name = 'Test Wire',
    readonly description = 'Local test publisher',
    readonly retentionDays = 30,
    /** A fixed key made from this text (the browser suite's screenshots show key ids); else a new key. */
    seed?: string,
  ) {
    if (seed) {
      this.key = seededKey(seed);
      this.publicKey = publicKeyOf(this.key);
    } else {
      const keys = generateKeys();
      this.publicKey = keys.publicKey;
      this.key = loadPrivateKey(keys.privatePem);
    }
  }

  get manifest(): string {
    return this.manifests.get(this.sequence) ?? '';
  }

  /** A new snapshot of the current state (the first publish, or a rebase): deltas before it are dropped. */
  async publishSnapshot(opts: PublishOptions = {}): Promise<string> {
    this.sequence++;
    const { header, records } = await toIndex(this.state, { description: this.description, builtAt: opts.createdAt ?? null });
    const text = `${JSON.stringify(header)}\n${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
    const bytes = gzipSync(text, { level: 9 });
    const file = manifestFileNames.snapshot(this.sequence);
    this.files.set(file, bytes);
    this.snapshot = { file, size: bytes.length, sha256: sha(bytes), sequence: this.sequence };
    this.deltas = [];
    return this.sign(opts);
  }

  /** Applies the operations and publishes them as the next delta. */
  async publishDelta(ops: DeltaOp[], opts: PublishOptions = {}): Promise<string> {
    if (!this.snapshot) throw new Error('publish a snapshot first');
    const from = this.sequence;
    this.sequence++;
    for (const op of ops) this.state.apply(op);
    const bytes = gzipSync(serializeDelta({ from, to: this.sequence, ...opts.wrongHeader }, ops), { level: 9 });
    const file = manifestFileNames.delta(this.sequence);
    this.files.set(file, bytes);
    const added = ops.filter((o) => o.op === 'put' && o.k === 'a').length;
    const removed = ops.filter((o) => o.op === 'del' && o.k === 'a').length;
    this.deltas.push({
      file,
      size: bytes.length,
      sha256: sha(bytes),
      from,
      to: this.sequence,
      articlesAdded: added,
      articlesRemoved: removed,
    });
    return this.sign(opts);
  }

  private async sign(opts: PublishOptions): Promise<string> {
    const createdAt = opts.createdAt ?? new Date().toISOString();
    const m: Manifest = {
      format: 'parallax-updates',
      version: UPDATES_VERSION,
      publisher: { name: this.name, description: this.description, url: null },
      sequence: this.sequence,
      createdAt,
      expiresAt: opts.expiresAt ?? new Date(Date.parse(createdAt) + 2 * 86_400_000).toISOString(),
      retentionDays: this.retentionDays,
      snapshot: this.snapshot!,
      deltas: [...this.deltas],
      stats: this.state.stats(),
    };
    const text = await signManifest(m, this.key);
    this.manifests.set(this.sequence, text);
    return text;
  }
}
