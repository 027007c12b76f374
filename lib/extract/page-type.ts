// What kind of page this is, from its structure and metadata, never its topic: JSON-LD @type, og:type, the URL's
// path, the section, the headline's form and the body's headings. Parallax compares reports of events; a product
// review, a how-to, a gift guide or an encyclopedia entry shares an event's words without reporting it (issue 19:
// a 2019 MacBook review matched a 2012 MacBook event, "How to watch the 21 best films of 2017" a developer quitting
// his job, Wikipedia's "Mozilla" an Internet Explorer patch). Pure and cheap: a few regular expressions over what
// the metadata scan and Readability already produced.

import type { PageType, PageTypeDecision } from '../types.js';
import { PAGE_TYPE_RULES, type PageSignals } from './page-type-rules.js';

export type { PageSignals, PageType, PageTypeDecision };

/** Page types that report or argue about an event: matched. The others get "Parallax compares news reports". */
export const EVENT_PAGE_TYPES: ReadonlySet<PageType> = new Set(['news', 'opinion', 'live']);

/** Below this summed weight nothing overrides the default: one weak sign (a "/views/" folder) is not enough. */
const MIN_WEIGHT = 2;

/** Decide the page's type: the type with the most rule weight, if it beats the news rules' and reaches MIN_WEIGHT. */
export function classifyPage(s: PageSignals): PageTypeDecision {
  const score = new Map<PageType, number>();
  const fired = new Map<PageType, string[]>();
  for (const r of PAGE_TYPE_RULES) {
    if (!r.test(s)) continue;
    score.set(r.type, (score.get(r.type) ?? 0) + r.weight);
    fired.set(r.type, [...(fired.get(r.type) ?? []), r.id]);
  }
  let best: PageType = 'news';
  let top = score.get('news') ?? 0;
  for (const [type, w] of score) {
    if (type !== 'news' && w >= MIN_WEIGHT && w > top) {
      best = type;
      top = w;
    }
  }
  return { type: best, rules: fired.get(best) ?? [] };
}

/** The reader's words for each type (the popup: "this looks like a product review"). */
export const PAGE_TYPE_LABEL: Record<PageType, string> = {
  news: 'a news report',
  opinion: 'an opinion piece',
  review: 'a product review',
  guide: 'a how-to, guide or list',
  reference: 'a reference page',
  live: 'a live blog',
  listing: 'a listing of articles',
};

/** Headings h2–h4 of the page's article container (else its main part, else the whole page), capped: enough to see
 * a numbered list or a verdict section, without a sidebar's numbered "Most read" headings. Read from the elements
 * the page scan collected in its one walk (page-scan.ts): no second query over the page. */
export function headingTexts(
  scan: { headings: readonly Element[]; article: Element | null; main: Element | null },
  max = 40,
): string[] {
  const root = scan.article ?? scan.main;
  const out: string[] = [];
  for (const h of scan.headings) {
    if (out.length >= max) break;
    if (root && !root.contains(h)) continue;
    const t = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) out.push(t.slice(0, 120));
  }
  return out;
}
