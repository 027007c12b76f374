// Fits the match decision (DECISION and DECISION_THRESHOLD in lib/match/calibrate.ts) on the DEV half of each
// labelled corpus; `npm run eval:match` scores it on the test half, which this script never reads.
// Every dev article is asked twice against one index of the whole dev half: with only itself left out (its
// event is known: the top event should be right and matched) and with its whole event left out (unknown: the
// answer must be "none"; ECB+'s look-alike event stays in). That gives ten times the samples of eval:match's
// one held-out article per event (ECB+'s dev half had 34 known queries), so one odd article moves the
// threshold less. Each corpus weighs the same; one model for dated pairs and one for undated ones. The
// threshold must also hold on eval:match's own dev split (one held-out article per event).
// Two more groups calibrate it for the open web (issue 19): the dev half of the open-web pages (open-web.ts), asked
// against one index of every corpus's dev half, are unknown samples; and the dev halves replayed as one dense index
// over DENSE_DAYS days (dense-index.ts) give known and unknown samples where many events share each day.
import type { IndexStore } from '../../lib/index/store.js';
import { EVENT_PAGE_TYPES } from '../../lib/extract/page-type.js';
import type { Article } from '../../lib/types.js';
import { timedRanking } from '../../lib/match/timed-ranking.js';
import { replayedIndex } from './dense-index.js';
import { loadOpenWebPages } from './open-web-pages.js';
import { openWebPart } from './open-web.js';
import { buildIndex } from '../../lib/index/build.js';
import { MemoryStore } from '../../lib/index/memory-store.js';
import { buildQuery } from '../../lib/match/query.js';
import { decisionInput, rankEvents } from '../../lib/match/rank.js';
import { decisionFeatures } from '../../lib/match/calibrate.js';
import { CORPORA, loadCorpus } from '../../lib/node/corpora.js';
import { fitLogistic, type Sample } from './logistic.js';
import { inPart, split } from './split.js';

/** w: a known article weighs 1/(its event's known samples), as eval:match asks one article per known event
 * (FNC-1's large claim clusters, easy to match, would otherwise swamp the small ones); unknown ones weigh 1. */
type Q = { corpus: string; known: boolean; x: number[]; dated: boolean; event: string; w: number; factor: number };

/** Abstain precision wanted on every corpus, estimated from the samples. Issue 4 asks for 0.98; at 0.985 the
 * estimate proved optimistic (eval:match's dev half scored FNC-1 0.974, BASIL 0.975), so the margin is wider
 * and eval:match's dev split must meet 0.98 as well. */
const WANT_PRECISION = 0.99;
const ISSUE_PRECISION = 0.98;
const MIN_KNOWN = 20;

const qs: Q[] = [];
/** eval:match's dev-half queries (one held-out article per known event; x null: no candidate at all). */
const evalQs: { corpus: string; known: boolean; x: number[] | null; dated: boolean }[] = [];
/** Unknown-event articles per known article in eval:match's dev split, per corpus: precision depends on it. */
const ratio = new Map<string, number>();
for (const name of CORPORA) {
  const items = loadCorpus(name).filter((it) => inPart(it.event.id, 0));
  const s = split(items, { unknownShare: 0.25 });
  ratio.set(name, s.unknown.length / Math.max(1, s.known.length));
  // eval:match's own dev split, for the second check on the threshold.
  const evalBuilt = await buildIndex(s.indexed, { description: name });
  const evalStore = new MemoryStore(evalBuilt.header, evalBuilt.records);
  for (const [known, list] of [
    [true, s.known],
    [false, s.unknown],
  ] as const) {
    for (const it of list) {
      const query = await buildQuery(evalStore, it.article);
      const { events } = await rankEvents(evalStore, query.profile, new Set(), query.df);
      // An event found by its date alone is never the answer (matchConfidence): as if there were no candidate.
      const d = events.length && !events[0]!.dateOnly ? decisionInput(events) : null;
      evalQs.push({ corpus: name, known, x: d ? decisionFeatures(d) : null, dated: d?.dated ?? false });
    }
  }
  const built = await buildIndex(items, { description: name });
  const store = new MemoryStore(built.header, built.records);
  const members = new Map<string, number[]>();
  const ordinal = new Map<string, number>();
  for (const r of built.records) {
    if (r.k !== 'a') continue;
    ordinal.set(r.id, r.n);
    const l = members.get(r.event);
    if (l) l.push(r.n);
    else members.set(r.event, [r.n]);
  }
  for (const it of items) {
    const query = await buildQuery(store, it.article);
    const own = members.get(it.event.id) ?? [];
    const asks: [boolean, Set<number>][] = [[false, new Set(own)]];
    if (own.length > 1) asks.push([true, new Set([ordinal.get(it.article.id)!])]);
    for (const [known, exclude] of asks) {
      const { events } = await rankEvents(store, query.profile, exclude, query.df);
      if (!events.length) continue;
      // The decision is about the top event: known articles ranked wrong are left out.
      if (known && events[0]!.eventId !== it.event.id) continue;
      // Nor are events found by their date alone, which matchConfidence never matches.
      if (events[0]!.dateOnly) continue;
      const d = decisionInput(events);
      qs.push({ corpus: name, known, x: decisionFeatures(d), dated: d.dated, event: it.event.id, w: 1, factor: 1 });
    }
  }
}

