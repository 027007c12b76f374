// Builds the coverage index from extracted articles: fingerprints, copies, events, story threads, postings,
// outlets and claims, serialised as canonical lines. Deterministic: the same input gives byte-identical output
// (everything sorted, no clock; builtAt is given by the caller or is the newest article's date).
import type { Article } from '../types.js';
import type { ExtractedClaim } from '../claims/index.js';
import { analyzeText, type RawFeatures } from './features.js';
import { assignEvents, assignStories } from './events.js';
import { findCopies } from './neardup.js';
import { encodePostings, INDEX_FORMAT, SCHEMA_VERSION, sha256Hex } from './format.js';
import type { ArticleRecord, IndexHeader, IndexRecord, OutletRecord, TermRecord } from './format.js';
import { STORED_TERMS, tfidfVector, toFingerprint } from './weights.js';
import { storedProfile } from '../match/similarity.js';

export interface BuildItem {
  article: Article;
  /** Gold event label from the corpus (AllSides event_id, BASIL triplet…); unlabelled items are clustered. */
  event?: { id: string; title?: string | null } | null;
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
}

export interface BuiltIndex {
  header: IndexHeader;
  records: IndexRecord[];
  /** The whole file: header line, then one record per line, newline-terminated. */
  text: string;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ids must be unique: a repeated id (the same record twice in a folder) gets "#2", "#3"… in input order. */
function uniqueIds(items: readonly BuildItem[]): BuildItem[] {
  const seen = new Map<string, number>();
  return items.map((it) => {
    const k = (seen.get(it.article.id) ?? 0) + 1;
    seen.set(it.article.id, k);
    return k === 1 ? it : { ...it, article: { ...it.article, id: `${it.article.id}#${k}` } };
  });
}

export async function buildIndex(input: readonly BuildItem[], opts: BuildOptions): Promise<BuiltIndex> {
  const items = uniqueIds(input).sort((a, b) => cmp(a.article.id, b.article.id));
  const raws = items.map((it) => it.raw ?? analyzeText(it.article));
  const df = new Map<string, number>();
  for (const r of raws) for (const t of r.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = items.length;
  const fps = raws.map((r) => toFingerprint(tfidfVector(r.tf, (t) => df.get(t) ?? 1, n, STORED_TERMS), r));
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
      lead: it.article.text.slice(0, 400),
    })),
  );
  const { events, stories } = assignStories(assigned, (i) => profiles[i]!);
  const eventOf = new Map<number, string>();
  for (const e of events) for (const m of e.members) eventOf.set(m, e.id);

  const articles: ArticleRecord[] = items.map((it, i) => {
    const a = it.article;
    return {
      k: 'a',
      n: i,
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      domain: a.domain,
      url: a.url,
      published: a.published,
      lang: a.lang,
      event: eventOf.get(i)!,
      copyOf: copyOf[i] === null ? null : items[copyOf[i]!]!.article.id,
      from: a.republishedFrom,
      fp: fps[i]!,
      claims: it.claims ?? opts.extractClaims?.(a) ?? [],
    };
  });

  const postings = new Map<string, number[]>();
  fps.forEach((fp, i) => {
    for (let j = 0; j < fp.t.length; j += 2) {
      const t = fp.t[j] as string;
      const l = postings.get(t);
      if (l) l.push(i);
      else postings.set(t, [i]);
    }
  });
  // Terms seen once need no record: a query treats an unknown term as df 1, which is then exact.
  const terms: TermRecord[] = [...df.entries()]
    .filter(([t, d]) => d > 1 || postings.has(t))
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([t, d]) => ({ k: 't', t, df: d, p: encodePostings(postings.get(t) ?? []) }));

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
  const body = records.map((r) => JSON.stringify(r)).join('\n');
  const newest = articles.reduce<string | null>((m, a) => (a.published && (!m || a.published > m) ? a.published : m), null);
  const header: IndexHeader = {
    format: INDEX_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    description: opts.description,
    builtAt: opts.builtAt ?? newest,
    builtAtSource: opts.builtAt ? 'SOURCE_DATE_EPOCH' : newest ? 'newest-article' : 'unknown',
    counts: { articles: n, events: events.length, stories: stories.length, outlets: outlets.length, terms: terms.length, lines: records.length },
    contentHash: `sha256:${await sha256Hex(body)}`,
  };
  return { header, records, text: `${JSON.stringify(header)}\n${body}\n` };
}
