// Upgrades a stored example of each old user-database version to the current one (STYLE.md: Dexie discipline).
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { USER_DB_VERSIONS, UserDb } from '../../../lib/ext/user-db/schema.js';
import { getSettings } from '../../../lib/ext/user-db/settings.js';
import { getHistory } from '../../../lib/ext/user-db/history.js';

const v1 = JSON.parse(readFileSync(new URL('./fixtures/user-db-v1.json', import.meta.url), 'utf8')) as {
  kv: { key: string; value: unknown }[];
  history: Record<string, unknown>[];
};

async function seedVersion1(indexedDB: IDBFactory): Promise<void> {
  const old = new Dexie('parallax-user', { indexedDB, IDBKeyRange });
  old.version(1).stores(USER_DB_VERSIONS[0].stores);
  await old.open();
  await old.table('kv').bulkPut(v1.kv);
  await old.table('history').bulkAdd(v1.history);
  old.close();
}

describe('user database migrations', () => {
  it('upgrades version 1: settings split into allow/deny lists, history rows get a domain', async () => {
    const indexedDB = new IDBFactory();
    await seedVersion1(indexedDB);
    const db = new UserDb({ indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(USER_DB_VERSIONS.at(-1)!.version);
    expect(await getSettings(db)).toEqual({
      autoRun: false,
      allowSites: ['example.com'],
      denySites: ['tabloid.test'],
      ratingSets: {},
      history: false,
    });
    const { entries, enabled } = await getHistory(db);
    expect(enabled).toBe(false);
    expect(entries.map((e) => e.domain)).toEqual([null, 'example.com']);
    // The new index answers queries by domain.
    expect(await db.history.where('domain').equals('example.com').count()).toBe(1);
    db.close();
  });

  it('creates a fresh database at the current version with default settings', async () => {
    const db = new UserDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const s = await getSettings(db);
    expect(s).toMatchObject({ autoRun: true, history: true, allowSites: [], denySites: [] });
    expect(db.verno).toBe(2);
    db.close();
  });

  it('has one stored example per old version', () => {
    const old = USER_DB_VERSIONS.slice(0, -1).map((v) => v.version);
    for (const version of old)
      expect(() => readFileSync(new URL(`./fixtures/user-db-v${version}.json`, import.meta.url))).not.toThrow();
  });
});