/** The decision sample of one article as matchArticle would judge it (time evidence included), or null. */
async function timedSample(
  store: IndexStore,
  article: Article,
): Promise<{ x: number[]; dated: boolean; factor: number; top: string } | null> {
  const query = await buildQuery(store, article);
  const t = await timedRanking(store, article, await rankEvents(store, query.profile, new Set(), query.df));
  if (!t.decision || t.decision.dateOnly) return null;
  const top = t.events[0]!.eventId;
  return { x: decisionFeatures(t.decision), dated: t.decision.dated, factor: t.datesOf(top).factor, top };
}

/** Replay density of the dense group: about ten indexed events a day (eval:match prints 360 to 10 days). */
const DENSE_DAYS = 30;
const GROUPS = [...CORPORA, 'open-web', 'dense'];
/** Open-web dev pages that reached a decision, and how many there were in all (a page with no candidate is a "none"). */
let openWebPages = 0;
{
  const dev = CORPORA.flatMap((n) => loadCorpus(n).filter((it) => inPart(it.event.id, 0)));
  const built = await buildIndex(dev, { description: 'dev halves' });
  const store = new MemoryStore(built.header, built.records);
  for (const page of await loadOpenWebPages()) {
    if (openWebPart(page.id) !== 0 || !page.outcome?.ok) continue;
    const a = page.outcome.article;
    if ((a.pageType && !EVENT_PAGE_TYPES.has(a.pageType.type)) || (a.lang && !/^en\b/i.test(a.lang))) continue;
    openWebPages++;
    const q = await timedSample(store, a);
    if (q) qs.push({ corpus: 'open-web', known: false, x: q.x, dated: q.dated, event: page.id, w: 1, factor: q.factor });
  }
  const dense = await replayedIndex(0, DENSE_DAYS);
  for (const { item, known } of dense.asks) {
    const q = await timedSample(dense.store, item.article);
    if (!q || (known && q.top !== item.event.id)) continue;
    qs.push({ corpus: 'dense', known, x: q.x, dated: q.dated, event: item.event.id, w: 1, factor: q.factor });
  }
}
const perEvent = new Map<string, number>();
for (const q of qs) if (q.known) perEvent.set(q.event, (perEvent.get(q.event) ?? 0) + 1);
for (const q of qs) if (q.known) q.w = 1 / perEvent.get(q.event)!;
console.log(`samples: ${qs.length} (${qs.filter((q) => q.known).length} known)`);

