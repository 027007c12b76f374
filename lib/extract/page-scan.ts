// One bounded pass over a page that gathers everything the cheap checks and the metadata need: element and text
// counts (for "too-large"), whether any visible text exists (for "empty"), and the meta, link, base, time and
// JSON-LD elements. One walk instead of one query each keeps our cost beside Readability's small (issue 3 target).

/** Pages beyond these are refused with "too-large": Readability's work grows with the DOM (issue 3: 20 MB pages). */
export const MAX_ELEMENTS = 60_000;
export const MAX_TEXT_CHARS = 5_000_000;
/** Bound the JSON we keep: a hostile page can ship megabytes of it. */
const MAX_JSONLD_CHARS = 1_000_000;

/** Elements whose text is not visible page text (and, but for JSON-LD, not read at all). */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'title']);

export interface PageScan {
  hasText: boolean;
  metas: Element[];
  links: Element[];
  bases: Element[];
  times: Element[];
  jsonLd: string[];
  /** h2–h4 elements, the first MAX_HEADINGS (the page type reads them), and the first <article> and <main>. */
  headings: Element[];
  article: Element | null;
  main: Element | null;
}

const MAX_HEADINGS = 200;

export type ScanResult = { ok: true; scan: PageScan } | { ok: false; message: string };

export function scanPage(doc: Document, limits = { elements: MAX_ELEMENTS, chars: MAX_TEXT_CHARS }): ScanResult {
  const scan: PageScan = {
    hasText: false,
    metas: [],
    links: [],
    bases: [],
    times: [],
    jsonLd: [],
    headings: [],
    article: null,
    main: null,
  };
  const root = doc.documentElement;
  if (!root) return { ok: true, scan };
  let elements = 0;
  let chars = 0;
  let jsonBudget = MAX_JSONLD_CHARS;
  // Iterative: a hostile page can nest deeper than the call stack.
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 1) {
      if (++elements > limits.elements) return { ok: false, message: `page has more than ${limits.elements} elements` };
      const el = node as Element;
      // localName: HTML parsing lower-cases it already, where tagName upper-cases it again on every read.
      const tag = el.localName;
      if (tag === 'meta') scan.metas.push(el);
      else if (tag === 'link') scan.links.push(el);
      else if (tag === 'base') scan.bases.push(el);
      else if (tag === 'time') scan.times.push(el);
      else if (tag === 'h2' || tag === 'h3' || tag === 'h4') {
        if (scan.headings.length < MAX_HEADINGS) scan.headings.push(el);
      } else if (tag === 'article') scan.article ??= el;
      else if (tag === 'main') scan.main ??= el;
      else if (tag === 'script' && el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') {
        const text = el.textContent ?? '';
        if (text.length <= jsonBudget) {
          jsonBudget -= text.length;
          scan.jsonLd.push(text);
        }
      }
      descend = !NOT_TEXT.has(tag);
    } else if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      chars += v.length;
      if (chars > limits.chars) return { ok: false, message: `page has more than ${limits.chars} characters of text` };
      if (!scan.hasText && /\S/.test(v)) scan.hasText = true;
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return { ok: true, scan };
}
