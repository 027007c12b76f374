// What kind of page this is, from its structure and metadata, never its topic: JSON-LD @type, og:type, the URL's
// path, the section, the headline's form and the body's headings. Parallax compares reports of events; a product
// review, a how-to, a gift guide or an encyclopedia entry shares an event's words without reporting it (issue 19:
// a 2019 MacBook review matched a 2012 MacBook event, "How to watch the 21 best films of 2017" a developer quitting
// his job, Wikipedia's "Mozilla" an Internet Explorer patch). Pure and cheap: a few regular expressions over what
// the metadata scan and Readability already produced.

import type { PageType, PageTypeDecision } from '../types.js';

export type { PageType, PageTypeDecision };

/** Page types that report or argue about an event: matched. The others get "Parallax compares news reports". */
export const EVENT_PAGE_TYPES: ReadonlySet<PageType> = new Set(['news', 'opinion', 'live']);

/** What the page tells about itself. */
export interface PageSignals {
  /** Every JSON-LD @type on the page. */
  ldTypes: readonly string[];
  ogType: string | null;
  url: string | null;
  section: string | null;
  title: string;
  /** Text of the body's h2–h4 headings, in order. */
  headings: readonly string[];
}

interface Rule {
  id: string;
  type: PageType;
  /** Strength: metadata the site declares weighs 3, the URL and the headline's form 2, headings 1-2. */
  weight: number;
  test: (s: PageSignals) => boolean;
}

const ld = (re: RegExp) => (s: PageSignals) => s.ldTypes.some((t) => re.test(t));
const path = (re: RegExp) => (s: PageSignals) => {
  if (!s.url) return false;
  try {
    const u = new URL(s.url);
    return re.test(`${u.hostname}${u.pathname}`.toLowerCase());
  } catch {
    return false;
  }
};
const title = (re: RegExp) => (s: PageSignals) => re.test(s.title);
const section = (re: RegExp) => (s: PageSignals) => !!s.section && re.test(s.section);
const headings = (re: RegExp, min: number) => (s: PageSignals) => s.headings.filter((h) => re.test(h)).length >= min;

