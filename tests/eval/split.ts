// Deterministic evaluation splits of a labelled corpus: one held-out article per indexed event (acc@1) and
// whole held-out events (must abstain). ECB+ holds out one event of each look-alike pair: the hard negatives.
import type { CorpusItem } from '../../lib/node/corpora.js';

export interface Split {
  indexed: CorpusItem[];
  /** Held-out articles whose event stays in the index: must match it. */
  known: CorpusItem[];
  /** Articles of events absent from the index: must give "none". */
  unknown: CorpusItem[];
  /** Subset of `unknown` whose look-alike event (same topic) is indexed. */
  hardNegatives: Set<string>;
}

/** FNV-1a of a string: a stable pseudo-random order independent of input order. */
export function stableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Half `part` (dev 0 / test 1) of the events: which half an event falls in depends on its id only. */
export function inPart(eventId: string, part: 0 | 1): boolean {
  return (stableHash(`part:${eventId}`) & 1) === part;
}

/** `part` selects one of two disjoint halves of the events (dev 0 / test 1), so constants fitted on one are scored on the other. */
export function split(items: readonly CorpusItem[], opts: { unknownShare: number; part?: 0 | 1 }): Split {
  const byEvent = new Map<string, CorpusItem[]>();
  for (const it of items) {
    const l = byEvent.get(it.event.id);
    if (l) l.push(it);
    else byEvent.set(it.event.id, [it]);
  }
  let events = [...byEvent.keys()].sort((a, b) => stableHash(a) - stableHash(b) || (a < b ? -1 : 1));
  if (opts.part !== undefined) events = events.filter((e) => inPart(e, opts.part!));
  const topicOf = new Map(items.map((it) => [it.event.id, it.topic]));
  const out: Split = { indexed: [], known: [], unknown: [], hardNegatives: new Set() };
  const unknownEvents = new Set<string>();
  const topicsHeldOut = new Set<string>();
  const want = Math.round(events.length * opts.unknownShare);
  for (const e of events) {
    if (unknownEvents.size >= want) break;
    const topic = topicOf.get(e);
    // Keep each look-alike pair's other event in the index, so the held-out one is a hard negative.
    if (topic && topic.startsWith('ecbplus:') && topicsHeldOut.has(topic)) continue;
    unknownEvents.add(e);
    if (topic) topicsHeldOut.add(topic);
  }
  for (const e of events) {
    const members = [...byEvent.get(e)!].sort((a, b) => stableHash(a.article.id) - stableHash(b.article.id));
    if (unknownEvents.has(e)) {
      out.unknown.push(...members);
      if (members[0]?.topic?.startsWith('ecbplus:')) for (const m of members) out.hardNegatives.add(m.article.id);
    } else if (members.length < 2) out.indexed.push(...members);
    else {
      out.known.push(members[0]!);
      out.indexed.push(...members.slice(1));
    }
  }
  return out;
}
