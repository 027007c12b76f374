// Cheap language identification: the script of the letters, then function-word counts for Latin-script
// languages. A declared `lang` is often missing (plain-text captures never have one) or a template default, so the
// text check decides when it is confident and the declaration is the fallback.

/** Unicode blocks of non-Latin scripts → language (the script alone decides for these). */
const SCRIPTS: [number, number, string][] = [
  [0x3040, 0x30ff, 'ja'],
  [0xac00, 0xd7af, 'ko'],
  [0x4e00, 0x9fff, 'zh'],
  [0x0400, 0x04ff, 'ru'],
  [0x0600, 0x06ff, 'ar'],
  [0x0590, 0x05ff, 'he'],
  [0x0370, 0x03ff, 'el'],
  [0x0900, 0x097f, 'hi'],
  [0x0e00, 0x0e7f, 'th'],
];

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'with', 'on', 'as', 'by', 'he', 'said'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'ein', 'eine', 'den', 'von', 'zu', 'auf', 'sich', 'auch', 'dem'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'du', 'que', 'dans', 'pour', 'qui', 'pas', 'sur', 'au', 'avec'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'una', 'con', 'para', 'es', 'se', 'su', 'al'],
  pt: ['o', 'os', 'as', 'e', 'do', 'da', 'que', 'em', 'um', 'uma', 'para', 'com', 'não', 'no', 'na', 'dos'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'una', 'del', 'della', 'non', 'sono', 'con', 'nel', 'gli', 'le'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'niet', 'met', 'voor', 'zijn', 'ook', 'aan', 'er', 'maar'],
  pl: ['i', 'w', 'na', 'nie', 'się', 'z', 'do', 'że', 'to', 'jest', 'jak', 'co', 'po', 'od', 'za', 'przez'],
  cs: ['a', 'v', 'se', 'na', 'je', 'že', 'to', 's', 'z', 'do', 'o', 'k', 'jsou', 'ale', 'jak', 'tak'],
  sv: ['och', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'inte', 'om', 'ett'],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
  for (const w of list) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

/** Enough text to judge; longer text only costs time (this runs in the content script). */
const SAMPLE = 1200;

/** Primary subtag of a declared language ("en-GB" → "en"), null when absent or malformed. */
export function primarySubtag(declared: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(declared ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** The text's language from its letters and function words; null when the sample is too small to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  const perScript = new Array<number>(SCRIPTS.length).fill(0);
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x41) continue;
    if (c < 0x250) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0) letters++;
      continue;
    }
    letters++;
    for (let s = 0; s < SCRIPTS.length; s++) if (c >= SCRIPTS[s]![0] && c <= SCRIPTS[s]![1]) perScript[s]!++;
  }
  if (letters < 40) return null;
  for (let s = 0; s < SCRIPTS.length; s++) {
    // Japanese mixes kana with Han characters, so kana is checked first with a lower bar.
    const lang = SCRIPTS[s]![2];
    if (perScript[s]! / letters > (lang === 'ja' ? 0.05 : 0.3)) return lang;
  }
  const counts = new Map<string, number>();
  let total = 0;
  for (const w of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    total++;
    for (const lang of LOOKUP.get(w) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (!best || total < 20 || best[1] / total < 0.08) return null;
  return best[0];
}

/** What to report: the detected language when the text is clear, else the declared one. */
export function resolveLanguage(text: string, declared: string | null | undefined): string | null {
  return detectLanguage(text) ?? primarySubtag(declared);
}
