// Builds the coverage index from extracted articles: fingerprints, copies, events, story threads, postings,
// outlets and claims, serialised as canonical lines. Deterministic: the same input gives byte-identical output
// (everything sorted, no clock; builtAt is given by the caller or is the newest article's date).
import type { Article } from '../types.js';
import type { ExtractedClaim } from '../claims/index.js';
import { analyzeText, type RawFeatures } from './features.js';
import { assignEvents, assignStories } from './events.js';
import { findCopies } from './neardup.js';
import { TermTable, type PackedCounts } from './term-table.js';
import { encodeDays, encodePostings, INDEX_FORMAT, SCHEMA_VERSION, sha256Hex } from './format.js';
import type { ArticleRecord, IndexHeader, IndexRecord, OutletRecord, TermRecord } from './format.js';
import { STORED_TERMS, tfidfVector, toFingerprint } from './weights.js';
import { dayOf, storedProfile } from './similarity.js';

export interface BuildItem {
  article: Article;
  /** Gold event label from the corpus (AllSides event_id, BASIL triplet…); unlabelled items are clustered. `date`:
   * the event's day from its source data, for corpora whose articles carry none (FNC-1: its Emergent claim's). */
  event?: { id: string; title?: string | null; date?: string | null } | null;
  claims?: ExtractedClaim[];
  /** Features already computed (benchmark replicas); otherwise analysed from the text. */
  raw?: RawFeatures;
}

export interface BuildOptions {
  description: string;
  /** ISO date-time for the header (the CLI passes SOURCE_DATE_EPOCH); default: newest article date. */
  builtAt?: string | null;
  /** Claim extraction for items that bring none (the CLI passes the claims stage's extractClaims). */
  extractClaims?: (article: Article) => ExtractedClaim[];
  /** Hash of the body; default: WebCrypto over the joined lines, which needs the body as one string. */
  hashLines?: LinesHasher;
}

export interface BuiltIndex {
  header: IndexHeader;
  records: IndexRecord[];
  /** The body, one line per record (no header, no newlines): what a streaming writer writes after the header. */
  lines(): Generator<string>;
  /** The whole file as one string: header line, then one record per line, newline-terminated. Made on first use;
   * past a few hundred megabytes (about 400k articles) V8 cannot hold it: write lines() instead. */
  readonly text: string;
}

/** SHA-256 hex of the body (lines joined by "\n"); the CLI passes a streaming one (lib/node/index-file.ts). */
export type LinesHasher = (lines: Iterable<string>) => Promise<string>;

const joinAndHash: LinesHasher = (lines) => sha256Hex([...lines].join('\n'));

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What the builder keeps of an item once it is analysed: the article without its body (only the lead names an
 * event), its claims and its features with the term counts packed. A million benchmark articles' texts do not fit
 * in memory together; their analyses do. */
interface Analysed {
  article: Article;
  event: BuildItem['event'];
  claims: ExtractedClaim[];
  raw: Omit<RawFeatures, 'tf'>;
  counts: PackedCounts | null;
}

/** Characters of the body kept as the lead (event titles tell a printed headline from the first sentence). */
const LEAD_CHARS = 400;

/** Analyse items one at a time, as they come. Ids must be unique: a repeated id (the same record twice in a folder)
 * gets "#2", "#3"… in input order. Returned in ordinal order: by publication day, then id, undated articles last,
 * so one day's articles are a run of ordinals and the header's day table (dayTable) finds them without reading a
 * record. */
function analyseAll(input: Iterable<BuildItem>, table: TermTable, opts: BuildOptions): Analysed[] {
  const seen = new Map<string, number>();
  const out: Analysed[] = [];
  for (const it of input) {
    const k = (seen.get(it.article.id) ?? 0) + 1;
    seen.set(it.article.id, k);
    const full = k === 1 ? it.article : { ...it.article, id: `${it.article.id}#${k}` };
    const { tf, ...raw } = it.raw ?? analyzeText(full);
    const claims = it.claims ?? opts.extractClaims?.(full) ?? [];
    const article = full.text.length > LEAD_CHARS ? { ...full, text: full.text.slice(0, LEAD_CHARS) } : full;
    out.push({ article, event: it.event, claims, raw, counts: table.add(tf) });
  }
  const day = new Map(out.map((a) => [a, dayOf(a.article.published) ?? Infinity]));
  return out.sort((a, b) => day.get(a)! - day.get(b)! || cmp(a.article.id, b.article.id));
}

/** The header's day table: [day, first ordinal of that day] pairs, flattened, ascending, one per day that has
 * articles (days since 1970-01-01), then [last day + 1, number of dated articles] to close the last run. Empty when
 * no article is dated. */
export function dayTable(days: readonly (number | null)[]): number[] {
  const out: number[] = [];
  let last: number | null = null;
  let dated = 0;
  days.forEach((d, i) => {
    if (d === null) return;
    if (d !== last) out.push(d, i);
    last = d;
    dated = i + 1;
  });
  if (last !== null) out.push(last + 1, dated);
  return out;
}

