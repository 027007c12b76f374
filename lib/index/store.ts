// What matching and the report need from an index, whatever holds it: memory (CLI, tests) or Dexie (extension).
// Every query is by key, so a large index is never loaded whole to answer one article.
import type { ArticleRecord, EventRecord, IndexHeader, StoryRecord } from './format.js';

export interface IndexStore {
  /** The loaded index's header, or null when none is loaded. */
  header(): Promise<IndexHeader | null>;
  /** Articles whose canonical URL is this one (normalised by the caller with normalizeUrl). */
  byUrl(url: string): Promise<ArticleRecord[]>;
  /** Document frequency of the given terms over the index; absent terms are left out. */
  df(terms: readonly string[]): Promise<Map<string, number>>;
  /** Ordinals of the articles whose fingerprint holds each term (decoded); kept apart from df so the
   * matcher reads long lists only for the few terms that head its query. Typed arrays: a long list costs the
   * garbage collector nothing to trace. */
  postings(terms: readonly string[]): Promise<Map<string, Int32Array>>;
  /** Articles by ordinal, in the order asked; unknown ordinals are left out. */
  articles(ordinals: readonly number[]): Promise<ArticleRecord[]>;
  events(ids: readonly string[]): Promise<EventRecord[]>;
  story(id: string): Promise<StoryRecord | null>;
}

/** URL key used to find an article by address: no scheme, no www., no query string or fragment, no trailing slash. */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase().replace(/^(www|m|amp)\./, '');
    const path = u.pathname.replace(/\/(amp|index\.html?)?$/, '').replace(/\/+$/, '');
    return `${host}${path}`;
  } catch {
    return url.trim().toLowerCase();
  }
}
