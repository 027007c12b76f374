import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import { decodeDays, parseHeader } from '../../../lib/index/format';
import { dayOf } from '../../../lib/index/similarity';
import { MemoryStore } from '../../../lib/index/memory-store';
import { normalizeUrl } from '../../../lib/index/store';
import { ALL, EVENTS, art } from './fixtures';

describe('buildIndex', () => {
  it('is deterministic whatever the input order', async () => {
    const a = await buildIndex(
      ALL.map((article) => ({ article })),
      { description: 't' },
    );
    const b = await buildIndex(
      [...ALL].reverse().map((article) => ({ article })),
      { description: 't' },
    );
    expect(b.text).toBe(a.text);
    const h = parseHeader(a.text.split('\n')[0]!);
    expect(h.counts.articles).toBe(ALL.length);
    expect(h.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(h.builtAt).toBe('2024-05-13');
    expect(h.builtAtSource).toBe('newest-article');
  });

  it('numbers articles by publication day, then id, undated last, and lists where each day starts', async () => {
    const { records, header } = await buildIndex(
      ALL.map((article) => ({ article })),
      { description: 't' },
    );
    const arts = records.flatMap((r) => (r.k === 'a' ? [r] : []));
    const key = (a: (typeof arts)[number]) =>
      [a.published === null ? 1 : 0, a.published?.slice(0, 10) ?? '', a.id].join('\u0000');
    expect(arts.map((a) => a.n)).toEqual(arts.map((_, i) => i));
    expect(arts.map(key)).toEqual(arts.map(key).sort());
    const table = [...decodeDays(header.days!)];
    for (let i = 0; i + 3 < table.length; i += 2) {
      const first = arts[table[i + 1]!]!;
      expect(dayOf(first.published)).toBe(table[i]);
      expect(table[i + 3]).toBeGreaterThan(table[i + 1]!);
    }
  });

  it('uses the builtAt it is given (SOURCE_DATE_EPOCH)', async () => {
    const a = await buildIndex(
      ALL.map((article) => ({ article })),
      { description: 't', builtAt: '2020-01-01T00:00:00.000Z' },
    );
    expect(a.header.builtAt).toBe('2020-01-01T00:00:00.000Z');
    expect(a.header.builtAtSource).toBe('SOURCE_DATE_EPOCH');
  });

  it('clusters unlabelled articles into events and keeps other stories apart', async () => {
    const { records } = await buildIndex(
      ALL.map((article) => ({ article })),
      { description: 't' },
    );
    const eventOf = new Map(records.flatMap((r) => (r.k === 'a' ? [[r.id, r.event] as const] : [])));
    expect(new Set(EVENTS.bridge.map((a) => eventOf.get(a.id))).size).toBe(1);
    expect(new Set(EVENTS.vote.map((a) => eventOf.get(a.id))).size).toBe(1);
    expect(eventOf.get('bridge-a')).not.toBe(eventOf.get('vote-a'));
    expect(eventOf.get('recipe')).not.toBe(eventOf.get('bridge-a'));
  });

  it('threads a later event of the same story with it, and keeps other stories apart', async () => {
    const inquiry = art(
      'bridge-inquiry',
      'Harwick bridge inquiry blames corroded girders',
      'An inquiry into the Harwick river bridge collapse found that corroded steel girders failed, three weeks after the ' +
        'span fell. Mayor Elena Strand said the regional transport authority ignored warnings from engineers. The report ' +
        'recommends replacing the Harwick crossing and inspecting similar bridges; relatives of the missing demanded charges.',
      { outlet: 'Ledger', published: '2024-03-28' },
    );
    const { records } = await buildIndex(
      [...ALL, inquiry].map((article) => ({ article })),
      { description: 't' },
    );
    const art2event = new Map(records.flatMap((r) => (r.k === 'a' ? [[r.id, r.event] as const] : [])));
    const storyOf = new Map(records.flatMap((r) => (r.k === 'e' ? [[r.id, r.story] as const] : [])));
    expect(art2event.get('bridge-inquiry')).not.toBe(art2event.get('bridge-a'));
    expect(storyOf.get(art2event.get('bridge-inquiry')!)).toBe(storyOf.get(art2event.get('bridge-a')!));
    expect(storyOf.get(art2event.get('vote-a')!)).not.toBe(storyOf.get(art2event.get('bridge-a')!));
  });

  it('keeps gold event labels when given', async () => {
    const items = ALL.map((article) => ({ article, event: { id: `gold:${article.id.split('-')[0]}`, title: 'T' } }));
    const { records } = await buildIndex(items, { description: 't' });
    const events = records.filter((r) => r.k === 'e');
    expect(events.map((e) => e.id).sort()).toEqual(['gold:bridge', 'gold:recipe', 'gold:vote']);
  });

  it('marks a lightly edited republication as a copy of the earlier article', async () => {
    const orig = EVENTS.bridge[0]!;
    const copy = art('copy', orig.title, orig.text.replace('shocked', 'stunned').replace('overnight', 'all night'), {
      outlet: 'Aggregator',
      published: '2024-03-07',
    });
    const { records } = await buildIndex(
      [...ALL, copy].map((article) => ({ article })),
      { description: 't' },
    );
    const rec = records.find((r) => r.k === 'a' && r.id === 'copy');
    expect(rec && rec.k === 'a' && rec.copyOf).toBe('bridge-a');
    const origRec = records.find((r) => r.k === 'a' && r.id === 'bridge-a');
    expect(origRec && origRec.k === 'a' && origRec.copyOf).toBeNull();
  });

  it('round-trips through the text form and rejects a tampered file', async () => {
    const { text } = await buildIndex(
      ALL.map((article) => ({ article })),
      { description: 't' },
    );
    const store = await MemoryStore.fromText(text);
    expect((await store.header())?.counts.articles).toBe(ALL.length);
    expect((await store.byUrl('ledger.example/harwick')).map((a) => a.id)).toEqual(['bridge-b']);
    await expect(MemoryStore.fromText(text.replace('Harwick', 'Hartwick'))).rejects.toThrow(/content hash/);
    await expect(MemoryStore.fromText('{"hello":1}\n')).rejects.toThrow(/not a Parallax index/);
  });

  it('finds an article by a normalised address whose path has capitals (the key is not folded again)', async () => {
    const [first, ...rest] = ALL;
    const url = 'https://www.courier.example/News/Harwick-Bridge/';
    const { text } = await buildIndex([{ article: { ...first!, url } }, ...rest.map((article) => ({ article }))], {
      description: 't',
    });
    const store = await MemoryStore.fromText(text);
    expect(normalizeUrl(url)).toBe('courier.example/News/Harwick-Bridge');
    expect((await store.byUrl(normalizeUrl(url))).map((a) => a.id)).toEqual([first!.id]);
  });

  it("stores each headline's content terms, and refuses a version-1 file (which has none) with a message", async () => {
    const { text, records } = await buildIndex(
      ALL.map((article) => ({ article })),
      { description: 't' },
    );
    const bridge = records.find((r) => r.k === 'a' && r.id === 'bridge-a');
    expect(bridge?.k === 'a' && bridge.fp.tt).toEqual(['harwick', 'bridg', 'collaps', 'diver', 'rescu', '23', 'three', 'miss']);
    const old = text.replace('"schemaVersion":2', '"schemaVersion":1');
    await expect(MemoryStore.fromText(old, { verify: false })).rejects.toThrow(/unsupported index schema version 1/);
  });

  it('gives repeated ids a suffix instead of losing a record', async () => {
    const a = EVENTS.vote[0]!;
    const { header } = await buildIndex(
      [a, { ...a, title: 'other' }].map((article) => ({ article })),
      { description: 't' },
    );
    expect(header.counts.articles).toBe(2);
  });
});
