// Leave-one-out on the seed story (issue 2, "Done when"): an index from four seed captures, the fifth checked
// against it. Also: a news page about something else (article-extraction-benchmark) must give "none".
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/index/build';
import { MemoryStore } from '../../lib/index/memory-store';
import { extractClaims } from '../../lib/claims/index';
import { checkArticle } from '../../lib/report';
import { readInputs } from '../../lib/node/inputs';
import { sharedPath } from '../../lib/node/paths';
import type { Article, Report } from '../../lib/types';

const seedDir = sharedPath('seeds');
const seedFiles = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();

async function articlesOf(paths: string[]): Promise<Article[]> {
  const out: Article[] = [];
  for await (const { outcome } of readInputs(paths)) if (outcome.ok) out.push(outcome.article);
  return out;
}

async function seedIndex(exclude: string | null) {
  const files = seedFiles.filter((f) => !exclude || !f.startsWith(exclude)).map((f) => join(seedDir, f));
  const items = (await articlesOf(files)).map((article) => ({ article }));
  const built = await buildIndex(items, { description: 'seed leave-one-out', extractClaims });
  return { store: new MemoryStore(built.header, built.records), records: built.records };
}

describe.each(['001', '003'])('seed %s checked against the other four', (held) => {
  let report: Report;
  let article: Article;
  let indexed: Awaited<ReturnType<typeof seedIndex>>;

  it('is matched to the event with at least two other outlets', async () => {
    indexed = await seedIndex(held);
    const [first] = await articlesOf([join(seedDir, seedFiles.find((f) => f.startsWith(held))!)]);
    expect(first).toBeDefined();
    article = first!;
    report = await checkArticle(indexed.store, article);
    expect(report.match.status).toBe('matched');
    expect(report.match.reasons.entities.length).toBeGreaterThan(0);
    const outlets = new Set(
      report.coverage.filter((c) => c.relation !== 'related-event').map((c) => c.outlet ?? c.domain).filter((o) => o && o !== article.outlet),
    );
    expect(outlets.size).toBeGreaterThanOrEqual(2);
  });

  it('shows only articles of the story, never the article itself or a teaser', async () => {
    expect(report.coverage.length).toBeGreaterThan(0);
    const byId = new Map(indexed.records.flatMap((r) => (r.k === 'a' ? [[r.id, r] as const] : [])));
    for (const c of report.coverage) {
      expect(c.id).not.toBe(article.id);
      // Every seed article is about Kursk; teaser items (Lebanese politics, US news…) are not.
      const rec = byId.get(c.id)!;
      expect(rec.fp.e.some((e) => e.includes('kursk')), `${c.id} ${c.title}`).toBe(true);
    }
  });

  it('places the event in a story thread with the other Kursk events, shown as related coverage', () => {
    expect(report.story?.events.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(report.coverage.some((c) => c.relation === 'related-event')).toBe(true);
    expect(report.coverage.filter((c) => c.relation === 'related-event').every((c) => c.eventId !== report.event?.id)).toBe(true);
  });

  it("reports Russia's claimed recapture of Kursk as disputed, with who denies it", () => {
    const recapture = report.claims.filter(
      (c) => c.status === 'disputed' && /kursk/i.test(c.text + c.quotes.map((q) => q.text).join(' ')) && /(recaptur|drove|driven|pushed|oust|expel|liberat|retak|reclaim|control)/i.test(c.text + c.quotes.map((q) => q.text).join(' ')),
    );
    expect(recapture.length, JSON.stringify(report.claims.map((c) => [c.status, c.text]))).toBeGreaterThan(0);
    expect(recapture.some((c) => c.deniedBy.length > 0)).toBe(true);
  });
});

describe('a page about another event', () => {
  it('gives "none" against the seed index, for every English benchmark page tried', async () => {
    const { store } = await seedIndex(null);
    const dir = sharedPath('data/article-extraction-benchmark/html');
    const pages = readdirSync(dir).sort().slice(0, 12).map((f) => join(dir, f));
    let checked = 0;
    for await (const { input, outcome } of readInputs(pages)) {
      if (!outcome.ok) continue;
      const r = await checkArticle(store, outcome.article);
      expect(r.match.status, input).toBe('none');
      expect(r.coverage).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });
});
