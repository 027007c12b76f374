// Site chrome in plain-text captures: teaser lists, app and newsletter promotions, disclaimers, footers,
// navigation. Each rule is named after what it removes and the seed that showed it.
import { isBodyLike, wordCount } from './capture-lines.js';
import { parseRepublished } from './printed-source.js';

const heading = (alternatives: string[]) => new RegExp(`^(?:${alternatives.join('|')})\\s*:?$`, 'i');

/**
 * teaser-heading: a heading that introduces other stories — "Related Articles" (001), "You May Also Like" (002),
 * "You may also like" (003), "TRENDING", "OPINION / BLOG / INTERVIEW", "Latest News" (004). Whole lines only, so
 * "Latest news with #UkraineIncursion" (000's listing heading) is not one.
 */
export const TEASER_HEADING = heading([
  String.raw`(?:related|similar|recommended|suggested|more|other|latest|top|popular|trending|recent|featured)\s+(?:articles?|stories|posts|news|reads?|content|videos?|headlines)(?:\s+for\s+you)?`,
  String.raw`you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)`,
  String.raw`(?:read|see|watch)\s+(?:more|next|also)`,
  String.raw`also\s+(?:read|see|watch)`,
  String.raw`more\s+(?:from|on|in)\s+.{1,40}`,
  String.raw`(?:don'?t|do\s+not)\s+miss`,
  'recommended(?:\\s+for\\s+you)?',
  String.raw`trending(?:\s+now)?`,
  String.raw`most\s+(?:read|popular|viewed|shared)`,
  String.raw`breaking(?:\s+news)?`,
  String.raw`editor'?s\s+picks?`,
  String.raw`in\s+case\s+you\s+missed\s+it`,
  String.raw`what\s+to\s+read\s+next`,
  // Section-menu headings joined by slashes ("OPINION / BLOG / INTERVIEW", 004).
  String.raw`(?:opinion|blogs?|interviews?|analysis|features?|videos?|podcasts?)(?:\s*/\s*(?:opinion|blogs?|interviews?|analysis|features?|videos?|podcasts?))+`,
]);

/** app-promo: "DOWNLOAD THE APP" (000), "Get the app"; everything after it is the site's footer. */
const APP_PROMO = /^(?:download|get|install)\s+(?:the|our)\s+(?:\w+\s+)?app\b/i;

/** comments-block: "Comments", "No comments yet..." (001); reader comments are not the article. */
const COMMENTS = heading([
  String.raw`comments?(?:\s+\(\d+\))?`,
  String.raw`(?:no|\d+)\s+comments?(?:\s+yet)?\.*`,
  String.raw`leave\s+a\s+(?:comment|reply)`,
  String.raw`join\s+the\s+(?:conversation|discussion)`,
]);

/** footer: copyright and legal lines (004: "© Copyright 2025", "VisionRI | Disclaimer | Terms of use | Privacy Policy"). */
const FOOTER = /^(?:©|\(c\)\s|copyright\b|all rights reserved)|\b(?:privacy policy|terms of (?:use|service))\b.*\|/i;

/** newsletter: sign-up boxes ("Enter Your Information Below To Receive Latest News", "Subscribe to our Newsletter", 002/004). */
const NEWSLETTER =
  /\b(?:subscribe to (?:our|the) newsletter|sign up (?:for|to) (?:our|the)|receive (?:the )?latest news|newsletter|opt(?:ing)? ?-?(?:in|out)\b|we hate spam|your (?:information|privacy|email) is (?:secure|safe|protected))/i;

/** disclaimer: legal disclaimers of the host site ("Disclaimer: TheSmartCitizenReport.com, its managers …", 002). */
const DISCLAIMER =
  /^(?:disclaimer\b|the company is not affiliated|(?:this|the) (?:content|information) (?:is|provided) (?:for|by)\b.*\b(?:informational|research) purposes)/i;

/** image-credit: captions and AI-image notices ("This image is AI-generated and does not depict …", 004). */
const IMAGE_CREDIT =
  /^(?:(?:photo|image|picture|file photo|credit|source|illustration)\s*(?:credit)?\s*[:|]|\((?:photo|image)[^)]*\)$|this image is ai-generated\b|(?:photo|image) (?:by|courtesy of|via)\b)/i;

/**
 * nav-chrome: one-line UI strings of the page frame ("Connect with us", "Hi, what are you looking for?" 002,
 * "logo", "#" 000, "Left Menu", "Give Feedback", "LinkedIn Quora Youtube RSS" 004, "Hashtags" 001).
 */
const NAV = heading([
  'logo',
  '#+',
  'menu',
  String.raw`(?:left|right|main)\s+menu`,
  String.raw`skip\s+to\s+(?:main\s+)?content`,
  String.raw`connect\s+(?:with|on)\s+us`,
  String.raw`follow\s+us(?:\s+on\s+.{1,30})?`,
  String.raw`share(?:\s+(?:this|on\s+\w+))?`,
  'advertisement',
  'sponsored',
  'hashtags',
  String.raw`hi,?\s+what\s+are\s+you\s+looking\s+for\?`,
  'search',
  String.raw`give\s+feedback`,
  String.raw`sign\s+in|log\s+in|register`,
  String.raw`(?:(?:linkedin|quora|youtube|rss|facebook|twitter|x|instagram|telegram|whatsapp|tiktok)\s*)+`,
  String.raw`try\s+our\s+ai\s+features`,
]);

export function isTeaserHeading(line: string): boolean {
  return TEASER_HEADING.test(line);
}

/** Lines dropped wherever they appear. */
export function isChromeLine(line: string): boolean {
  if (NAV.test(line) || IMAGE_CREDIT.test(line) || DISCLAIMER.test(line)) return true;
  return wordCount(line) <= 60 && NEWSLETTER.test(line);
}

/** Lines after which, once the article has started, nothing belongs to it. */
function isTerminal(line: string): boolean {
  return TEASER_HEADING.test(line) || APP_PROMO.test(line) || COMMENTS.test(line) || FOOTER.test(line);
}

export interface ChromeCut {
  /** Remaining lines, blank lines kept as '' (they separate blocks). */
  lines: string[];
  /** Source named by a republication notice, which also ends the article (002). */
  republishedFrom: string | null;
}

/**
 * Cut a capture's lines at the first terminal marker after the article has started; before it has started, a
 * teaser heading drops itself and the block under it (a "BREAKING NEWS" ticker above the headline).
 */
export function cutChrome(lines: string[]): ChromeCut {
  const out: string[] = [];
  let started = false;
  let skippingBlock = false;
  let republishedFrom: string | null = null;
  for (const line of lines) {
    if (line === '') {
      skippingBlock = false;
      out.push(line);
      continue;
    }
    if (skippingBlock) continue;
    const source = parseRepublished(line);
    if (source) {
      republishedFrom = source;
      // At the foot of the article the notice closes it; at the top ("Originally published on …") it is a header.
      if (started) break;
      continue;
    }
    if (started) {
      if (isTerminal(line)) break;
    } else if (isTerminal(line)) {
      skippingBlock = true;
      continue;
    }
    if (isChromeLine(line)) continue;
    if (isBodyLike(line)) started = true;
    out.push(line);
  }
  return { lines: out, republishedFrom };
}
