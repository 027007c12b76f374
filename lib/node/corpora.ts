// Loaders that turn the labelled corpora in ../shared/data into articles with their gold event, for the
// default index, the matching evaluation and the benchmark (Node only; texts are read at run time, never copied).
import { readFileSync } from 'node:fs';
import type { Article } from '../types.js';
import type { BuildItem } from '../index/build.js';
import { sharedPath } from './paths.js';
import { readBodies, readEmergentClaims, uuidV1Day } from './fnc1.js';
import { dateFromUrl } from '../extract/url-date.js';
import { parse } from 'csv-parse/sync';

export type CorpusName = 'fnc1' | 'allsides' | 'basil' | 'newswcl50' | 'ecbplus';
export const CORPORA: readonly CorpusName[] = ['allsides', 'basil', 'newswcl50', 'ecbplus', 'fnc1'];

export interface CorpusItem extends BuildItem {
  /** `date`: the event's day from the source data when its articles carry none (FNC-1). */
  event: { id: string; title: string; date?: string | null };
  /** Events of the same kind that must stay apart (ECB+ look-alike pairs share a topic). */
  topic?: string;
}

function jsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^(www|m|amp)\./, '');
  } catch {
    return null;
  }
}

/** First sentence as a title for corpora that carry none (FNC-1 bodies, NewsWCL50), cut at 140 characters. */
function leadTitle(text: string): string {
  const first = text.trim().split(/(?<=[.!?])\s+/)[0] ?? '';
  return first.length > 140 ? `${first.slice(0, 137).replace(/\s+\S*$/, '')}…` : first;
}

function article(p: Partial<Article> & Pick<Article, 'id' | 'title' | 'text'>): Article {
  return {
    byline: null,
    siteName: null,
    outlet: null,
    domain: domainOf(p.url),
    url: null,
    published: null,
    lang: 'en',
    republishedFrom: null,
    ...p,
  };
}

export function loadAllSides(): CorpusItem[] {
  type A = { source: string; title: string; url: string; excerpt_paragraphs: string[] };
  type E = { event_id: number; headline: string; topic: string; date: string; articles: A[] };
  return jsonl<E>(sharedPath('data/allsides-roundups/events.jsonl')).flatMap((e) =>
    e.articles.map((a, i) => ({
      article: article({
        id: `allsides:${e.event_id}:${i + 1}`,
        title: a.title,
        text: a.excerpt_paragraphs.join('\n\n'),
        outlet: a.source.replace(/\s*\([^)]*\)\s*$/, ''),
        url: a.url,
        published: e.date.slice(0, 10),
      }),
      event: { id: `allsides:${e.event_id}`, title: e.headline },
      topic: `allsides:${e.topic}`,
    })),
  );
}

const BASIL_OUTLET: Record<string, string> = { fox: 'Fox News', nyt: 'The New York Times', hpo: 'HuffPost' };

export function loadBasil(): CorpusItem[] {
  type B = {
    event_id: string;
    article_id: string;
    source: string;
    title: string;
    date: string;
    url: string;
    main_event?: string;
    paragraphs: string[][];
  };
  return jsonl<B>(sharedPath('data/basil/articles.jsonl')).map((b) => {
    // BASIL repeats the headline as the first paragraph; the title already carries it.
    const paras = b.paragraphs.map((p) => p.join(' '));
    if (paras[0]?.trim() === b.title.trim()) paras.shift();
    return {
      article: article({
        id: `basil:${b.article_id}`,
        title: b.title,
        text: paras.join('\n\n'),
        outlet: BASIL_OUTLET[b.source] ?? b.source,
        url: b.url,
        published: b.date || null,
      }),
      event: { id: `basil:${b.event_id}`, title: b.main_event || b.title },
    };
  });
}

export function loadNewsWcl50(): CorpusItem[] {
  type N = { event_id: number; article_id: string; outlet: string; url: string; paragraphs: string[] };
  const rows = jsonl<N>(sharedPath('data/newswcl50/articles.jsonl'));
  return rows.map((r) => {
    const text = r.paragraphs.join('\n\n');
    return {
      // The corpus gives no dates; four of its five outlets file articles under a dated URL path (/2018/04/17/).
      article: article({
        id: `newswcl50:${r.article_id}`,
        title: leadTitle(text),
        text,
        outlet: r.outlet,
        url: r.url,
        published: dateFromUrl(r.url),
      }),
      event: {
        id: `newswcl50:${r.event_id}`,
        title: leadTitle(rows.find((x) => x.event_id === r.event_id)!.paragraphs[0] ?? ''),
      },
    };
  });
}

export function loadEcbPlus(): CorpusItem[] {
  type D = { doc_id: string; topic: number; subtopic: string; title: string; text: string };
  return jsonl<D>(sharedPath('data/ecbplus/docs.jsonl')).map((d) => ({
    // 61 documents carry their whole (short) text in `title` and none in `text`.
    article: article({ id: `ecbplus:${d.doc_id}`, title: d.title || leadTitle(d.text), text: d.text.trim() ? d.text : d.title }),
    event: { id: `ecbplus:${d.subtopic}`, title: d.title || leadTitle(d.text) },
    topic: `ecbplus:${d.topic}`,
  }));
}

/** FNC-1 bodies grouped by their Emergent claim. Bodies whose claim vote share is below 0.8 are left out:
 * their cluster label is uncertain (41 of 1,662, see data/fnc1/README.md). Titles are each body's lead
 * sentence, not the paired headlines, which are shared across a claim and would leak the label. */
export function loadFnc1(): CorpusItem[] {
  const bodies = readBodies(sharedPath('data/fnc1/train_bodies.csv'));
  const claims = new Map(readEmergentClaims(sharedPath('data/emergent/claims.jsonl')).map((c) => [c.claimId, c.claim]));
  const rows = parse(readFileSync(sharedPath('data/fnc1/train_body_claims.csv'), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];
  const out: CorpusItem[] = [];
  for (const r of rows) {
    const text = bodies.get(r.body_id!.trim());
    const claimId = r.emergent_claim_id!;
    if (!text || Number(r.vote_share) < 0.8) continue;
    out.push({
      article: article({ id: `fnc1:${r.body_id!.trim()}`, title: leadTitle(text), text }),
      // Bodies are undated; the event is dated by the day Emergent logged its claim (uuidV1Day).
      event: { id: `fnc1:${claimId}`, title: claims.get(claimId) ?? leadTitle(text), date: uuidV1Day(claimId) },
    });
  }
  return out;
}

export function loadCorpus(name: CorpusName): CorpusItem[] {
  switch (name) {
    case 'allsides':
      return loadAllSides();
    case 'basil':
      return loadBasil();
    case 'newswcl50':
      return loadNewsWcl50();
    case 'ecbplus':
      return loadEcbPlus();
    case 'fnc1':
      return loadFnc1();
  }
}
