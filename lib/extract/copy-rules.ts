// What the reading copy leaves out, and a count of what it keeps made by the browser alone (issue 23). The walk in
// reading-copy.ts touches every node from script, which costs a JS wrapper per node in the content script's world
// and, on a page of 58,000 visible spans, minor collections of 20 ms each (Chromium sweeps every wrapper's weak
// handle): input waited 42 ms against 7 ms without Parallax. The lower bound here reads only native counts, so a
// page far past the element bound is refused before one node reaches script.

/** Never read as text (JSON-LD scripts are kept: the metadata reads them). */
const SKIP = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'picture',
  'select',
];
const SKIP_SET = new Set(SKIP);

/** Hidden as Readability's own `_isProbablyVisible` sees it: it removes these before scoring, so leaving them out
 *  changes nothing it reads, and a hidden deep chain costs us a skipped subtree instead of a walk. */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !/\bfallback-image\b/.test(el.getAttribute('class') ?? '')) return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i.test(style);
}

export function isSkipped(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'script') return el.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json';
  return SKIP_SET.has(tag) || isHidden(el);
}

/** Where every root `isSkipped` accepts is found, one simple selector each: one list of them all cost one task
 *  of 20–100 ms on 58,000 elements in Chromium, one selector a few ms, and the page runs between them. */
const LEFT_OUT = ['[hidden]', '[aria-hidden]', '[style]', ...SKIP];
/** Past this many candidates the count is not worth making (each reaches script): the walk decides. */
const MAX_ROOTS = 2_000;

/** Elements under `el`: a live collection's length, counted by the browser without handing script a node.
 *  (linkedom, which Node's runs use, answers 0 for '*' there: its querySelectorAll counts instead.) */
const elementsUnder = (el: Element): number => el.getElementsByTagName('*').length || el.querySelectorAll('*').length;

/**
 * Whether `root` surely holds more than `limit` elements the walk would copy, from the browser's counts: all its
 * elements minus every left-out subtree (nested ones subtracted twice, which only lowers the bound). `pause`
 * runs between queries. Stops as soon as the bound falls to the limit, so the subtrees it counts never add up to
 * more than the page; a page under the limit costs one count.
 */
export async function surelyOver(root: Element, limit: number, pause: () => Promise<void>): Promise<boolean> {
  let left = elementsUnder(root);
  if (left <= limit) return false;
  let seen = 0;
  for (const query of LEFT_OUT) {
    await pause();
    const found = root.querySelectorAll(query);
    if ((seen += found.length) > MAX_ROOTS) return false;
    for (const el of found) {
      if (!isSkipped(el)) continue;
      left -= 1 + elementsUnder(el);
      if (left <= limit) return false;
    }
  }
  return true;
}
