// The native lower bound on what the reading copy keeps: it may only refuse pages the walk would refuse too, so
// every left-out subtree (hidden, scripts, media) is subtracted, and a page mostly hidden is left to the walk.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { surelyOver } from '../../../lib/extract/copy-rules.js';

const root = (body: string): Element =>
  (parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).document as unknown as Document)
    .documentElement;
const pause = () => Promise.resolve();
const spans = (n: number) => '<span>w</span>'.repeat(n);

describe('surelyOver', () => {
  it.each([
    ['58 visible spans, limit 50', true, spans(58)],
    ['40 visible spans', false, spans(40)],
    ['58 spans inside a hidden div', false, `<div hidden>${spans(58)}</div>`],
    ['58 spans inside aria-hidden', false, `<div aria-hidden="true">${spans(58)}</div>`],
    ['58 spans inside display:none', false, `<div style="display: none">${spans(58)}</div>`],
    ['58 spans, each with a style that does not hide', true, '<span style="color: red">w</span>'.repeat(58)],
    ['58 spans inside an svg', false, `<svg>${'<g></g>'.repeat(58)}</svg>`],
    ['58 spans, 20 of them hidden', false, spans(38) + `<div hidden>${spans(20)}</div>`],
    ['80 spans, 20 of them hidden', true, spans(60) + `<div hidden>${spans(20)}</div>`],
    // Nested left-out roots are subtracted twice: the bound only gets lower, never refuses a page the walk keeps.
    ['nested hidden roots', false, `<div hidden><div hidden>${spans(30)}</div></div>${spans(40)}`],
  ])('%s → %s', async (_what, over, body) => {
    await expect(surelyOver(root(body), 50, pause)).resolves.toBe(over);
  });

  it('leaves a page with more left-out roots than it counts to the walk', async () => {
    await expect(surelyOver(root('<i hidden></i>'.repeat(2_001) + spans(60_000)), 50, pause)).resolves.toBe(false);
  });
});
