// The build's default publisher (PARALLAX_UPDATES_URL / PARALLAX_UPDATES_KEY): none when either is empty; added once
// as a built-in subscription, and not again after the reader removed it. The alarm's jitter stays within ±10 min.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { defaultPublisher } from '../../../lib/ext/background/default-publisher.js';
import { updateFiles, UpdateFilesDb } from '../../../lib/ext/background/update-files.js';
import { nextDelayMinutes } from '../../../lib/ext/background/update-schedule.js';
import { createUpdateService } from '../../../lib/ext/background/update-service.js';
import { updateState } from '../../../lib/ext/background/update-state.js';
import { generateKeys } from '../../../lib/node/collect/signing.js';

function service(d: { url: string; key: string } | null) {
  const data: Record<string, unknown> = {};
  return createUpdateService({
    state: updateState({ get: async (k) => ({ [k]: data[k] }), set: async (items) => void Object.assign(data, items) }),
    files: updateFiles(new UpdateFilesDb({ indexedDB: new IDBFactory(), IDBKeyRange })),
    get: async () => {
      throw new Error('offline');
    },
    now: () => new Date('2026-12-07T10:00:00Z'),
    bundledLines: async () => [],
    bundledHeader: async () => null,
    activeHeader: async () => null,
    reload: async () => undefined,
    defaultPublisher: d,
    onApplied: async () => undefined,
  });
}

describe('default publisher', () => {
  it.each([
    ['', '', null],
    ['https://u.example/manifest.json', '', null],
    ['', 'abc', null],
    [' https://u.example/manifest.json ', ' ed25519:abc ', { url: 'https://u.example/manifest.json', key: 'ed25519:abc' }],
  ])('url %j key %j → %j', (url, key, expected) => expect(defaultPublisher(url, key)).toEqual(expected));

  it('the bundle built without the variables has none', () => expect(defaultPublisher()).toBeNull());

  it('is added once, built in, and stays removed once the reader removes it', async () => {
    const s = service({ url: 'https://u.example/manifest.json', key: generateKeys().publicKey });
    await s.ensureDefault();
    await s.ensureDefault();
    const subs = (await s.info()).subscriptions;
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ builtIn: true, url: 'https://u.example/manifest.json', applied: null });
    await s.remove(subs[0]!.id);
    await s.ensureDefault();
    expect((await s.info()).subscriptions).toEqual([]);
  });

  it('a bad built-in key is logged, not thrown', async () => {
    const s = service({ url: 'https://u.example/manifest.json', key: 'not a key' });
    await s.ensureDefault();
    const info = await s.info();
    expect(info.subscriptions).toEqual([]);
    expect(info.log[0]?.message).toMatch(/built-in publisher could not be added: the public key is not base64/);
  });

  it.each([0, 0.5, 0.999])('the next check comes 50-70 minutes on (random %s)', (r) => {
    const m = nextDelayMinutes(r);
    expect(m).toBeGreaterThanOrEqual(50);
    expect(m).toBeLessThanOrEqual(70);
  });
});
