// The index a reader's extension answers from: the bundled index (the offline floor) plus each subscription's live
// state, merged into one LiveState that toIndex numbers into an ordinary parallax-index. Retention is applied here
// too: a subscription's events whose newest article is past its window leave, even when the publisher has stopped
// sending the deletions. Pure and deterministic: the same inputs and day give the same index (a rebuild interrupted
// by a stopped worker resumes, since the loader recognises the same content hash).
import { dayOf } from '../index/similarity.js';
import { LiveState } from './live-state.js';

export interface SourceState {
  /** Which subscription: its records' ids are prefixed with it (see mergeStates). */
  id: string;
  state: LiveState;
  /** Days of coverage kept: events whose newest article is older leave (the publisher's retentionDays). */
  retentionDays: number;
}

export interface MergeResult {
  state: LiveState;
  /** Records a subscription sent under an id another source already uses (kept once; only if prefixes collide). */
  collisions: number;
  /** Events (and their articles) left out for being past a subscription's retention window. */
  expiredEvents: number;
}

/** Today as a day number (days since 1970-01-01, UTC), the unit of the retention cutoff. */
export const dayNumber = (now: Date): number => Math.floor(now.getTime() / 86_400_000);

/** Ids of a subscription's records in the merged index: "<prefix>/<id>". Builders number clustered events alike
 * ("c:0" is the first cluster of the bundled index and of any publisher's), so without a prefix a publisher's event
 * would collide with a bundled one and its articles land in the wrong event. The prefix is stable per subscription
 * (the start of its id, a hash of its manifest URL), so an event keeps its id from one update to the next. */
export const prefixOf = (sourceId: string): string => `u${sourceId.slice(0, 6)}/`;

export function mergeStates(base: LiveState, sources: readonly SourceState[], today: number): MergeResult {
  const out = new LiveState();
  for (const [k, v] of base.articles) out.articles.set(k, v);
  for (const [k, v] of base.events) out.events.set(k, v);
  for (const [k, v] of base.stories) out.stories.set(k, v);
  for (const [k, v] of base.outlets) out.outlets.set(k, v);
  for (const [k, v] of base.df) out.df.set(k, v);
  let collisions = 0;
  let expiredEvents = 0;
  for (const src of sources) {
    const p = prefixOf(src.id);
    const id = (x: string) => p + x;
    const cutoff = today - src.retentionDays;
    const gone = new Set<string>();
    for (const e of src.state.events.values()) {
      let newest = -Infinity;
      for (const id of e.members) newest = Math.max(newest, dayOf(src.state.articles.get(id)?.published) ?? -Infinity);
      const day = Number.isFinite(newest) ? newest : dayOf(e.date);
      if (day !== null && day < cutoff) {
        gone.add(e.id);
        expiredEvents++;
      }
    }
    for (const [k, a] of src.state.articles) {
      if (gone.has(a.event)) continue;
      if (out.articles.has(id(k))) collisions++;
      else out.articles.set(id(k), { ...a, id: id(a.id), event: id(a.event), copyOf: a.copyOf && id(a.copyOf) });
    }
    for (const [k, e] of src.state.events) {
      if (gone.has(k)) continue;
      if (out.events.has(id(k))) collisions++;
      else out.events.set(id(k), { ...e, id: id(e.id), story: id(e.story), members: e.members.map(id) });
    }
    for (const [k, s] of src.state.stories) {
      if (out.stories.has(id(k))) collisions++;
      else out.stories.set(id(k), { ...s, id: id(s.id), events: s.events.map(id) });
    }
    for (const [key, o] of src.state.outlets) {
      const had = out.outlets.get(key);
      out.outlets.set(key, had ? { ...had, articles: had.articles + o.articles } : o);
    }
    // Document frequencies add up: each source counted its own articles.
    for (const [t, df] of src.state.df) out.df.set(t, (out.df.get(t) ?? 0) + df);
  }
  return { state: out, collisions, expiredEvents };
}
