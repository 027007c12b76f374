// Build the seed event as the claims stage sees it: seed captures → articles → claims; 001 is the article being read.
import { readFileSync, readdirSync } from 'node:fs';
import { extractCapture } from '../../../lib/extract/capture';
import { analyzeEvent, extractClaims, type EventAnalysis, type EventMember } from '../../../lib/claims/index';
import { sharedPath } from '../../../lib/node/paths';
import type { ExtractedClaim } from '../../../lib/claims/index';
import type { Article } from '../../../lib/types';

export function seedArticles(): Article[] {
  const dir = sharedPath('seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => extractCapture(readFileSync(`${dir}/${f}`, 'utf8'), f));
}

/** Copies as the index marks them: an article whose text mostly repeats an earlier one of the same outlet. */
function copyOf(a: Article, earlier: Article[]): string | null {
  const shingles = (t: string): Set<string> =>
    new Set(
      t
        .toLowerCase()
        .split(/\W+/)
        .map((_, i, w) => w.slice(i, i + 5).join(' ')),
    );
  const mine = shingles(a.text);
  for (const b of earlier) {
    const theirs = shingles(b.text);
    let n = 0;
    for (const s of mine) if (theirs.has(s)) n++;
    if (n / Math.max(1, mine.size) > 0.6) return b.id;
  }
  return null;
}

/** The seed event read from `currentPrefix`'s article; `held` is what the index holds of the others' claims. */
export function seedAnalysis(
  currentPrefix = '001',
  held: (claims: ExtractedClaim[]) => ExtractedClaim[] = (c) => c,
): EventAnalysis {
  const arts = seedArticles();
  const current = arts.find((a) => a.id.startsWith(currentPrefix))!;
  const members: EventMember[] = arts
    .filter((a) => a !== current)
    .map((a, i, all) => ({ article: a, claims: held(extractClaims(a)), copyOf: copyOf(a, all.slice(0, i)), eventId: 'seed' }));
  return analyzeEvent({ article: current, claims: extractClaims(current), copyOf: null }, members);
}
