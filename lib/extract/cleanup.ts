// Clean-up of what Readability keeps: element rules (cleanup-dom.ts), then named rules on text blocks. Each rule
// removes one kind of non-article text and names the benchmark page that showed it (id prefix and site, from
// ../shared/data/article-extraction-benchmark). Headings and list items are spared the "short fragment" rule.
import { lineKey, wordCount } from './capture-lines.js';
import { isTeaserHeading } from './capture-chrome.js';
import { removeFurniture } from './cleanup-dom.js';
import { dedupeKeyed } from './dedupe-paragraphs.js';
import { textBlocks, type TextBlock } from './dom-text.js';
import { parseAbsoluteDate } from './printed-date.js';

export interface CleanContext {
  title: string;
  /** The page's byline and URL, when known: printed again in the body they are not article text. */
  byline?: string | null;
  url?: string | null;
}

/** No rule looks at blocks longer than this many words (the longest limit below). */
const LONGEST_RULE = 60;

type Rule = { name: string; drops: (b: TextBlock) => boolean };

const SENTENCE_END = /[.!?…"”’)]$/;
const DATE_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d{1,4}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|\b(?:est|edt|cst|pst|gmt|utc|ist|et|pt)\b|\b(?:st|nd|rd|th)\b/gi;
const MONTH_OR_TIME =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}:\d{2}\b/i;
const UI_STRING =
  /^(?:sign in|log ?in|sign up|register|home|menu|search|advert(?:isement)?|ads?|iklan|sponsored|comments?|\d+ comments?|post comment.*|reply|share(?: this)?|tweet|email|e-mail|print|enlarge(?: this)? image|caption|close|next|previous|prev|skip(?: to content)?|back to top|loading(?: content)?|view (?:gallery|author archive|comments)|email the author|follow on twitter|image \d+ of \/? ?\d+|\d+ of \d+|getty(?: images)?|video|photos?|gallery|read more|show more|more)\W*$/i;
const inTable = (b: TextBlock) => b.tag === 'TD' || b.tag === 'TH';
const AGENCY =
  /\b(?:getty(?: images)?|ap(?: photo)?|reuters|afp|epa|bloomberg|shutterstock|istock(?:photo)?|associated press|ap file|file photo|handout)\)?\.?$/i;

