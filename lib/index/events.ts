// Assembles events (gold labels or clusters of unlabelled articles) and story threads (events linked by
// shared entities and terms over time). The seed story motivates threads: an April 2025 recapture claim,
// the May 2025 visit and a later diplomatic event are separate events of one story.
import { greedyCluster } from './cluster.js';
import { averageLinkCluster } from './average-link.js';
import { chooseTitle, isHeadline } from './event-title.js';
import { MATCH_THRESHOLD, WEIGHTS } from './pair-weights.js';
import { dayOf, similarity, type Profile } from './similarity.js';
import { QUERY_TERMS } from './weights.js';
import type { EventRecord, StoryRecord } from './format.js';
import { contentTerms } from '../text/tokens.js';

export interface EventInput {
  n: number;
  title: string;
  published: string | null;
  profile: Profile;
  /** `date`: the event's day from its source data, used when none of its articles is dated (FNC-1 claims). */
  gold: { id: string; title?: string | null; date?: string | null } | null;
  /** Ordinal of the article this one copies; a copy always joins its original's event. */
  copyOf: number | null;
  /** Outlet or domain, null when unknown: two articles of one outlet are no evidence of one event. */
  outlet: string | null;
  /** Start of the text, to tell a printed headline from a title taken from the first sentence. */
  lead: string;
}

/** Average link needed to merge two groups of unlabelled articles. Measured on the labelled corpora (pairs within
 * 7 days, different outlets): pairs of one event score a median 0.63 (AllSides), 0.67 (BASIL), 0.65 (NewsWCL50);
 * pairs of different events reach 0.39, 0.43, 0.45 at the 99th percentile. The threshold sits between. */
const CLUSTER_THRESHOLD = 0.55;
/** Same-event articles are published within about a week of one another (AllSides roundups, BASIL triplets). */
const EVENT_WINDOW_DAYS = 7;
/** Events of one story: looser similarity, longer window (the seed story runs April to July 2025). */
const STORY_THRESHOLD = 0.6 * MATCH_THRESHOLD;
const STORY_WINDOW_DAYS = 120;
const STORY_MAX_EVENTS = 12;

