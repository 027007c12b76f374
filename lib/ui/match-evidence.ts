// Words for "why this matched": the page-type decision and the date evidence, as the reader should read them.
import type { DateEvidence, PageDateSource, PageTypeDecision } from '../types.js';
import { PAGE_TYPE_LABEL } from '../extract/page-type.js';

const DATE_SOURCE: Record<PageDateSource, string> = {
  metadata: "from the page's metadata",
  printed: 'as printed on the page',
  url: "from the page's address",
  'first-seen': 'when you first opened it (the page gives no date)',
};

/** Rule id prefix → what the rule read (lib/extract/page-type-rules.ts PAGE_TYPE_RULES). */
const RULE_SOURCE: [RegExp, string][] = [
  [/^ld-/, 'its schema.org type'],
  [/^og-/, 'its og:type'],
  [/^url-/, 'its address'],
  [/^section-/, 'its section'],
  [/^title-/, 'its headline'],
  [/^headings-/, 'its headings'],
];

/** "a product review, from its schema.org type and its headline"; a plain news report says it found no other sign. */
export function describePageType(d: PageTypeDecision): string {
  const from = [...new Set(d.rules.map((r) => RULE_SOURCE.find(([re]) => re.test(r))?.[1]).filter((x): x is string => !!x))];
  if (!from.length) return `${PAGE_TYPE_LABEL[d.type]} (nothing on the page says otherwise)`;
  const list = from.length > 1 ? `${from.slice(0, -1).join(', ')} and ${from[from.length - 1]}` : from[0];
  return `${PAGE_TYPE_LABEL[d.type]}, from ${list}`;
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

function distance(days: number): string {
  if (days === 0) return 'within the event’s dates';
  if (days < 60) return `${plural(days, 'day')} apart`;
  if (days < 730) return `${plural(Math.round(days / 30.4), 'month')} apart`;
  return `${plural(Math.round(days / 365.25), 'year')} apart`;
}

/** One line on the dates: the page's, the event's, how far apart, and what that did to the confidence. */
export function describeDates(d: DateEvidence): string {
  const page = d.page ? `this page ${d.page.date} (${DATE_SOURCE[d.page.source]})` : 'this page undated';
  const span = d.event ? (d.event.first === d.event.last ? d.event.first : `${d.event.first} to ${d.event.last}`) : null;
  const event = span ? `the event ${span}` : 'the event undated in the index';
  const gap = d.gapDays === null ? '' : `: ${distance(d.gapDays)}`;
  const effect =
    d.factor >= 1
      ? d.page && d.event
        ? '; the dates fit'
        : '; the dates could not be compared'
      : d.factor <= 0
        ? '; too far apart to be the same event'
        : `; the dates leave ${Math.round(d.factor * 100)}% of the confidence the words give`;
  return `${page}, ${event}${gap}${effect}.`;
}
