// The live index as records keyed by id: what a snapshot holds and deltas change. Turned into a parallax-index
// (ordinals, postings, header) by toIndex, which is also how a collector writes its snapshot, so a published
// snapshot is an ordinary index file that every existing loader reads.
import { dayTable } from '../index/build.js';
import { encodeDays, encodePostings, INDEX_FORMAT, SCHEMA_VERSION, sha256Hex } from '../index/format.js';
import type {
  ArticleRecord,
  EventRecord,
  IndexHeader,
  IndexRecord,
  OutletRecord,
  StoryRecord,
  TermRecord,
} from '../index/format.js';
import { dayOf } from '../index/similarity.js';
import { UpdateFormatError, type DeltaOp, type LiveArticle, type LiveEvent, type UpdateStats } from './format.js';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const outletKey = (name: string, domain: string | null) => `${name}\u0000${domain ?? ''}`;

export class LiveState {
  readonly articles = new Map<string, LiveArticle>();
  readonly events = new Map<string, LiveEvent>();
  readonly stories = new Map<string, StoryRecord>();
  readonly outlets = new Map<string, OutletRecord>();
  /** Document frequency of terms over the publisher's articles (bodies included), as last sent. */
  readonly df = new Map<string, number>();

  apply(op: DeltaOp): void {
    if (op.op === 'df') {
      if (op.df > 0) this.df.set(op.t, op.df);
      else this.df.delete(op.t);
      return;
    }
    if (op.op === 'del') {
      if (op.k === 'o') this.outlets.delete(outletKey(op.name, op.domain));
      else if (op.k === 'a') this.articles.delete(op.id);
      else if (op.k === 'e') this.events.delete(op.id);
      else this.stories.delete(op.id);
      return;
    }
    const { op: _, ...rec } = op;
    switch (rec.k) {
      case 'a':
        this.articles.set(rec.id, rec as LiveArticle);
        break;
      case 'e':
        this.events.set(rec.id, rec as LiveEvent);
        break;
      case 's':
        this.stories.set(rec.id, rec as StoryRecord);
        break;
      case 'o':
        this.outlets.set(outletKey(rec.name, rec.domain), rec as OutletRecord);
        break;
    }
  }

  /** Load an index file's records (a snapshot): ordinals become ids again. */
  static fromIndex(records: Iterable<IndexRecord>): LiveState {
    const s = new LiveState();
    const idOf = new Map<number, string>();
    const events: EventRecord[] = [];
    for (const r of records) {
      if (r.k === 'a') {
        const { n, ...a } = r;
        idOf.set(n, a.id);
        s.articles.set(a.id, a);
      } else if (r.k === 'e') events.push(r);
      else if (r.k === 's') s.stories.set(r.id, r);
      else if (r.k === 'o') s.outlets.set(outletKey(r.name, r.domain), r);
      else s.df.set(r.t, r.df);
    }
    for (const e of events) {
      const members = e.members.map((n) => idOf.get(n));
      if (members.some((m) => m === undefined))
        throw new UpdateFormatError(`corrupt snapshot: event ${e.id} names an article it does not hold`);
      s.events.set(e.id, { ...e, members: members as string[] });
    }
    return s;
  }

  stats(): UpdateStats {
    let newest: string | null = null;
    let oldest: string | null = null;
    for (const a of this.articles.values()) {
      if (!a.published) continue;
      if (!newest || a.published > newest) newest = a.published;
      if (!oldest || a.published < oldest) oldest = a.published;
    }
    return {
      articles: this.articles.size,
      events: this.events.size,
      stories: this.stories.size,
      outlets: this.outlets.size,
      newestArticle: newest && toIso(newest),
      oldestArticle: oldest && toIso(oldest),
    };
  }
}

