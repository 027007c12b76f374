import { describe, expect, it } from 'vitest';
import { generateKeys, loadPrivateKey, signManifest } from '../../../lib/node/collect/signing.js';
import { parseDelta } from '../../../lib/updates/delta.js';
import type { Manifest } from '../../../lib/updates/format.js';
import { deltasFrom } from '../../../lib/updates/path.js';
import { ed25519Verify, parsePublicKey, verifyFile, verifyManifestText, VerifyError } from '../../../lib/updates/verify.js';
import * as ed from '@noble/ed25519';

const manifest = (over: Partial<Manifest> = {}): Manifest => ({
  format: 'parallax-updates',
  version: 1,
  publisher: { name: 'Test', description: 'a test publisher', url: null },
  sequence: 3,
  createdAt: '2026-12-07T09:00:00.000Z',
  expiresAt: '2026-12-08T09:00:00.000Z',
  retentionDays: 30,
  snapshot: { file: 'snapshot-00000001.index.json.gz', size: 10, sha256: 'a'.repeat(64), sequence: 1 },
  deltas: [
    { file: 'delta-00000002.ndjson.gz', size: 5, sha256: 'b'.repeat(64), from: 1, to: 2, articlesAdded: 1, articlesRemoved: 0 },
    { file: 'delta-00000003.ndjson.gz', size: 5, sha256: 'c'.repeat(64), from: 2, to: 3, articlesAdded: 1, articlesRemoved: 0 },
  ],
  stats: { articles: 2, events: 1, stories: 1, outlets: 2, newestArticle: null, oldestArticle: null },
  ...over,
});

describe('manifest signatures', () => {
  const keys = generateKeys();
  const priv = loadPrivateKey(keys.privatePem);
  const pub = parsePublicKey(keys.publicKey);
  const now = new Date('2026-12-07T10:00:00Z');

  it('accepts what the key signed and reads the manifest back', async () => {
    const text = await signManifest(manifest(), priv);
    const { manifest: m, expired } = await verifyManifestText(text, pub, { now });
    expect(m.sequence).toBe(3);
    expect(expired).toBe(false);
  });

  it.each([
    ['a changed byte', (t: string) => t.replace('"sequence\\":3', '"sequence\\":4'), 'signature'],
    ['not JSON', () => '{', 'format'],
  ])('refuses %s', async (_, tamper, kind) => {
    const text = tamper(await signManifest(manifest(), priv));
    await expect(verifyManifestText(text, pub, { now })).rejects.toMatchObject({ kind });
  });

  it('refuses another key, a replay and (when asked) an expired manifest', async () => {
    const text = await signManifest(manifest(), priv);
    await expect(verifyManifestText(text, parsePublicKey(generateKeys().publicKey), { now })).rejects.toMatchObject({
      kind: 'key',
    });
    await expect(verifyManifestText(text, pub, { now, lastSequence: 4 })).rejects.toMatchObject({ kind: 'sequence' });
    const late = new Date('2026-12-09T00:00:00Z');
    expect((await verifyManifestText(text, pub, { now: late })).expired).toBe(true);
    await expect(verifyManifestText(text, pub, { now: late, refuseExpired: true })).rejects.toBeInstanceOf(VerifyError);
  });

  it('refuses a newer format version with a message saying so', async () => {
    const text = await signManifest({ ...manifest(), version: 4 } as unknown as Manifest, priv);
    await expect(verifyManifestText(text, pub, { now })).rejects.toThrow(
      /format version 4; this version of Parallax reads versions 1, 2 and 3/,
    );
    const delta = `${JSON.stringify({ format: 'parallax-delta', version: 4, from: 1, to: 2, createdAt: '2026-12-07T09:00:00.000Z', lines: 0 })}\n`;
    expect(() => parseDelta(delta)).toThrow(/format version 4; this version of Parallax reads versions 1, 2 and 3/);
  });

  it('refuses a manifest whose delta chain has a gap', async () => {
    const m = manifest();
    m.deltas[1]!.from = 1;
    await expect(verifyManifestText(await signManifest(m, priv), pub, { now })).rejects.toMatchObject({ kind: 'format' });
  });

  it('WebCrypto and the noble fallback agree', async () => {
    const msg = new TextEncoder().encode('hello');
    const sk = ed.utils.randomSecretKey();
    const pk = await ed.getPublicKeyAsync(sk);
    const sig = await ed.signAsync(msg, sk);
    expect(await ed25519Verify(pk, sig, msg)).toBe(true);
    sig[0]! ^= 1;
    expect(await ed25519Verify(pk, sig, msg)).toBe(false);
  });
});

describe('files and delta chains', () => {
  it('tells a truncated file from a changed one', async () => {
    const bytes = new TextEncoder().encode('hello');
    const sha = '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824';
    await expect(verifyFile({ file: 'x', size: 5, sha256: sha }, bytes)).resolves.toBeUndefined();
    await expect(verifyFile({ file: 'x', size: 5, sha256: sha }, bytes.subarray(0, 4))).rejects.toMatchObject({ kind: 'size' });
    await expect(verifyFile({ file: 'x', size: 5, sha256: 'f'.repeat(64) }, bytes)).rejects.toMatchObject({ kind: 'hash' });
  });

  it('names the deltas a client needs, or the snapshot', () => {
    const m = manifest();
    expect(deltasFrom(m, 3)).toEqual([]);
    expect(deltasFrom(m, 2)!.map((d) => d.to)).toEqual([3]);
    expect(deltasFrom(m, 1)!.map((d) => d.to)).toEqual([2, 3]);
    expect(deltasFrom(m, 0)).toBeNull();
  });

  it('takes a composed delta where one starts, and checks that it ends at the manifest', async () => {
    const since1 = { file: 'delta-00000001-00000003.ndjson.gz', size: 7, sha256: 'd'.repeat(64), from: 1, to: 3 };
    const m = manifest({ version: 3, composed: [{ ...since1, articlesAdded: 2, articlesRemoved: 0 }] });
    expect(deltasFrom(m, 1)!.map((d) => d.file)).toEqual([since1.file]);
    expect(deltasFrom(m, 2)!.map((d) => d.to)).toEqual([3]);
    const keys = generateKeys();
    const pub = parsePublicKey(keys.publicKey);
    const now = new Date('2026-12-07T10:00:00Z');
    const signed = (x: Manifest) => signManifest(x, loadPrivateKey(keys.privatePem));
    await expect(verifyManifestText(await signed(m), pub, { now })).resolves.toMatchObject({ manifest: { composed: [since1] } });
    const short = manifest({ version: 3, composed: [{ ...since1, to: 2, articlesAdded: 1, articlesRemoved: 0 }] });
    await expect(verifyManifestText(await signed(short), pub, { now })).rejects.toThrow(/composed delta 1→2 is not within/);
  });
});
