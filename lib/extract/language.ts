// Cheap language identification: the script of the letters, then function-word counts for Latin-script
// languages. A declared `lang` is often missing (plain-text captures never have one) or a template default, so the
// text check decides when it is confident and the declaration is the fallback.

const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/g, 'ja'], [/[\uac00-\ud7af]/g, 'ko'], [/[\u4e00-\u9fff]/g, 'zh'], [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0600-\u06ff]/g, 'ar'], [/[\u0590-\u05ff]/g, 'he'], [/[\u0370-\u03ff]/g, 'el'], [/[\u0900-\u097f]/g, 'hi'],
  [/[\u0e00-\u0e7f]/g, 'th'],
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

/** Enough text to judge; longer text only costs time. */
const SAMPLE = 4000;

/** Primary subtag of a declared language ("en-GB" → "en"), null when absent or malformed. */
export function primarySubtag(declared: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(declared ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** The text's language from its letters and function words; null when the sample is too small to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 40) return null;
  for (const [re, lang] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    // Japanese mixes kana with Han characters, so kana is checked first with a lower bar.
    if (n / letters > (lang === 'ja' ? 0.05 : 0.3)) return lang;
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