/** Each corpus's known and unknown samples weigh ½ each: the model learns the two apart, not the mix. */
function samples(dated: boolean): Sample[] {
  const out: Sample[] = [];
  for (const name of GROUPS) {
    for (const known of [true, false]) {
      const mine = qs.filter((q) => q.corpus === name && q.dated === dated && q.known === known);
      const total = mine.reduce((s, q) => s + q.w, 0);
      for (const q of mine) out.push({ x: q.x, y: known ? 1 : 0, w: q.w / total });
    }
  }
  return out;
}
const r = (v: number) => Math.round(v * 100) / 100;
const models = { dated: fitLogistic(samples(true)), undated: fitLogistic(samples(false)) };
const show = (m: { w: number[]; b: number }) => `{\n    w: [${m.w.map(r).join(', ')}],\n    b: ${r(m.b)},\n  }`;
console.log(`export const DECISION = {\n  dated: ${show(models.dated)},\n  undated: ${show(models.undated)},\n} as const;`);

const conf = (q: { x: number[] | null; dated: boolean; factor?: number }) => {
  if (!q.x) return 0;
  const m = q.dated ? models.dated : models.undated;
  return (q.factor ?? 1) / (1 + Math.exp(-q.x.reduce((s, v, i) => s + v * r(m.w[i]!), r(m.b))));
};
for (const q of qs) (q as Q & { c: number }).c = conf(q);
/** Abstain precision and recall at threshold th as eval:match would see them: rates of "none" among known
 * and unknown samples, mixed in the dev split's proportion. */
function at(th: number, name: string): { p: number; r: number } {
  const mine = qs.filter((q) => q.corpus === name) as (Q & { c: number })[];
  const known = mine.filter((q) => q.known);
  const unknown = mine.filter((q) => !q.known);
  const weight = (l: typeof mine) => l.reduce((s, q) => s + q.w, 0);
  const k = weight(known.filter((q) => q.c < th)) / Math.max(1e-9, weight(known));
  const u = unknown.filter((q) => q.c < th).length / Math.max(1, unknown.length);
  const rho = ratio.get(name)!;
  return { p: u + k === 0 ? 1 : (rho * u) / (rho * u + k), r: u };
}
/** Abstain precision on eval:match's dev split itself; null for a corpus with too few known events to weigh
 * one miss (NewsWCL50's 4 would make it 0.8). */
function evalAt(th: number, name: string): number | null {
  const mine = evalQs.filter((q) => q.corpus === name);
  if (mine.filter((q) => q.known).length < MIN_KNOWN) return null;
  const nones = mine.filter((q) => conf(q) < th);
  return nones.length ? nones.filter((q) => !q.known).length / nones.length : 1;
}
/** Issue 19: at most 1 in 200 open-web pages matched. */
const OPEN_WEB_WRONG = 0.005;
const openWebWrong = (th: number) =>
  qs.filter((q) => q.corpus === 'open-web' && (q as Q & { c: number }).c >= th).length / Math.max(1, openWebPages);
const ok = (th: number) =>
  openWebWrong(th) <= OPEN_WEB_WRONG &&
  CORPORA.every((c) => at(th, c).p >= WANT_PRECISION && (evalAt(th, c) ?? 1) >= ISSUE_PRECISION);
let th = 0.5;
while (th > 0.01 && !ok(th)) th = Math.round((th - 0.01) * 100) / 100;
console.log(`export const DECISION_THRESHOLD = ${th};`);
console.log(
  `  open web: ${qs.filter((q) => q.corpus === 'open-web' && (q as Q & { c: number }).c >= th).length} of ${openWebPages} dev pages matched (${(100 * openWebWrong(th)).toFixed(1)}%)`,
);
const dense = qs.filter((q) => q.corpus === 'dense') as (Q & { c: number })[];
console.log(
  `  dense replay (${DENSE_DAYS} days): known matched ${dense.filter((q) => q.known && q.c >= th).length} of ${dense.filter((q) => q.known).length}, unknown matched ${dense.filter((q) => !q.known && q.c >= th).length} of ${dense.filter((q) => !q.known).length}`,
);
for (const c of CORPORA) {
  const e = evalAt(th, c);
  console.log(
    `  ${c}: dev abstain precision ${at(th, c).p.toFixed(3)} (eval split ${e === null ? '–' : e.toFixed(3)}), recall ${at(th, c).r.toFixed(3)}`,
  );
}