function toIso(published: string): string | null {
  const t = Date.parse(published.length === 10 ? `${published}T00:00:00Z` : published);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

export interface ToIndexOptions {
  description: string;
  builtAt: string | null;
}

/** The state as a parallax-index: articles numbered by publication day then id (as the builder numbers them),
 * postings from the fingerprints' terms, df from the publisher's table where it has one. Deterministic. */
export async function toIndex(
  state: LiveState,
  opts: ToIndexOptions,
): Promise<{ header: IndexHeader; records: IndexRecord[]; body: string }> {
  const list = [...state.articles.values()];
  const day = new Map(list.map((a) => [a.id, dayOf(a.published) ?? Infinity]));
  list.sort((a, b) => day.get(a.id)! - day.get(b.id)! || cmp(a.id, b.id));
  const ordinal = new Map(list.map((a, i) => [a.id, i]));
  const articles: ArticleRecord[] = list.map((a, n) => ({ k: 'a', n, url: a.url, ...withoutUrl(a) }));

  const postings = new Map<string, number[]>();
  articles.forEach((a) => {
    for (let j = 0; j < a.fp.t.length; j += 2) {
      const t = a.fp.t[j] as string;
      const p = postings.get(t);
      if (p) p.push(a.n);
      else postings.set(t, [a.n]);
    }
  });
  const termNames = new Set([...postings.keys(), ...[...state.df.entries()].filter(([, df]) => df > 1).map(([t]) => t)]);
  const terms: TermRecord[] = [...termNames].sort(cmp).map((t) => {
    const p = postings.get(t) ?? [];
    return { k: 't', t, df: Math.max(state.df.get(t) ?? 0, p.length), p: encodePostings(p) };
  });

  const events: EventRecord[] = [...state.events.values()]
    .map((e) => ({
      ...e,
      members: e.members
        .map((id) => ordinal.get(id))
        .filter((n): n is number => n !== undefined)
        .sort((x, y) => x - y),
    }))
    .filter((e) => e.members.length > 0)
    .sort((a, b) => cmp(a.id, b.id));
  const live = new Set(events.map((e) => e.id));
  const stories = [...state.stories.values()]
    .map((s) => ({ ...s, events: s.events.filter((id) => live.has(id)) }))
    .filter((s) => s.events.length > 0)
    .sort((a, b) => cmp(a.id, b.id));
  // Each outlet's article count is what the index holds of it, counted here as the builder counts it (a publisher
  // sends an outlet once, not again with each of its articles).
  const held = new Map<string, number>();
  for (const a of list) {
    if (!a.outlet && !a.domain) continue;
    const key = outletKey(a.outlet ?? a.domain!, a.domain);
    held.set(key, (held.get(key) ?? 0) + 1);
  }
  const outlets = [...state.outlets.entries()]
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([, o]) => ({ ...o, articles: held.get(outletKey(o.name, o.domain)) ?? 0 }))
    .filter((o) => o.articles > 0);

  const records: IndexRecord[] = [...outlets, ...stories, ...events, ...terms, ...articles];
  const body = records.map((r) => JSON.stringify(r)).join('\n');
  const header: IndexHeader = {
    format: INDEX_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    description: opts.description,
    builtAt: opts.builtAt,
    builtAtSource: opts.builtAt ? 'SOURCE_DATE_EPOCH' : 'unknown',
    counts: {
      articles: articles.length,
      events: events.length,
      stories: stories.length,
      outlets: outlets.length,
      terms: terms.length,
      lines: records.length,
    },
    days: encodeDays(dayTable(articles.map((a) => dayOf(a.published)))),
    contentHash: `sha256:${await sha256Hex(body)}`,
  };
  // The body too: serialising every record is most of the cost, and a caller writing the file need not do it twice.
  return { header, records, body };
}

/** The URL goes right after the ordinal in an article line (the Dexie loader reads both from the line's start). */
function withoutUrl(a: LiveArticle): Omit<LiveArticle, 'url' | 'k'> {
  const { url: _, k: _k, ...rest } = a;
  return rest;
}
