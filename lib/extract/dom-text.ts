// Extracted article element → text blocks, one per block element, with what the clean-up rules need to judge them
// (the block's tag, whether it sits in a list or heading, how much of it is link text). Only text is read.
import { wordCount } from './capture-lines.js';

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'UL',
  'CAPTION',
  'DETAILS',
  'SUMMARY',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
]);

/** Longer than any block a clean-up rule inspects (60 words of ~4 letters and a space). */
const LONG_CHARS = 1000;

export interface TextBlock {
  text: string;
  /** Word count (letters/digits runs), computed once: every rule asks for it. Blocks over LONG_CHARS characters
   * are only known to be long (no rule looks at them), so their count is not computed. */
  words: number;
  /** Tag of the block element the text sits in directly ("P", "LI", "H2", "DIV"). */
  tag: string;
  /** Characters of the text that are inside links. */
  linkChars: number;
  heading: boolean;
  inList: boolean;
}

export function textBlocks(root: Node): TextBlock[] {
  const out: TextBlock[] = [];
  let text = '';
  let linkChars = 0;
  const stack: string[] = [];
  const flush = () => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) {
      const tag = stack[stack.length - 1] ?? 'DIV';
      out.push({
        text: t,
        words: t.length > LONG_CHARS ? Infinity : wordCount(t),
        tag,
        linkChars: Math.min(linkChars, t.length),
        heading: /^H[1-6]$/.test(tag),
        inList: stack.includes('LI'),
      });
    }
    text = '';
    linkChars = 0;
  };
  const walk = (node: Node, inLink: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const v = child.nodeValue ?? '';
        text += v;
        if (inLink) linkChars += v.replace(/\s+/g, ' ').trim().length;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          text += ' ';
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) {
          flush();
          stack.push(tag);
        }
        walk(child, inLink || tag === 'A');
        if (block) {
          flush();
          stack.pop();
        }
      }
    }
  };
  walk(root, false);
  flush();
  return out;
}
