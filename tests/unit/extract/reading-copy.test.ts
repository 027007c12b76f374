// The bounded copy the content script parses: what it leaves out (hidden subtrees, scripts but JSON-LD), the
// depth, element and text bounds, and the slices it yields between (issue 23's hidden deep chains).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readingCopy, type CopyOptions } from '../../../lib/extract/reading-copy.js';

function page(body: string, head = ''): Document {
  return parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}
const target = (_d: Document) => page('');
const chain = (n: number, attr = '') => `<div${attr}>${'<div>'.repeat(n - 1)}x${'</div>'.repeat(n)}`;

/** A clock that advances one unit per read: the slice length counts how often the walk looks at it. */
function opts(d: Document, over: Partial<CopyOptions> = {}): CopyOptions {
  let t = 0;
  return { target: target(d), pause: () => Promise.resolve(), now: () => t++, ...over };
}

describe('readingCopy', () => {
  it('copies the readable part with its attributes and JSON-LD, leaving out scripts, styles and hidden subtrees', async () => {
    const d = page(
      '<article class="a"><h1>Title</h1><p>One <b>two</b></p><div hidden><p>hidden</p></div><p style="display: none">gone</p>' +
        '<p aria-hidden="true">aria</p><script>var x</script><style>p{}</style><svg><text>s</text></svg></article>',
      '<title>T</title><meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle"}</script>',
    );
    const r = await readingCopy(d, opts(d));
    if (!r.ok) throw new Error(r.message);
    expect(r.doc.documentElement.getAttribute('lang')).toBe('en');
    expect(r.doc.querySelector('article')?.getAttribute('class')).toBe('a');
    expect(r.doc.body.textContent).toBe('TitleOne two');
    expect(r.doc.querySelector('meta[property="og:type"]')).not.toBeNull();
    expect(r.doc.querySelector('script[type="application/ld+json"]')?.textContent).toContain('NewsArticle');
    expect(d.body.textContent).toContain('hidden');
  });

  it.each([
    ['a visible chain past the depth bound', chain(300), /nested more than 250 levels/],
    ['a chain deeper than the call stack (11,000)', chain(11_000), /nested more than 250 levels/],
    ['too many visible elements', '<p>x</p>'.repeat(21_000), /more than 20,000 visible elements/],
  ])('refuses %s as too complex', async (_name, body, why) => {
    const d = page(body);
    const r = await readingCopy(d, opts(d));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(why);
  });

  it('skips hidden deep chains without walking them: six of 9,000 elements cost nothing (issue 23)', async () => {
    const d = page(`<p>Visible text of the article.</p>${chain(9_000, ' hidden').repeat(6)}`);
    let reads = 0;
    const r = await readingCopy(d, opts(d, { now: () => reads++ }));
    expect(r).toMatchObject({ ok: true, elements: 3 });
    expect(reads).toBeLessThan(5);
  });

  it('refuses a page far past the element bound on native counts, before walking a node', async () => {
    const d = page('<span>w</span>'.repeat(21_000));
    let pauses = 0;
    const r = await readingCopy(d, opts(d, { sliceMs: 0, pause: () => Promise.resolve(void pauses++) }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/more than 20,000 visible elements/);
    // One pause before each of the queries for left-out parts, none for a walk.
    expect(pauses).toBeLessThan(20);
    expect(r.slices).toBe(pauses + 1);
  });

  it('yields between slices and goes on where it stopped', async () => {
    const d = page('<p>word</p>'.repeat(2_000));
    let pauses = 0;
    const r = await readingCopy(d, opts(d, { sliceMs: 5, pause: () => Promise.resolve(void pauses++) }));
    expect(r.ok && r.doc.querySelectorAll('p').length).toBe(2_000);
    expect(pauses).toBeGreaterThan(5);
    expect(r.slices).toBe(pauses + 1);
  });

  it('keeps what it copied when the page removes the part it was reading', async () => {
    const d = page(`<main>${'<p>word</p>'.repeat(500)}</main><p>after</p>`);
    const r = await readingCopy(d, opts(d, { sliceMs: 5, pause: () => Promise.resolve(void d.querySelector('main')?.remove()) }));
    expect(r.ok).toBe(true);
    expect(r.ok && r.doc.querySelectorAll('p').length).toBeLessThan(500);
  });
});