/** The rules, one a row, each with the case that motivated it. */
export const PAGE_TYPE_RULES: readonly Rule[] = [
  // Declared by the site (schema.org types, og:type).
  // NewsArticle is what most sites declare for every page, guides and columns too: a weak sign.
  { id: 'ld-news', type: 'news', weight: 1, test: ld(/^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle)$/) },
  { id: 'ld-opinion', type: 'opinion', weight: 3, test: ld(/^OpinionNewsArticle$/) },
  { id: 'ld-review', type: 'review', weight: 3, test: ld(/^(?:Review|ReviewNewsArticle|CriticReview|UserReview|EmployerReview)$/) },
  { id: 'ld-product', type: 'reference', weight: 3, test: ld(/^(?:Product|ProductGroup|SoftwareApplication|MobileApplication)$/) },
  { id: 'ld-howto', type: 'guide', weight: 3, test: ld(/^(?:HowTo|Recipe|FAQPage|Course)$/) },
  { id: 'ld-live', type: 'live', weight: 3, test: ld(/^LiveBlogPosting$/) },
  { id: 'ld-listing', type: 'listing', weight: 3, test: ld(/^(?:CollectionPage|SearchResultsPage|ProfilePage)$/) },
  { id: 'og-product', type: 'reference', weight: 3, test: (s) => /^(?:product|og:product|books?\.book)$/.test(s.ogType ?? '') },
  // The URL's path: where the site files the page.
  { id: 'url-opinion', type: 'opinion', weight: 2, test: path(/\/(?:opinions?|commentary|editorials?|op-?eds?|columns?|columnists?|views)\//) },
  // A folder or a slug that ends so ("/xbox-one-x-review/"); not "-review-" inside a slug ("court-to-review-case").
  { id: 'url-review', type: 'review', weight: 2, test: path(/\/reviews?\/|-(?:reviews?|hands-on)(?:\/|\.[a-z]+)?$/) },
  // Not "/best-" alone: "/best-buy-earnings-beat" is news about a company.
  { id: 'url-guide', type: 'guide', weight: 2, test: path(/\/(?:how-?to|guides?|gift-guides?|buying-guides?|recipes?|tutorials?)[/-]|\/(?:\d+-)?(?:best|ways|things|tips|reasons)-to-|\/best-[a-z-]+-(?:of|for)-(?:19|20)\d\d/) },
  { id: 'url-live', type: 'live', weight: 2, test: path(/\/(?:live|live-?updates?|liveblog|live-news)[/-]/) },
  // Wikipedia "Mozilla" (Readability test page "wikipedia") against a 2014 Internet Explorer patch.
  { id: 'url-wiki', type: 'reference', weight: 3, test: path(/(?:^|\.)(?:wikipedia|wiktionary|wikivoyage|fandom)\.[a-z]+\/|\/wiki\//) },
  // A section's front page: "us.yahoo.com/news/" (Readability test page yahoo-2), "nytimes.com/es/"; not an article
  // addressed by its query ("headlines.yahoo.co.jp/hl?a=20170309-…", yahoo-4).
  { id: 'url-section-front', type: 'listing', weight: 2, test: (s) => !/[?#]./.test(s.url ?? '') && path(/^[^/]+\/(?:[a-z]{2,12}\/?)?$/)(s) },
  { id: 'url-listing', type: 'listing', weight: 2, test: path(/\/(?:tags?|topics?|categor(?:y|ies)|search|archives?|authors?)\/[^/]*\/?$/) },
  { id: 'section-opinion', type: 'opinion', weight: 2, test: section(/^(?:opinion|opinions|commentary|editorials?|op-?ed|columns?)\b/i) },
  { id: 'section-review', type: 'review', weight: 2, test: section(/^reviews?\b/i) },
  // The headline's form: "16-inch MacBook Pro review: …", "Apple's Vision Pro hands-on: …" (The Verge).
  { id: 'title-review', type: 'review', weight: 2, test: title(/\breview\s*[:|–—]|[:|–—]\s*(?:\S+\s){0,3}review$|^review\b|\bhands-on\b(?!\s+(?:with|approach))|\b(?:first look|tested)\s*:/i) },
  // "How to watch the 21 best films of 2017", "PolitiFact's guide to understanding tariffs", "9to5Mac Gift Guide".
  { id: 'title-guide', type: 'guide', weight: 2, test: title(/^how to\b|\bgift guide\b|\b(?:buyer'?s?|beginner'?s?|ultimate|complete|quick)\s+guide\b|[’']s guide to\b|^(?:a |the |your )?guide to\b|^the \d+ best\b|^\d+\s+(?:best|ways|things|reasons|tips|tricks|places)\b|\bthe \d+ best\b|^(?:the )?best [\w\s-]+ (?:of|for) (?:19|20)\d\d\b/i) },
  { id: 'title-opinion', type: 'opinion', weight: 2, test: title(/^(?:opinion|op-ed|editorial|column|commentary)\s*[:|–—]/i) },
  { id: 'title-live', type: 'live', weight: 2, test: title(/\blive(?:\s+updates?|\s+blog)?\s*[:|–—]|\blive updates\b|\bas it happened\b/i) },
  { id: 'title-wiki', type: 'reference', weight: 3, test: title(/\s[-–—]\s(?:Wikipedia|Wiktionary)$/) },
  // The body's headings: a numbered list, a review's verdict, a recipe's steps, an encyclopedia's apparatus.
  { id: 'headings-numbered', type: 'guide', weight: 2, test: headings(/^(?:#?\d{1,2}[.):]|no\.\s*\d)\s*\S/i, 4) },
  { id: 'headings-verdict', type: 'review', weight: 2, test: headings(/^(?:(?:the |our )?verdict|pros(?: and cons)?|cons|specs|specifications|should you buy(?: it)?\??|bottom line|price and availability|rating)\b/i, 2) },
  { id: 'headings-steps', type: 'guide', weight: 2, test: headings(/^(?:step \d+|ingredients|instructions|directions|method|what you(?:'|’)ll need)\b/i, 2) },
  { id: 'headings-reference', type: 'reference', weight: 2, test: headings(/^(?:references|external links|see also|further reading|notes|bibliography)$/i, 2) },
];

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
export function headingTexts(scan: { headings: readonly Element[]; article: Element | null; main: Element | null }, max = 40): string[] {
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
