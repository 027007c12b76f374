// The page-type rules as data (issue 19), one a row with the case that motivated it: what the page declares (JSON-LD
// @type, og:type), where the site files it (URL path, section), the headline's form and the body's headings.
// page-type.ts weighs them; nothing here reads the topic.

import type { PageType } from '../types.js';

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
  {
    id: 'ld-news',
    type: 'news',
    weight: 1,
    test: ld(/^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle)$/),
  },
  { id: 'ld-opinion', type: 'opinion', weight: 3, test: ld(/^OpinionNewsArticle$/) },
  {
    id: 'ld-review',
    type: 'review',
    weight: 3,
    test: ld(/^(?:Review|ReviewNewsArticle|CriticReview|UserReview|EmployerReview)$/),
  },
  {
    id: 'ld-product',
    type: 'reference',
    weight: 3,
    test: ld(/^(?:Product|ProductGroup|SoftwareApplication|MobileApplication)$/),
  },
  { id: 'ld-howto', type: 'guide', weight: 3, test: ld(/^(?:HowTo|Recipe|FAQPage|Course)$/) },
  { id: 'ld-live', type: 'live', weight: 3, test: ld(/^LiveBlogPosting$/) },
  { id: 'ld-listing', type: 'listing', weight: 3, test: ld(/^(?:CollectionPage|SearchResultsPage|ProfilePage)$/) },
  { id: 'og-product', type: 'reference', weight: 3, test: (s) => /^(?:product|og:product|books?\.book)$/.test(s.ogType ?? '') },
  // The URL's path: where the site files the page.
  {
    id: 'url-opinion',
    type: 'opinion',
    weight: 2,
    test: path(/\/(?:opinions?|commentary|editorials?|op-?eds?|columns?|columnists?|views)\//),
  },
  // A folder or a slug that ends so ("/xbox-one-x-review/"); not "-review-" inside a slug ("court-to-review-case").
  { id: 'url-review', type: 'review', weight: 2, test: path(/\/reviews?\/|-(?:reviews?|hands-on)(?:\/|\.[a-z]+)?$/) },
  // Not "/best-" alone: "/best-buy-earnings-beat" is news about a company.
  {
    id: 'url-guide',
    type: 'guide',
    weight: 2,
    test: path(
      /\/(?:how-?to|guides?|gift-guides?|buying-guides?|recipes?|tutorials?)[/-]|\/(?:\d+-)?(?:best|ways|things|tips|reasons)-to-|\/best-[a-z-]+-(?:of|for)-(?:19|20)\d\d/,
    ),
  },
  { id: 'url-live', type: 'live', weight: 2, test: path(/\/(?:live|live-?updates?|liveblog|live-news)[/-]/) },
  // Wikipedia "Mozilla" (Readability test page "wikipedia") against a 2014 Internet Explorer patch.
  {
    id: 'url-wiki',
    type: 'reference',
    weight: 3,
    test: path(/(?:^|\.)(?:wikipedia|wiktionary|wikivoyage|fandom)\.[a-z]+\/|\/wiki\//),
  },
  // A section's front page: "us.yahoo.com/news/" (Readability test page yahoo-2), "nytimes.com/es/"; not an article
  // addressed by its query ("headlines.yahoo.co.jp/hl?a=20170309-…", yahoo-4).
  {
    id: 'url-section-front',
    type: 'listing',
    weight: 2,
    test: (s) => !/[?#]./.test(s.url ?? '') && path(/^[^/]+\/(?:[a-z]{2,12}\/?)?$/)(s),
  },
  {
    id: 'url-listing',
    type: 'listing',
    weight: 2,
    test: path(/\/(?:tags?|topics?|categor(?:y|ies)|search|archives?|authors?)\/[^/]*\/?$/),
  },
  {
    id: 'section-opinion',
    type: 'opinion',
    weight: 2,
    test: section(/^(?:opinion|opinions|commentary|editorials?|op-?ed|columns?)\b/i),
  },
  { id: 'section-review', type: 'review', weight: 2, test: section(/^reviews?\b/i) },
  // The headline's form: "16-inch MacBook Pro review: …", "Apple's Vision Pro hands-on: …" (The Verge).
  {
    id: 'title-review',
    type: 'review',
    weight: 2,
    test: title(
      /\breview\s*[:|–—]|[:|–—]\s*(?:\S+\s){0,3}review$|^review\b|\bhands-on\b(?!\s+(?:with|approach))|\b(?:first look|tested)\s*:/i,
    ),
  },
  // "How to watch the 21 best films of 2017", "PolitiFact's guide to understanding tariffs", "9to5Mac Gift Guide".
  {
    id: 'title-guide',
    type: 'guide',
    weight: 2,
    test: title(
      /^how to\b|\bgift guide\b|\b(?:buyer'?s?|beginner'?s?|ultimate|complete|quick)\s+guide\b|[’']s guide to\b|^(?:a |the |your )?guide to\b|^the \d+ best\b|^\d+\s+(?:best|ways|things|reasons|tips|tricks|places)\b|\bthe \d+ best\b|^(?:the )?best [\w\s-]+ (?:of|for) (?:19|20)\d\d\b/i,
    ),
  },
  { id: 'title-opinion', type: 'opinion', weight: 2, test: title(/^(?:opinion|op-ed|editorial|column|commentary)\s*[:|–—]/i) },
  {
    id: 'title-live',
    type: 'live',
    weight: 2,
    test: title(/\blive(?:\s+updates?|\s+blog)?\s*[:|–—]|\blive updates\b|\bas it happened\b/i),
  },
  { id: 'title-wiki', type: 'reference', weight: 3, test: title(/\s[-–—]\s(?:Wikipedia|Wiktionary)$/) },
  // The body's headings: a numbered list, a review's verdict, a recipe's steps, an encyclopedia's apparatus.
  { id: 'headings-numbered', type: 'guide', weight: 2, test: headings(/^(?:#?\d{1,2}[.):]|no\.\s*\d)\s*\S/i, 4) },
  {
    id: 'headings-verdict',
    type: 'review',
    weight: 2,
    test: headings(
      /^(?:(?:the |our )?verdict|pros(?: and cons)?|cons|specs|specifications|should you buy(?: it)?\??|bottom line|price and availability|rating)\b/i,
      2,
    ),
  },
  {
    id: 'headings-steps',
    type: 'guide',
    weight: 2,
    test: headings(/^(?:step \d+|ingredients|instructions|directions|method|what you(?:'|’)ll need)\b/i, 2),
  },
  {
    id: 'headings-reference',
    type: 'reference',
    weight: 2,
    test: headings(/^(?:references|external links|see also|further reading|notes|bibliography)$/i, 2),
  },
];