const byDateThenId = (a: { day: number | null; key: string }, b: { day: number | null; key: string }) =>
  (a.day ?? Infinity) - (b.day ?? Infinity) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function isoDay(day: number | null): string | null {
  return day === null ? null : new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Event id for every article ordinal, and the event records (without story, filled by assignStories). */
export function assignEvents(items: readonly EventInput[]): Map<string, Omit<EventRecord, 'story'>> {
  const eventOf = new Map<number, string>();
  const goldTitle = new Map<string, string>();
  const goldDay = new Map<string, number>();
  for (const it of items) {
    if (it.gold) {
      eventOf.set(it.n, it.gold.id);
      if (it.gold.title && !goldTitle.has(it.gold.id)) goldTitle.set(it.gold.id, it.gold.title);
      const d = dayOf(it.gold.date);
      if (d !== null && !goldDay.has(it.gold.id)) goldDay.set(it.gold.id, d);
    }
  }
  const free = items.filter((it) => !it.gold && it.copyOf === null);
  const groups = averageLinkCluster(
    free.map((it) => ({ profile: it.profile, outlet: it.outlet })),
    { threshold: CLUSTER_THRESHOLD, windowDays: EVENT_WINDOW_DAYS, score: (x, y) => similarity(x, y).score },
  );
  // Named after the group's first article in ordinal order, whatever the merge order was.
  const firstOfGroup = new Map<number, number>();
  free.forEach((it, i) => {
    const g = groups[i]!;
    firstOfGroup.set(g, Math.min(firstOfGroup.get(g) ?? Infinity, it.n));
  });
  free.forEach((it, i) => eventOf.set(it.n, `c:${firstOfGroup.get(groups[i]!)!}`));
  const byN = new Map(items.map((it) => [it.n, it]));
  const root = (n: number): number => {
    let cur = n;
    for (let hops = 0; hops < 50; hops++) {
      const c = byN.get(cur)?.copyOf;
      if (c === null || c === undefined) return cur;
      cur = c;
    }
    return cur;
  };
  for (const it of items) if (!eventOf.has(it.n)) eventOf.set(it.n, eventOf.get(root(it.n)) ?? `c:${it.n}`);

  const members = new Map<string, EventInput[]>();
  for (const it of items) {
    const id = eventOf.get(it.n)!;
    const list = members.get(id);
    if (list) list.push(it);
    else members.set(id, [it]);
  }
  const events = new Map<string, Omit<EventRecord, 'story'>>();
  for (const [id, list] of members) {
    const sorted = [...list].sort((a, b) =>
      byDateThenId({ day: a.profile.day, key: String(a.n) }, { day: b.profile.day, key: String(b.n) }),
    );
    const days = list.map((m) => m.profile.day).filter((d): d is number => d !== null);
    const originals = sorted.filter((m) => m.copyOf === null);
    const headline = chooseTitle(sorted.map((m) => ({ title: m.title, lead: m.lead, copy: m.copyOf !== null })));
    const title =
      goldTitle.get(id) ?? (headline >= 0 ? sorted[headline]!.title : centralMember(originals.length ? originals : sorted).title);
    events.set(id, {
      k: 'e',
      id,
      title,
      date: isoDay(days.length ? Math.min(...days) : (goldDay.get(id) ?? null)),
      members: list.map((m) => m.n).sort((a, b) => a - b),
      source: list.some((m) => m.gold) ? 'gold' : 'cluster',
    });
  }
  return events;
}

/** The member most similar to the others names a clustered event: the earliest one may be a side story
 * (in the seeds, Russia Today's church article is dated before the visit reports). */
function centralMember(list: readonly EventInput[]): EventInput {
  let best = list[0]!;
  let top = -1;
  for (const m of list) {
    let sum = 0;
    for (const o of list) if (o !== m) sum += similarity(m.profile, o.profile).score;
    if (sum > top + 1e-9) {
      top = sum;
      best = m;
    }
  }
  return best;
}

/** Centroid profile of an event: summed member vectors, entities and numbers by frequency. */
function eventProfile(members: readonly Profile[], date: string | null, title: string): Profile {
  const vec = new Map<string, number>();
  const ents = new Map<string, number>();
  for (const p of members) {
    for (const [t, w] of p.vec) vec.set(t, (vec.get(t) ?? 0) + w);
    for (const e of p.entities) ents.set(e, (ents.get(e) ?? 0) + 1);
  }
  const top = [...vec.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, QUERY_TERMS);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
  const entities = [...ents.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 12)
    .map(([e]) => e);
  const entWords = new Set(entities.flatMap((e) => e.split(' ')));
  const day = date ? Math.floor(Date.parse(`${date}T12:00:00Z`) / 86_400_000) : null;
  return {
    vec: new Map(top.map(([t, w]) => [t, w / norm])),
    entities,
    entWords,
    nums: new Set(),
    day,
    simhash: '',
    titleTerms: new Set(contentTerms(title)),
    titleNames: [],
  };
}

export function assignStories(
  events: Map<string, Omit<EventRecord, 'story'>>,
  profileOfOrdinal: (n: number) => Profile,
): { events: EventRecord[]; stories: StoryRecord[] } {
  const list = [...events.values()]
    .map((e) => ({ e, profile: eventProfile(e.members.map(profileOfOrdinal), e.date, e.title) }))
    .map((x) => ({ ...x, day: x.profile.day, key: x.e.id }))
    .sort(byDateThenId);
  // Events of a story are weeks apart by nature: the same-event date penalty is taken back out, and the
  // story window bounds time instead.
  const storyScore = (a: Profile, b: Profile) => {
    const sim = similarity(a, b);
    return sim.score - WEIGHTS.late * sim.late;
  };
  const groups = greedyCluster(list, {
    threshold: STORY_THRESHOLD,
    windowDays: STORY_WINDOW_DAYS,
    maxGroupSize: STORY_MAX_EVENTS,
    score: storyScore,
  });
  const storyEvents = new Map<number, typeof list>();
  list.forEach((x, i) => {
    const g = groups[i]!;
    const l = storyEvents.get(g);
    if (l) l.push(x);
    else storyEvents.set(g, [x]);
  });
  const out: EventRecord[] = [];
  const stories: StoryRecord[] = [];
  for (const evs of storyEvents.values()) {
    const id = `s:${evs[0]!.e.id}`;
    // The largest event names the story, preferring events named by a printed headline.
    const main = [...evs].sort(
      (a, b) =>
        Number(isHeadline(b.e.title, null)) - Number(isHeadline(a.e.title, null)) || b.e.members.length - a.e.members.length,
    )[0]!;
    stories.push({ k: 's', id, title: main.e.title, events: evs.map((x) => x.e.id) });
    for (const x of evs) out.push({ ...x.e, story: id });
  }
  return { events: out, stories };
}
