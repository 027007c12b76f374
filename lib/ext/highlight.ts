// In-page highlight of one sentence: found by its text among the page's text nodes (whitespace, quotes, dashes and
// case may differ between the extracted article and the live page), wrapped in <mark> elements, and removed by
// restoring the very same text nodes. Takes the Document, so it runs the same in the page and in linkedom tests.

export const MARK_CLASS = 'parallax-highlight';
/** Inline and !important: a page's own `mark {…}` rules must not add padding or change the layout. */
const MARK_STYLE: Record<string, string> = {
  'background-color': '#ffe58a',
  color: 'inherit',
  padding: '0',
  margin: '0',
  border: '0',
  font: 'inherit',
  'box-shadow': '0 0 0 2px #ffe58a',
  'border-radius': '0',
};

/** Folds one character for comparison; '' drops it (soft hyphen, zero-width marks). */
function foldChar(c: string): string {
  if (/[\u00ad\u200b-\u200d\u2060\ufeff]/.test(c)) return '';
  if (/\s/.test(c)) return ' ';
  if (/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/.test(c)) return '"';
  if (/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/.test(c)) return "'";
  if (/[\u2010-\u2015\u2212]/.test(c)) return '-';
  return c.toLowerCase();
}

/** Folds a sentence the way page text is folded: one space between words, no leading or trailing space. */
export function foldText(s: string): string {
  let out = '';
  for (const ch of s) {
    const f = foldChar(ch);
    if (f === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += f;
  }
  return out.trimEnd();
}

interface Pos {
  node: Text;
  offset: number;
}

/**
 * The page's visible text, folded and WITHOUT whitespace, with the node and offset every kept character came from.
 * Whitespace is dropped on both sides because page and extracted text disagree on it both ways: a link inside a
 * sentence ("would open <a>next spring</a>, officials") splits it into nodes with or without spaces around them,
 * and Readability's paragraphs gain or lose spaces the page has.
 */
function collect(doc: Document): { text: string; map: Pos[] } {
  const map: Pos[] = [];
  let text = '';
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const parent = node.parentElement;
    if (!parent || parent.closest('script,style,noscript,template,textarea,select')) continue;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const f = foldChar(data[i]!);
      if (!f || f === ' ') continue;
      text += f;
      map.push({ node, offset: i });
    }
  }
  return { text, map };
}

const compact = (words: string[]): string => words.join('');

/** Where a sentence starts and ends in the page, or null. Falls back to its first 12 words (the page may break it
 *  differently, e.g. a footnote mark inside it), never to fewer than 6. */
function locate(text: string, sentence: string): [number, number] | null {
  const words = foldText(sentence).split(' ');
  const target = compact(words);
  if (target.length < 8) return null;
  const at = text.indexOf(target);
  if (at >= 0) return [at, at + target.length];
  for (let n = Math.min(12, words.length - 1); n >= 6; n -= 2) {
    const prefix = compact(words.slice(0, n));
    const i = text.indexOf(prefix);
    if (i >= 0) return [i, i + prefix.length];
  }
  return null;
}

interface Wrapped {
  original: Text;
  originalData: string;
  added: Node[];
}
const active = new WeakMap<Document, Wrapped[]>();

/** Text.splitText, written out: the same in every DOM (linkedom, used by the tests, lacks it). */
function splitAt(doc: Document, node: Text, offset: number): Text {
  const rest = doc.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode!.insertBefore(rest, node.nextSibling);
  return rest;
}

/** Highlights the sentence (clearing any earlier highlight first); returns the first mark, or null if not found. */
export function highlightSentence(doc: Document, sentence: string): HTMLElement | null {
  clearHighlight(doc);
  const { text, map } = collect(doc);
  const span = locate(text, sentence);
  if (!span) return null;
  const start = map[span[0]]!;
  const last = map[span[1] - 1]!;
  // Text nodes the span touches, in document order, with the range inside each.
  const pieces: { node: Text; from: number; to: number }[] = [];
  for (let i = span[0]; i < span[1]; i++) {
    const p = map[i]!;
    const cur = pieces[pieces.length - 1];
    if (cur && cur.node === p.node) cur.to = p.offset + 1;
    else pieces.push({ node: p.node, from: p.node === start.node ? start.offset : p.offset, to: p.offset + 1 });
  }
  if (pieces.length && pieces[pieces.length - 1]!.node === last.node) pieces[pieces.length - 1]!.to = last.offset + 1;
  const wrapped: Wrapped[] = [];
  let first: HTMLElement | null = null;
  for (const { node, from, to } of pieces) {
    const originalData = node.data;
    const middle = from > 0 ? splitAt(doc, node, from) : node;
    const after = to - from < middle.data.length ? splitAt(doc, middle, to - from) : null;
    const mark = doc.createElement('mark');
    mark.className = MARK_CLASS;
    mark.setAttribute('data-parallax', '');
    for (const [k, v] of Object.entries(MARK_STYLE)) mark.style.setProperty(k, v, 'important');
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    first ??= mark;
    const added: Node[] = [mark];
    if (middle !== node) added.push(middle);
    if (after) added.push(after);
    wrapped.push({ original: node, originalData, added });
  }
  active.set(doc, wrapped);
  return first;
}

/** Removes our marks and gives each split text node back its whole text: the page's own nodes are restored as they were. */
export function clearHighlight(doc: Document): void {
  const wrapped = active.get(doc);
  active.delete(doc);
  for (const w of wrapped ?? []) {
    const mark = w.added[0] as Element;
    if (w.original.parentNode === mark) mark.parentNode?.insertBefore(w.original, mark);
    w.original.data = w.originalData;
    for (const n of w.added) if (n !== w.original) n.parentNode?.removeChild(n);
  }
  // Marks left from a content script that was reloaded (its WeakMap is gone): unwrap them.
  for (const mark of Array.from(doc.querySelectorAll(`mark.${MARK_CLASS}`))) {
    mark.replaceWith(...Array.from(mark.childNodes));
  }
}
