// Sentence splitting for claim extraction: the platform's Intl.Segmenter (Unicode sentence rules, nothing to bundle)
// plus a repair for abbreviations and initials it breaks after ("acting Kursk Gov. Alexander Khinshtein" in seed 001,
// "Roe v. Wade", "Judge James R. Brandlin").

/** Title and name abbreviations that end with a period but not a sentence. */
const ABBREV = /(?:^|\s)(?:Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Rev|Dr|Mr|Mrs|Ms|Prof|St|Mt|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Jr|Sr|Inc|Corp|Co|Ltd|vs?|etc|approx|est)\.\s*$/;
/** A middle initial after a name ("Superior Court Judge James R. Brandlin", "Minister M. Venkaiah Naidu", ECB+ and
 *  FNC-1 bodies, read as sentences ending there). */
const INITIAL = /(?:^|\s)\p{Lu}[\p{Ll}'’-]+\s\p{Lu}\.\s*$/u;

let segmenter: Intl.Segmenter | null = null;

/** Split plain text into trimmed sentences, in order. Paragraph breaks always end a sentence. */
export function splitSentences(text: string): string[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: string[] = [];
  for (const para of text.split(/\n\s*\n|\n(?=\s*\S)/)) {
    let pending = '';
    for (const { segment } of segmenter.segment(para)) {
      pending += segment;
      if (ABBREV.test(pending) || INITIAL.test(pending)) continue;
      const s = pending.replace(/\s+/g, ' ').trim();
      if (s) out.push(s);
      pending = '';
    }
    const rest = pending.replace(/\s+/g, ' ').trim();
    if (rest) out.push(rest);
  }
  return out;
}
