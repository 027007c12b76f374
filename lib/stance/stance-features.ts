// Features that tell agree / disagree / discuss apart once a body is known to address the headline: hashed
// headline and body n-grams, the body sentences that restate the headline, and denial/hedging cue counts near
// headline terms (FNC-1 baseline "refuting" and Athene "hedging" features; disagree pairs in train_stances.csv
// such as hoax/"not dead" stories carry these words in the headline or in the restating sentences).
import { CONFIRM, HEDGE, REFUTE, isNegator } from './cues.js';
import { idfOf, type IdfTable } from './idf.js';
import type { PreparedText } from './prepare.js';
import { RELATE_FEATURES } from './relate-features.js';
import { SparseBuilder, countInto, type SparseVector } from './sparse.js';

/** Body sentences kept as "restating" sentences: the ones sharing most headline terms. */
const KEY_SENTENCES = 3;
/** Words either side of a headline term within which a negator or denial word counts as aimed at it. */
const NEAR = 4;

const CUES = { refute: REFUTE, hedge: HEDGE, confirm: CONFIRM } as const;

export function stanceFeatures(
  head: PreparedText, body: PreparedText, idf: IdfTable, related: number[], size: number,
): SparseVector {
  const f = new SparseBuilder(size);

  // Headline unigrams and bigrams over all words (stopwords kept: "not", "no", "?" matter for stance).
  const headGrams = new Map<string, number>();
  head.stems.forEach((s, i) => {
    countInto(headGrams, s);
    if (i > 0) countInto(headGrams, `${head.stems[i - 1]}_${s}`);
  });
  if (head.question) countInto(headGrams, '?');
  f.addBag('h:', headGrams, 1, false);

  // Body content terms (topic) — weak across claims, so given half the weight of the restating sentences.
  f.addBag('b:', body.tf, 0.5);

  const key = keySentences(head, body, idf);
  const keyGrams = new Map<string, number>();
  body.stems.forEach((s, i) => {
    if (!key.has(body.sentence[i]!)) return;
    countInto(keyGrams, s);
    if (i > 0 && body.sentence[i - 1] === body.sentence[i]) countInto(keyGrams, `${body.stems[i - 1]}_${s}`);
  });
  f.addBag('k:', keyGrams, 1);

  // Cue rates: in the headline, in the whole body, in restating sentences, and next to headline terms.
  const near = nearHeadTerms(head, body);
  for (const [name, list] of Object.entries(CUES)) {
    const inHead = head.words.filter((w) => list.has(w)).length;
    let inBody = 0, inKey = 0, inNear = 0;
    body.words.forEach((w, i) => {
      if (!list.has(w)) return;
      inBody++;
      if (key.has(body.sentence[i]!)) inKey++;
      if (near[i]) inNear++;
    });
    f.add(`c:${name}:head`, Math.min(inHead, 3));
    f.add(`c:${name}:head>0`, inHead > 0 ? 1 : 0);
    f.add(`c:${name}:body`, Math.min(1, (20 * inBody) / (body.words.length + 20)));
    f.add(`c:${name}:key`, Math.min(inKey, 4) / 2);
    f.add(`c:${name}:near`, Math.min(inNear, 4) / 2);
    f.add(`c:${name}:head&key`, inHead > 0 && inKey > 0 ? 1 : 0);
  }
  let negNear = 0;
  body.words.forEach((w, i) => { if (near[i] && isNegator(w)) negNear++; });
  f.add('c:negNear', Math.min(negNear, 4) / 2);
  const headNeg = head.words.some(isNegator);
  f.add('c:headNeg', headNeg ? 1 : 0);
  f.add('c:headNeg&negNear', headNeg && negNear > 0 ? 1 : 0);
  f.add('c:question', head.question ? 1 : 0);
  // Short "bodies" are Emergent headlines (claim vs headline pairs); let the model treat them apart.
  f.add('c:short', body.words.length < 40 ? 1 : 0);
  f.add('c:bodyLength', Math.min(1, Math.log1p(body.words.length) / 8));

  RELATE_FEATURES.forEach((name, i) => {
    const v = related[i]!;
    f.add(`r:${name}`, v);
    f.add(`r:${name}:${Math.min(4, Math.floor(v * 5))}`, 1);
  });
  f.add('bias', 1);
  return f.build();
}

/** Indices of the body sentences with the largest IDF-weighted share of headline terms. */
function keySentences(head: PreparedText, body: PreparedText, idf: IdfTable): Set<number> {
  const score = new Float64Array(body.sentenceCount);
  const seen = new Set<string>();
  body.stems.forEach((s, i) => {
    if (!body.content[i] || !head.tf.has(s)) return;
    const k = `${body.sentence[i]} ${s}`;
    if (seen.has(k)) return;
    seen.add(k);
    score[body.sentence[i]!]! += idfOf(idf, s);
  });
  const order = [...score.keys()].filter((i) => score[i]! > 0).sort((a, b) => score[b]! - score[a]! || a - b);
  return new Set(order.slice(0, KEY_SENTENCES));
}

/** For each body word: is it within NEAR words of a headline content term (same sentence)? */
function nearHeadTerms(head: PreparedText, body: PreparedText): boolean[] {
  const out = new Array<boolean>(body.words.length).fill(false);
  body.stems.forEach((s, i) => {
    if (!body.content[i] || !head.tf.has(s)) return;
    const sent = body.sentence[i];
    for (let j = Math.max(0, i - NEAR); j <= Math.min(body.words.length - 1, i + NEAR); j++) {
      if (body.sentence[j] === sent) out[j] = true;
    }
  });
  return out;
}
