// Tokenises a headline or body once (words, stems, sentences, numbers, names) so every feature reads the same view.
import { fold, isStopword, stem, words } from '../text/tokens.js';

export interface PreparedText {
  /** Folded word tokens in text order. */
  words: string[];
  /** Stem of each word (aligned with `words`); stopwords keep their folded form. */
  stems: string[];
  /** Whether each word is a content word (not a stopword, ≥ 2 letters). */
  content: boolean[];
  /** Sentence index of each word. */
  sentence: number[];
  sentenceCount: number;
  /** Raw text of each sentence (indexed like `sentence`), for the rule-based readings in rule-features.ts. */
  sentences: string[];
  /** Content-stem counts. */
  tf: Map<string, number>;
  /** Number tokens ("43", "15"). */
  numbers: Set<string>;
  /** Folded capitalised words that are not sentence-initial: a cheap stand-in for named entities. */
  names: Set<string>;
  /** Whether the text contains a question mark (questions hedge: "Is Kim Jong Un dead?"). */
  question: boolean;
}

/** Sentence ends: . ! ? (optionally closed by a quote) followed by space, or a blank line. */
const SENTENCE_END = /(?<=[.!?]["”’')]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])|\n\s*\n/u;
const CAPITALISED = /(?<![.!?]\s|^)\b\p{Lu}[\p{L}'’]+/gu;

/** What a word type contributes, computed once per type (stemming and stopword checks dominate the cost). */
export interface WordInfo {
  stem: string;
  content: boolean;
  number: boolean;
}

export function prepare(text: string, cache: Map<string, WordInfo> = new Map()): PreparedText {
  const out: PreparedText = {
    words: [],
    stems: [],
    content: [],
    sentence: [],
    sentenceCount: 0,
    sentences: [],
    tf: new Map(),
    numbers: new Set(),
    names: new Set(),
    question: text.includes('?'),
  };
  const sentences = text.split(SENTENCE_END);
  for (const s of sentences) {
    const ws = words(s);
    if (ws.length === 0) continue;
    const index = out.sentenceCount++;
    out.sentences.push(s.trim());
    for (const w of ws) {
      let info = cache.get(w);
      if (info === undefined) {
        const content = w.length >= 2 && !isStopword(w);
        info = { stem: content ? stem(w) : w, content, number: /^\p{N}+$/u.test(w) };
        cache.set(w, info);
      }
      out.words.push(w);
      out.stems.push(info.stem);
      out.content.push(info.content);
      out.sentence.push(index);
      if (info.content) out.tf.set(info.stem, (out.tf.get(info.stem) ?? 0) + 1);
      if (info.number) out.numbers.add(w);
    }
    if (/\p{Lu}/u.test(s)) {
      for (const m of s.matchAll(CAPITALISED)) {
        const f = fold(m[0]).replace(/'s$/, '');
        if (!isStopword(f)) out.names.add(f);
      }
    }
  }
  return out;
}

/** Adjacent content-stem pairs ("mass grave", "grave mexico"), the bigrams both feature sets use. */
export function contentBigrams(p: PreparedText): Set<string> {
  const out = new Set<string>();
  let prev: string | null = null;
  for (let i = 0; i < p.stems.length; i++) {
    if (!p.content[i]) continue;
    const st = p.stems[i]!;
    if (prev !== null) out.add(`${prev} ${st}`);
    prev = st;
  }
  return out;
}
