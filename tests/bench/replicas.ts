// Benchmark corpora at any size from the real labelled corpora: replica k of a real article renames about
// half of its words with a replica-specific suffix (the same words in the whole replica), so each replica of
// an event is a distinct event that still reads like news and shares structure with its siblings — the
// look-alike situation ECB+ tests, repeated at scale. Dates shift by 40 days per replica (mod 3600 days).
import type { Article } from '../../lib/types.js';
import type { CorpusItem } from '../../lib/node/corpora.js';
import { stableHash } from '../eval/split.js';

function suffix(k: number): string {
  return `q${k.toString(36)}`;
}

export function perturbText(text: string, k: number): string {
  if (k === 0) return text;
  const s = suffix(k);
  return text.replace(/\p{L}{3,}/gu, (w) => (stableHash(`${w.toLowerCase()}|${k}`) % 2 === 0 ? `${w}${s}` : w));
}

function shiftDate(iso: string | null, k: number): string | null {
  if (!iso || k === 0) return iso;
  const t = Date.parse(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return Number.isFinite(t) ? new Date(t + ((k * 40) % 3600) * 86_400_000).toISOString().slice(0, 10) : iso;
}

/** Id of replica k of an article or event id. */
export function replicaId(id: string, k: number): string {
  return k ? `${id}~${k}` : id;
}

export function replica(item: CorpusItem, k: number): CorpusItem {
  const a: Article = item.article;
  return {
    article: {
      ...a,
      id: replicaId(a.id, k),
      title: perturbText(a.title, k),
      text: perturbText(a.text, k),
      url: a.url && k ? `${a.url}${a.url.includes('?') ? '&' : '?'}r=${k}` : a.url,
      published: shiftDate(a.published, k),
    },
    event: { id: replicaId(item.event.id, k), title: perturbText(item.event.title, k) },
  };
}

/** Item i of the benchmark corpus: replica ⌊i/|base|⌋ of base item i mod |base|. */
export function replicaAt(base: readonly CorpusItem[], i: number): CorpusItem {
  return replica(base[i % base.length]!, Math.floor(i / base.length));
}

/** `n` items: replicas 0, 1, 2… of the base corpus, cut at n. */
export function* replicas(base: readonly CorpusItem[], n: number): Generator<CorpusItem> {
  for (let i = 0; i < n; i++) yield replicaAt(base, i);
}

/** A query for a held-out item: its text with every fourth sentence dropped, so it is not a near-duplicate. */
export function queryOf(item: CorpusItem): Article {
  const sentences = item.article.text.split(/(?<=[.!?])\s+/);
  const kept = sentences.filter((_, i) => sentences.length < 4 || i % 4 !== 3);
  return { ...item.article, id: `${item.article.id}?q`, url: null, text: kept.join(' ') };
}
