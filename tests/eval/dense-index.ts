// The dense-index test of `npm run eval:match`: the five corpora's halves replayed as one live index. Each corpus's
// events keep their order but are spread over the same days (REPLAY_DAYS: 360 down to 10), so each day holds more
// events of all corpora on the same subjects, as a live feed's index does: a running story's events of successive
// weeks (AllSides' infrastructure talks) come to lie on the same days, where the date no longer tells them apart. Articles keep their distance from
// their event's first day (up to MAX_OFFSET); undated ones (ECB+, FNC-1) are put 0-2 days after it by a hash. Held-out
// articles of indexed events must match them (acc@1); articles of held-out events must not match at all. Reported
// per density: indexed events per day of the replay.
import { buildIndex, type BuildItem } from '../../lib/index/build.js';
import { MemoryStore } from '../../lib/index/memory-store.js';
import { matchArticle } from '../../lib/match/match.js';
import { dayOf } from '../../lib/index/similarity.js';
import { CORPORA, loadCorpus, type CorpusItem } from '../../lib/node/corpora.js';
import { inPart, split, stableHash } from './split.js';

/** Replays, sparsest first: about one indexed event a day (as AllSides' own year), then denser. */
export const REPLAY_DAYS = [360, 90, 30, 10] as const;
const MAX_OFFSET = 3;
const START = dayOf('2030-01-01')!;
const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** One corpus's items with dates on the shared calendar. */
function replay(items: readonly CorpusItem[], days: number): CorpusItem[] {
  const base = new Map<string, number | null>();
  for (const it of items) {
    const d = dayOf(it.article.published) ?? dayOf(it.event.date ?? null);
    const cur = base.get(it.event.id);
    if (cur === undefined || (d !== null && (cur === null || d < cur))) base.set(it.event.id, d);
  }
  const order = [...base.entries()].sort(
    (a, b) => (a[1] ?? Infinity) - (b[1] ?? Infinity) || stableHash(a[0]) - stableHash(b[0]),
  );
  const slot = new Map(order.map(([id], i) => [id, START + Math.floor((i / order.length) * days)]));
  return items.map((it) => {
    const b = base.get(it.event.id) ?? null;
    const own = dayOf(it.article.published);
    const offset = own !== null && b !== null ? Math.min(MAX_OFFSET, own - b) : stableHash(it.article.id) % 3;
    const day = slot.get(it.event.id)! + offset;
    return {
      ...it,
      article: { ...it.article, published: iso(day), dateSource: 'metadata' },
      event: { ...it.event, date: iso(slot.get(it.event.id)!) },
    };
  });
}

export interface DensityRow {
  days: number;
  /** Indexed events per day of the replay. */
  perDay: number;
  known: number;
  acc1: number;
  unknown: number;
  /** Wrong "matched" answers: a known article given another event, an unknown one given any. */
  wrong: number;
  /** Wrong answers over all queries, and over the "matched" answers. */
  wrongRate: number;
  wrongOfMatched: number;
  /** Unknown-event articles answered "none". */
  abstainR: number;
}

/** The half `part` of every corpus replayed over `days` days as one index, and the articles to ask it: held-out
 * articles of indexed events (known) and articles of held-out events. */
export async function replayedIndex(
  part: 0 | 1,
  days: number,
): Promise<{ store: MemoryStore; asks: { item: CorpusItem; known: boolean }[] }> {
  const indexed: BuildItem[] = [];
  const asks: { item: CorpusItem; known: boolean }[] = [];
  for (const name of CORPORA) {
    const items = replay(
      loadCorpus(name).filter((it) => inPart(it.event.id, part)),
      days,
    );
    const s = split(items, { unknownShare: 0.25 });
    indexed.push(...s.indexed);
    asks.push(...s.known.map((item) => ({ item, known: true })), ...s.unknown.map((item) => ({ item, known: false })));
  }
  const built = await buildIndex(indexed, { description: 'dense replay' });
  return { store: new MemoryStore(built.header, built.records), asks };
}

/** The half `part` of every corpus replayed over `days` days as one index, asked as in eval:match. */
export async function denseReplay(part: 0 | 1, days: number): Promise<DensityRow> {
  const { store, asks } = await replayedIndex(part, days);
  const events = (await store.header())!.counts.events;
  let top1 = 0;
  let known = 0;
  let wrong = 0;
  let matched = 0;
  let abstained = 0;
  for (const { item, known: isKnown } of asks) {
    const r = await matchArticle(store, item.article);
    const m = r.info.status === 'matched';
    if (isKnown) {
      known++;
      if (r.ranking[0]?.eventId === item.event.id) top1++;
    } else if (!m) abstained++;
    if (m) matched++;
    if (m && (!isKnown || r.eventId !== item.event.id)) wrong++;
  }
  const unknown = asks.length - known;
  return {
    days,
    perDay: events / days,
    known,
    acc1: known ? top1 / known : NaN,
    unknown,
    wrong,
    wrongRate: asks.length ? wrong / asks.length : 0,
    wrongOfMatched: matched ? wrong / matched : 0,
    abstainR: unknown ? abstained / unknown : 1,
  };
}
