// Clean-up of what Readability keeps: each rule is named, removes one kind of non-article text, and names the
// real page that motivated it.
import { blockParagraphs } from './dom-text.js';
import { dedupeParagraphs } from './dedupe-paragraphs.js';
import { lineKey } from './capture-lines.js';

export interface CleanContext {
  title: string;
}

export function cleanArticle(root: Element, ctx: CleanContext): string[] {
  const titleKey = lineKey(ctx.title);
  const paragraphs = blockParagraphs(root).filter((p) => lineKey(p) !== titleKey);
  return dedupeParagraphs(paragraphs);
}
