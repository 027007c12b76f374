// A synthetic day of a publisher's coverage for the updates benchmark: n articles cloned from an index's article
// records (their real fingerprints and claims), with new ids, URLs and publication times spread over the day; the
// clones of one source event in one round form one event (so events have the sizes the corpora's have).
import type { ArticleRecord, EventRecord, IndexRecord } from '../../lib/index/format.js';
import type { DeltaOp } from '../../lib/updates/format.js';

export function syntheticDay(records: readonly IndexRecord[], day: string, n: number): DeltaOp[] {
  const arts = records.filter((r): r is ArticleRecord => r.k === 'a');
  const eventOf = new Map<number, EventRecord>();
  for (const r of records) if (r.k === 'e') for (const m of r.members) eventOf.set(m, r);
  const ops: DeltaOp[] = [];
  const events = new Map<string, { title: string; members: string[] }>();
  const outlets = new Map<string, { name: string; domain: string | null; articles: number }>();
  const df = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const src = arts[i % arts.length]!;
    const round = Math.floor(i / arts.length);
    const ev = eventOf.get(src.n);
    const eventId = `${day}/${ev?.id ?? src.id}/${round}`;
    const id = `${day}/${i}`;
    const second = Math.floor((i / n) * 86_400);
    const published = `${day}T${String(Math.floor(second / 3600)).padStart(2, '0')}:${String(Math.floor(second / 60) % 60).padStart(2, '0')}:00Z`;
    const { n: _n, k: _k, ...rest } = src;
    ops.push({
      op: 'put',
      ...rest,
      k: 'a',
      id,
      event: eventId,
      copyOf: null,
      published,
      url: src.url ? `${src.url}${src.url.includes('?') ? '&' : '?'}d=${day}&i=${i}` : null,
    });
    const e = events.get(eventId) ?? { title: ev?.title ?? src.title, members: [] };
    e.members.push(id);
    events.set(eventId, e);
    const name = src.outlet ?? src.domain ?? 'unknown';
    const o = outlets.get(name) ?? { name, domain: src.domain, articles: 0 };
    o.articles++;
    outlets.set(name, o);
    for (let j = 0; j < src.fp.t.length; j += 2) df.set(src.fp.t[j] as string, (df.get(src.fp.t[j] as string) ?? 0) + 1);
  }
  for (const [id, e] of events) {
    ops.push({ op: 'put', k: 'e', id, title: e.title, date: day, story: `s/${id}`, members: e.members, source: 'cluster' });
    ops.push({ op: 'put', k: 's', id: `s/${id}`, title: e.title, events: [id] });
  }
  for (const o of outlets.values()) ops.push({ op: 'put', k: 'o', name: o.name, domain: o.domain, articles: o.articles });
  for (const [t, v] of df) ops.push({ op: 'df', t, df: v });
  return ops;
}