export async function buildIndex(input: Iterable<BuildItem>, opts: BuildOptions): Promise<BuiltIndex> {
  const table = new TermTable();
  const items = analyseAll(input, table, opts);
  const n = items.length;
  const dfOf = (t: string) => table.dfOf(t) || 1;
  const fps = items.map((it) => {
    const fp = toFingerprint(tfidfVector(table.unpack(it.counts!), dfOf, n, STORED_TERMS), it.raw, it.article.title);
    it.counts = null;
    return fp;
  });
  const profiles = fps.map((fp, i) => storedProfile(fp, items[i]!.article.published, items[i]!.article.title));

  // Copies: compare oldest first so the earliest version is the original.
  const order = items.map((_, i) => i).sort((a, b) => (profiles[a]!.day ?? Infinity) - (profiles[b]!.day ?? Infinity) || a - b);
  const copyIdx = findCopies(order.map((i) => profiles[i]!));
  const copyOf = new Array<number | null>(n).fill(null);
  order.forEach((i, k) => {
    if (copyIdx[k]! >= 0) copyOf[i] = order[copyIdx[k]!]!;
  });

  const assigned = assignEvents(
    items.map((it, i) => ({
      n: i,
      title: it.article.title,
      published: it.article.published,
      profile: profiles[i]!,
      gold: it.event ?? null,
      copyOf: copyOf[i]!,
      outlet: it.article.outlet ?? it.article.domain,
      lead: it.article.text.slice(0, LEAD_CHARS),
    })),
  );
  const { events, stories } = assignStories(assigned, (i) => profiles[i]!);
  const eventOf = new Map<number, string>();
  for (const e of events) for (const m of e.members) eventOf.set(m, e.id);

  const articles: ArticleRecord[] = items.map((it, i) => {
    const a = it.article;
    // The URL right after the ordinal: the Dexie loader reads both from the start of each line (record-keys.ts).
    return {
      k: 'a',
      n: i,
      url: a.url,
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      domain: a.domain,
      published: a.published,
      lang: a.lang,
      event: eventOf.get(i)!,
      copyOf: copyOf[i] === null ? null : items[copyOf[i]!]!.article.id,
      from: a.republishedFrom,
      fp: fps[i]!,
      claims: it.claims,
    };
  });

  const postings: (number[] | undefined)[] = [];
  const termId = new Map(table.terms.map((t, id) => [t, id]));
  fps.forEach((fp, i) => {
    for (let j = 0; j < fp.t.length; j += 2) {
      const id = termId.get(fp.t[j] as string)!;
      (postings[id] ??= []).push(i);
    }
  });
  // Terms seen once need no record: a query treats an unknown term as df 1, which is then exact.
  const terms: TermRecord[] = [];
  table.terms.forEach((t, id) => {
    const p = postings[id];
    if (table.df[id]! > 1 || p) terms.push({ k: 't', t, df: table.df[id]!, p: encodePostings(p ?? []) });
  });
  terms.sort((a, b) => cmp(a.t, b.t));

  const outletCount = new Map<string, OutletRecord>();
  for (const a of articles) {
    if (!a.outlet && !a.domain) continue;
    const key = `${a.outlet ?? ''}\u0000${a.domain ?? ''}`;
    const o = outletCount.get(key) ?? { k: 'o', name: a.outlet ?? a.domain!, domain: a.domain, articles: 0 };
    o.articles++;
    outletCount.set(key, o);
  }
  const outlets = [...outletCount.entries()].sort((a, b) => cmp(a[0], b[0])).map(([, o]) => o);

  const records: IndexRecord[] = [
    ...outlets,
    ...stories.sort((a, b) => cmp(a.id, b.id)),
    ...events.sort((a, b) => cmp(a.id, b.id)),
    ...terms,
    ...articles,
  ];
  function* lines(): Generator<string> {
    for (const r of records) yield JSON.stringify(r);
  }
  const newest = articles.reduce<string | null>((m, a) => (a.published && (!m || a.published > m) ? a.published : m), null);
  const header: IndexHeader = {
    format: INDEX_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    description: opts.description,
    builtAt: opts.builtAt ?? newest,
    builtAtSource: opts.builtAt ? 'SOURCE_DATE_EPOCH' : newest ? 'newest-article' : 'unknown',
    counts: {
      articles: n,
      events: events.length,
      stories: stories.length,
      outlets: outlets.length,
      terms: terms.length,
      lines: records.length,
    },
    days: encodeDays(dayTable(profiles.map((p) => p.day))),
    contentHash: `sha256:${await (opts.hashLines ?? joinAndHash)(lines())}`,
  };
  let text: string | null = null;
  return {
    header,
    records,
    lines,
    get text() {
      return (text ??= `${JSON.stringify(header)}\n${[...lines()].join('\n')}\n`);
    },
  };
}
