// Chooses the title an event or story is shown under: a real headline of one of its articles, the most
// representative one. Seed 003 prints no headline, so its extracted title is its first sentence; shown as the
// event title ("Russian President Vladimir Putin made his first visit to the Kursk region since…") it reads as
// a fragment of body text, while its event has three printed headlines to choose from.
import { contentTerms, fold } from '../text/tokens.js';

export interface TitleCandidate {
  title: string;
  /** Start of the article's text (a few hundred characters): a title that merely repeats it is no headline. */
  lead: string;
  /** Copies are used only when no original has a headline. */
  copy: boolean;
}

/** Headlines run about 20 to 160 characters (AllSides, BASIL); a lead sentence cut with an ellipsis is longer. */
const MIN_HEADLINE = 20;
const MAX_HEADLINE = 160;

const strip = (s: string) =>
  fold(s)
    .replace(/(\u2026|\.\.\.)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A printed headline: of headline length, not cut with an ellipsis, and not the opening words of its own text. */
export function isHeadline(title: string, lead: string | null): boolean {
  const t = title.trim();
  if (t.length < MIN_HEADLINE || t.length > MAX_HEADLINE || /(\u2026|\.\.\.)$/.test(t)) return false;
  if (lead === null) return true;
  const head = strip(t);
  return !strip(lead).startsWith(head);
}

/** Index of the candidate whose title to show, or -1 when none has a headline (the caller falls back). Among the
 * headlines of originals (else of copies) wins the one sharing most content terms with the other titles; ties go
 * to the earlier candidate (callers pass members oldest first). */
export function chooseTitle(cands: readonly TitleCandidate[]): number {
  const heads = cands.map((c, i) => ({ i, c })).filter(({ c }) => isHeadline(c.title, c.lead));
  const originals = heads.filter(({ c }) => !c.copy);
  const pool = originals.length ? originals : heads;
  if (!pool.length) return -1;
  const terms = cands.map((c) => new Set(contentTerms(c.title)));
  let best = pool[0]!.i;
  let top = -1;
  for (const { i } of pool) {
    const mine = terms[i]!;
    let sum = 0;
    cands.forEach((_, j) => {
      if (j === i || !mine.size || !terms[j]!.size) return;
      let shared = 0;
      for (const t of terms[j]!) if (mine.has(t)) shared++;
      sum += shared / Math.sqrt(mine.size * terms[j]!.size);
    });
    if (sum > top + 1e-9) {
      top = sum;
      best = i;
    }
  }
  return best;
}
