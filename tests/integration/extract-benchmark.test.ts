// A few real pages of ../shared/data/article-extraction-benchmark through extractFromDocument, scored with the
// benchmark's own metric against plain Readability; and the metadata regression on Readability's test pages.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../lib/extract/document';
import { decodeHtml, parseHtml } from '../../lib/node/html-document';
import { sharedPath } from '../../lib/node/paths';
import { metadataRegression } from '../bench/extract-metadata';
import { scorePage } from '../bench/extract-metric';

const dir = sharedPath('data/article-extraction-benchmark');
const truth = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8')) as Record<
  string,
  { articleBody: string; url: string }
>;
// Pages whose clean-up rules are named in lib/extract/cleanup*.ts (nav menu, captions, teasers, datelines).
const pages = ['05844573ca', '35b158918c', '70cb2d5bca', '921019755f', '5f03fc173e'].map((p) =>
  Object.keys(truth).find((id) => id.startsWith(p))!,
);

describe('benchmark pages', () => {
  it.each(pages)('%s: at least as good as plain Readability, with metadata', (id) => {
    const doc = parseHtml(decodeHtml(gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`))));
    const out = extractFromDocument(doc, { url: truth[id]!.url });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const plain = new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
    const ours = scorePage(truth[id]!.articleBody, out.article.text);
    const base = scorePage(truth[id]!.articleBody, plain);
    expect(ours.precision).toBeGreaterThanOrEqual(base.precision - 0.01);
    expect(ours.recall).toBeGreaterThanOrEqual(base.recall - 0.01);
    expect(out.article.url).toMatch(/^https?:\/\//);
    expect(out.article.text).not.toMatch(/\bSign In\b|You may also like|Image copyright/);
  });
});

describe('readability-test-pages metadata', () => {
  // The pages that expect a date (the bench, npm run bench:extract, runs all 130).
  it('published date and canonical URL right on at least 95% of the pages that have them', () => {
    const r = metadataRegression({ onlyDated: true });
    expect(r.published.total).toBeGreaterThan(20);
    expect(r.published.ok / r.published.total).toBeGreaterThanOrEqual(0.95);
    expect(r.canonical.ok / r.canonical.total).toBeGreaterThanOrEqual(0.95);
  });
});
