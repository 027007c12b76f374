// The page's readable part, copied in short slices before anything parses it (issue 23): Readability's cost grows
// with the square of DOM depth, so six hidden chains of 9,000 elements froze a tab for 34 s under an element cap
// that did not bound depth. One iterative walk measures depth, elements and text, leaves out what is never read
// (hidden subtrees, scripts, styles, media) and yields between slices, so the page stays responsive; a page past
// the bounds is refused as "too complex" before any parser sees it. Pure: the document and the clock are passed in.

import { isSkipped, surelyOver } from './copy-rules.js';

/** Deeper than any article we have seen (news pages nest 20–60 levels); Readability at 1,000 levels takes 0.16 s. */
export const MAX_DEPTH = 250;
/** Visible elements copied; past this Readability's own pass is one long task (about 40 ms per 10,000 here). */
export const MAX_COPY_ELEMENTS = 20_000;
export const MAX_COPY_CHARS = 2_000_000;

export interface CopyOptions {
  /** A new empty HTML document to copy into (the caller's `document.implementation.createHTMLDocument('')`). */
  target: Document;
  /** Resolves when the page may run again (an idle callback or a timeout); the walk never runs longer than a slice. */
  pause: () => Promise<void>;
  now: () => number;
  sliceMs?: number;
  limits?: { depth: number; elements: number; chars: number };
}

export type CopyResult =
  | { ok: true; doc: Document; elements: number; maxDepth: number; slices: number }
  | { ok: false; message: string; slices: number };

const CHECK_EVERY = 64;

/** Where one walk stands: slices taken so far and when the current one began. */
interface Pace {
  opts: CopyOptions;
  sliceMs: number;
  slices: number;
  sliceStart: number;
  visited: number;
}

/** True when the slice is spent (checked every CHECK_EVERY nodes, so the clock is not read per node). */
const spent = (p: Pace): boolean => ++p.visited % CHECK_EVERY === 0 && p.opts.now() - p.sliceStart > p.sliceMs;

/** Yields to the page; false when the node the walk stands on left the page meanwhile. */
async function yieldToPage(p: Pace, node: Node): Promise<boolean> {
  await p.opts.pause();
  p.slices++;
  p.sliceStart = p.opts.now();
  return node.isConnected;
}

/**
 * Visits every node but skipped subtrees in document order, iteratively (a hostile page nests deeper than the call
 * stack), slice by slice. `visit` gets the node and its depth and answers whether to descend; a string stops the
 * walk with that reason. `up` is called once per level climbed back. Within a slice the walk is plain synchronous
 * code: awaiting per node made a promise per node, and the garbage of 40,000 of them cost a 25 ms collection.
 */
async function walk(
  root: Element,
  p: Pace,
  visit: (node: Node, depth: number) => boolean | string,
  up: () => void,
): Promise<string | null> {
  let depth = 1;
  let node: Node | null = root.firstChild;
  while (node) {
    // The page removed what we stood on while we waited: what was walked so far is what there is.
    if (spent(p) && !(await yieldToPage(p, node))) return null;
    const verdict = visit(node, depth);
    if (typeof verdict === 'string') return verdict;
    if (verdict && node.firstChild) {
      depth++;
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
      up();
    }
    node = node && node !== root && depth > 0 ? node.nextSibling : null;
  }
  return null;
}

/** 20000 → "20,000" without Intl: the first `toLocaleString` in a content script's world loads ICU's number
 *  data, one task of 30–130 ms measured in Chromium, longer than the whole walk it reports on. */
const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const tooComplex = (why: string): string => `This page is too complex to read on your device (${why}).`;

/**
 * Measures `doc`'s readable part (depth, visible elements, text) and refuses a page past the bounds; only then
 * copies it into `opts.target`. Both passes run slice by slice; measuring first means a refused page costs no copy.
 */
export async function readingCopy(doc: Document, opts: CopyOptions): Promise<CopyResult> {
  const limits = opts.limits ?? { depth: MAX_DEPTH, elements: MAX_COPY_ELEMENTS, chars: MAX_COPY_CHARS };
  const root = doc.documentElement;
  const p: Pace = { opts, sliceMs: opts.sliceMs ?? 4, slices: 1, sliceStart: opts.now(), visited: 0 };
  if (!root) return { ok: false, message: 'the page has no content', slices: 0 };
  // A page far past the element bound is refused on the browser's own counts, before the walk makes a wrapper a node.
  const tooMany = `more than ${count(limits.elements)} visible elements`;
  const counting = () => opts.pause().then(() => void p.slices++);
  if (await surelyOver(root, limits.elements, counting)) return { ok: false, message: tooComplex(tooMany), slices: p.slices };
  p.sliceStart = opts.now();
  let elements = 0;
  let chars = 0;
  let maxDepth = 0;
  const refused = await walk(
    root,
    p,
    (node, depth) => {
      if (node.nodeType === 3) {
        chars += (node as Text).length;
        return chars > limits.chars ? `more than ${count(limits.chars)} characters of text` : false;
      }
      if (node.nodeType !== 1 || isSkipped(node as Element)) return false;
      if (++elements > limits.elements) return tooMany;
      if (depth > limits.depth) return `elements nested more than ${count(limits.depth)} levels deep`;
      maxDepth = Math.max(maxDepth, depth);
      return true;
    },
    () => undefined,
  );
  if (refused) return { ok: false, message: tooComplex(refused), slices: p.slices };

  const out = opts.target;
  for (const name of root.getAttributeNames()) out.documentElement.setAttribute(name, root.getAttribute(name) ?? '');
  out.documentElement.replaceChildren();
  // parents[d - 1] is the copy of the live node at depth d on the current path: the walk moves one level at a time.
  const parents: Node[] = [out.documentElement];
  let copied = 0;
  await walk(
    root,
    p,
    (node) => {
      const keep = node.nodeType === 3 || (node.nodeType === 1 && !isSkipped(node as Element));
      // The page may have grown between the passes: the bounds hold for the copy too.
      if (!keep || (node.nodeType === 1 && ++copied > limits.elements)) return false;
      const copy = out.importNode(node, false);
      parents[parents.length - 1]!.appendChild(copy);
      if (node.nodeType !== 1 || !node.firstChild || parents.length >= limits.depth) return false;
      parents.push(copy);
      return true;
    },
    () => void parents.pop(),
  );
  return { ok: true, doc: out, elements: Math.min(copied, elements), maxDepth, slices: p.slices };
}
