// Raw text features of one article (before corpus weighting): term counts, named entities, numbers and the
// near-duplicate signature. Pure and shared by the index builder and the matcher, so both see the same features.
import type { Article } from '../types.js';
import { fold, isStopword, stem, words } from '../text/tokens.js';
import { RecentCache } from './recent-cache.js';
import { simhash } from './simhash.js';

export interface RawFeatures {
  /** Stemmed content term → count (title counted twice: headlines name the event). */
  tf: Map<string, number>;
  /** Named-entity phrases, folded, most frequent first (e.g. "vladimir putin", "kursk"). */
  entities: string[];
  /** Significant numbers as printed without separators ("12000", "76000"); years excluded. */
  numbers: string[];
  simhash: string;
  wordCount: number;
}

/** Long bodies are cut: the lead carries the event, and the cap bounds work per article on huge pages. */
const MAX_CHARS = 12_000;
const MAX_ENTITIES = 12;
const MAX_NUMBERS = 8;

/** Capitalised words that are calendar words, not entities ("Wednesday", "April" in every seed article). */
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'’.-]*)*/gu;

/** Capitalised word runs, leading function words dropped ("The Kremlin" → "kremlin"), calendar words removed. */
export function namedEntities(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const key = entityOf(m[0]);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The entity a capitalised run names, or null. Runs repeat ("Trump", "The White House") and folding each again
 * was a quarter of analysing an article in the collector: recent ones are kept, two bounded generations as stems. */
const entities = new RecentCache<string, string | null>(50_000);
const entityOf = (run: string): string | null => entities.get(run, entityOfRun);

function entityOfRun(run: string): string | null {
  const parts = words(run)
    .map((w) => w.replace(/'s$/, ''))
    .filter((w) => !CALENDAR.has(w));
  while (parts.length && isStopword(parts[0]!)) parts.shift();
  while (parts.length && isStopword(parts[parts.length - 1]!)) parts.pop();
  if (!parts.length || parts.every((w) => w.length < 2)) return null;
  // All-caps runs of many words are headings or shouting, not names.
  if (parts.length > 4) return null;
  return parts.join(' ');
}

export function significantNumbers(text: string): string[] {
  const seen = new Map<string, number>();
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const raw = m[0].replace(/,(?=\d{3})/g, '').replace(/[,.]$/, '');
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 10) continue;
    if (/^(19|20)\d\d$/.test(raw)) continue;
    seen.set(raw, (seen.get(raw) ?? 0) + 1);
  }
  return [...seen.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_NUMBERS)
    .map(([n]) => n);
}

/** Stems of recent words: news vocabulary repeats, and stemming is most of the cost of indexing and of a
 * query. Two generations, each bounded: when the young one is full it becomes the old one, so the words of
 * the last pages stay cached instead of the whole cache being wiped (at 100k benchmark articles a wipe left
 * queries to stem every word cold, ~10 ms at p95). */
const STEM_GENERATION = 100_000;
let stemYoung = new Map<string, string | null>();
let stemOld = new Map<string, string | null>();

/** Content term of a folded word (as contentTerms does), or null for stopwords and one-letter words. */
export function termOf(w: string): string | null {
  let t = stemYoung.get(w);
  if (t !== undefined) return t;
  t = stemOld.get(w);
  if (t === undefined) t = w.length < 2 || isStopword(w) ? null : stem(w);
  if (stemYoung.size >= STEM_GENERATION) {
    stemOld = stemYoung;
    stemYoung = new Map();
  }
  stemYoung.set(w, t);
  return t;
}

export function analyzeText(article: Pick<Article, 'title' | 'text'>): RawFeatures {
  const body = article.text.slice(0, MAX_CHARS);
  const tokens = words(body);
  const tf = new Map<string, number>();
  for (const w of tokens) {
    const t = termOf(w);
    if (t !== null) tf.set(t, (tf.get(t) ?? 0) + 1);
  }
  for (const w of words(article.title)) {
    const t = termOf(w);
    if (t !== null) tf.set(t, (tf.get(t) ?? 0) + 2);
  }
  const ents = namedEntities(`${article.title}\n${body}`);
  const entities = [...ents.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_ENTITIES)
    .map(([e]) => e);
  return { tf, entities, numbers: significantNumbers(body), simhash: simhash(tokens), wordCount: tokens.length };
}

/** Content terms of a short text (a headline) through the stem cache. */
export function cachedTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const t = termOf(w);
    if (t !== null) out.push(t);
  }
  return out;
}

/** Fold an entity phrase into the words compared between articles ("Putin" matches "Vladimir Putin"). */
export function entityWords(entities: readonly string[]): Set<string> {
  return new Set(entityWordList(entities));
}

/** The words of entityWords, distinct, in the same order, as a list (the ranker scans a few dozen faster than it
 * builds a Set of them). */
export function entityWordList(entities: readonly string[]): string[] {
  const out: string[] = [];
  for (const e of entities)
    for (const w of (FOLDED.test(e) ? e : fold(e)).split(' '))
      if (w.length > 1 && !isStopword(w) && !out.includes(w)) out.push(w);
  return out;
}

/** Text that fold() leaves as it is: stored entities are folded already (namedEntities reads folded words), and
 * folding 32 candidates' entities again (Unicode normalisation) was 7% of a query's time at 100k articles. */
const FOLDED = /^[a-z0-9' ]*$/;