const RULES: Rule[] = [
  {
    // dateline-byline: "By Justine Coleman - 11/18/19 11:04 PM EST" (thehill 6ebac05f63), "Published 10:02 AM EST
    // Nov 19, 2019" (usatoday 776a1c0467), "November 18, 2019 | 4:10pm" (nypost 432362af0b), "18 NOV 2019" (sciencealert 14cc2a0ca5).
    name: 'dateline-byline',
    drops: (b) => {
      if (b.inList || b.heading || b.words > 20) return false;
      // The date test first: most short blocks have none, and then the two replaces below are not needed.
      if (!MONTH_OR_TIME.test(b.text) && parseAbsoluteDate(b.text) === null) return false;
      const rest = b.text
        .replace(DATE_WORDS, ' ')
        .replace(/\b(?:published|updated|posted|first published|last updated|by|on|at|today|yesterday)\b/gi, ' ');
      return wordCount(rest) <= 1 || /^(?:by|published|updated|posted|first published)\b[^.]{0,80}\d/i.test(b.text);
    },
  },
  {
    // caption-credit: "Photo: Damian Dovarganes, AP" (ctpost 05844573ca), "Image copyright Getty Images" (bbc
    // 70cb2d5bca), "(Image: © TNG Collaboration)" (livescience 3c5bf8db42), "… treatmentCredit: EPA" (thesun 8b19453030).
    name: 'caption-credit',
    drops: (b) =>
      b.words <= 60 &&
      (/^\(?(?:image|photo|picture|video)s?\s*(?:copyright|caption|credit)?\s*[:|©(]/i.test(b.text) ||
        /credit:\s*[^.]{1,60}$/i.test(b.text) ||
        (b.words <= 12 && AGENCY.test(b.text))),
  },
  {
    // label-teaser: one-line pointers to other stories — "Related: The 15 Weirdest Galaxies" (livescience
    // 3c5bf8db42), "SEE MORE: …" (express 624fcd903d), "[Related: …]" (crn 291a8bf33e), "On HoustonChronicle.com: …" (chron 9ebb3af656).
    name: 'label-teaser',
    drops: (b) =>
      b.words <= 30 &&
      /^\[?(?:related(?: post| stories| articles?)?|see (?:more|also)|read (?:more|also|next)|also read|also|more|watch|listen|recommended|on [\w.-]+\.(?:com|org|net|co\.uk))\s*:/i.test(
        b.text,
      ),
  },
  {
    // promo-newsletter: "Subscribe to NJ.com's newsletters" (nj.com 3f65af7b6b), "Sign up for The Water Coolest"
    // (dealbreaker 55bb6340e3), "Follow Newsbeat on Instagram …" (bbc 70cb2d5bca), "Have a tip? … may be reached at" (nj.com).
    name: 'promo-newsletter',
    drops: (b) =>
      b.words <= 50 &&
      /\b(?:newsletters?|sign up (?:for|to|here)|subscribe (?:to|now|today)|delivered (?:to|right in) your inbox|in your inbox|follow (?:[\w.@'’-]+ ){1,3}on (?:twitter|facebook|instagram|x)|have a (?:news )?tip\b|may be reached at|join our [\w ]{1,30}forums?)\b/i.test(
        b.text,
      ),
  },
  {
    // copyright-line: "The contents of this site are ©2019 Capitol Hill Publishing" (thehill 6ebac05f63),
    // "Copyright @ 2019 The New Arab." (albawaba 833caf3bdb), photo credits "© Amazon" (msn 9eef8162bb).
    name: 'copyright-line',
    drops: (b) =>
      b.words <= 40 &&
      (/^(?:©|\(c\)\s|copyright\b)/i.test(b.text) || /\ball rights reserved\b|contents of this site are ©/i.test(b.text)),
  },
  {
    // contributor-credit: "(Reporting by …, editing by …)" (venturebeat 06e5123e4e), "Associated Press writers … contributed
    // to this report." (ap 82b6d780c7), "SOURCE: News agencies" (aljazeera 7916ecca96), "Phil Helsel is a reporter for NBC News." (nbcnews 7a457a4f71).
    name: 'contributor-credit',
    drops: (b) =>
      b.words <= 50 &&
      (/^\(?(?:additional )?(?:reporting|writing|editing) by\b/i.test(b.text) ||
        /contributed to this (?:report|story|article)\.?\)?$/i.test(b.text) ||
        /^source\s*:/i.test(b.text) ||
        /^(?:[A-Z][\w.'-]+ ){1,3}is an? (?:staff |senior |freelance )?(?:reporter|writer|editor|correspondent|journalist|contributor|producer|columnist)\b[^.]{0,80}\.$/.test(
          b.text,
        )),
  },
  {
    // ui-string: buttons and labels left in the body — "Sign In", "Advert", "Comments", "Enlarge Image", "Caption",
    // "Close", "View author archive" (ctpost 05844573ca, morebikes 612cd29826, nypost a1fca19b88). Short bold lines
    // in general are subheadings the gold keeps (pv-magazine b0cf2bbf01 "Module efficiency"), so only UI words go.
    name: 'ui-string',
    drops: (b) => !b.heading && b.text.length <= 40 && UI_STRING.test(b.text),
  },
  {
    // link-block: a short block that is nearly all link text is a pointer elsewhere (thesun 8b19453030 teasers, aljazeera 42aad16bde).
    name: 'link-block',
    drops: (b) =>
      !b.inList && !inTable(b) && b.words <= 25 && b.linkChars / b.text.length >= 0.8 && !/^(?:https?:\/\/|www\.)/i.test(b.text),
  },
];

/**
 * teaser-heading: "You may also like…" (cleveland 35b158918c), "Trending" (ap 82b6d780c7), "DON'T MISS" (express
 * 624fcd903d), "More from UK" (sky 921019755f): the heading and the short or link-only blocks under it go.
 */
function dropTeaserSections(blocks: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  let inTeasers = false;
  for (const b of blocks) {
    if (b.words <= 8 && isTeaserHeading(b.text.replace(/[.…]+$/, ''))) {
      inTeasers = true;
      continue;
    }
    if (inTeasers && (b.linkChars / b.text.length >= 0.5 || (b.words <= 15 && !SENTENCE_END.test(b.text)))) continue;
    inTeasers = false;
    out.push(b);
  }
  return out;
}

export function cleanArticle(root: Element, ctx: CleanContext): string[] {
  removeFurniture(root);
  // repeated-metadata: the headline, the byline ("Tom Krisher, Ap Auto Writer") and the page's own URL printed in
  // the body (ctpost 05844573ca prints all three above the text).
  const metaKeys = new Set(
    [ctx.title, ctx.byline, ctx.byline && `By ${ctx.byline}`, ctx.url].filter((x): x is string => !!x).map(lineKey),
  );
  // Long paragraphs are prose: every rule is for short blocks, so they skip the rules.
  // Each block's key is computed once and shared by the repeated-metadata test and the duplicate rule.
  const texts: string[] = [];
  const keys: string[] = [];
  const words: number[] = [];
  for (const b of dropTeaserSections(textBlocks(root))) {
    const key = lineKey(b.text);
    if (b.words <= LONGEST_RULE && (metaKeys.has(key) || RULES.some((r) => r.drops(b)))) continue;
    texts.push(b.text);
    keys.push(key);
    words.push(b.words);
  }
  return dedupeKeyed(texts, keys, words);
}

/** For tests and the benchmark: which rule (if any) drops a block. */
export function ruleFor(block: TextBlock): string | null {
  return RULES.find((r) => r.drops(block))?.name ?? null;
}
