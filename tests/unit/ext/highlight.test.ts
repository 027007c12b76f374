// In-page highlight on small hand-written pages (linkedom): found despite whitespace, quote, dash and markup
// differences; removed with the page's own nodes restored exactly.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearHighlight, foldText, highlightSentence, MARK_CLASS } from '../../../lib/ext/highlight.js';

function page(body: string): Document {
  return parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`)
    .document as unknown as Document;
}

describe('foldText', () => {
  it('folds curly quotes, dashes, case and runs of whitespace', () => {
    expect(foldText('  “Kursk”\u00a0is  — free’s\n')).toBe('"kursk" is - free\'s');
  });
});

describe('highlightSentence', () => {
  it('wraps a sentence that crosses a link, with different quotes and line breaks', () => {
    const doc = page(
      '<p id="p">Intro. The ministry said the "Kursk region" was\n   <a href="#">fully liberated</a> on Saturday. Next.</p>',
    );
    const before = doc.body.innerHTML;
    const mark = highlightSentence(doc, 'The ministry said the “Kursk region” was fully liberated on Saturday.');
    expect(mark).not.toBeNull();
    const marks = Array.from(doc.querySelectorAll(`mark.${MARK_CLASS}`));
    expect(marks.map((m) => m.textContent).join('')).toMatch(/^The ministry said .*on Saturday\.$/s);
    expect(doc.getElementById('p')!.textContent).toContain('Intro. The ministry');
    clearHighlight(doc);
    expect(doc.querySelectorAll('mark').length).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('matches when a link ends right before punctuation (no space between the nodes)', () => {
    const doc = page(
      '<p>The council said the bridge would open\n<a href="#">next spring</a>, officials confirmed on Monday.</p>',
    );
    highlightSentence(doc, 'The council said the bridge would open next spring, officials confirmed on Monday.');
    // The marks cover every word; the line break between the nodes stays outside them, where the page had it.
    const marks = Array.from(doc.querySelectorAll('mark'))
      .map((m) => m.textContent)
      .join('|');
    expect(marks).toBe('The council said the bridge would open|next spring|, officials confirmed on Monday.');
    expect(doc.querySelector('p')!.textContent).toBe(
      'The council said the bridge would open\nnext spring, officials confirmed on Monday.',
    );
  });

  it('restores the same text node objects, not copies', () => {
    const doc = page('<p>Alpha beta gamma delta epsilon zeta eta theta.</p>');
    const p = doc.querySelector('p')!;
    const original = p.firstChild;
    highlightSentence(doc, 'gamma delta epsilon zeta eta');
    expect(p.childNodes.length).toBe(3);
    clearHighlight(doc);
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(original);
    expect(p.textContent).toBe('Alpha beta gamma delta epsilon zeta eta theta.');
  });

  it('ignores script text and reports a sentence that is not on the page', () => {
    const doc = page(
      '<script>var s = "Troops crossed the border near Sudzha overnight";</script><p>Nothing here about it at all.</p>',
    );
    expect(highlightSentence(doc, 'Troops crossed the border near Sudzha overnight')).toBeNull();
    expect(doc.querySelectorAll('mark').length).toBe(0);
  });

  it('falls back to the opening words when the page breaks the sentence differently', () => {
    const doc = page(
      '<p>Ukraine’s general staff denied the claim and said fighting continued in the region.<sup>1</sup> Extra words here.</p>',
    );
    const mark = highlightSentence(
      doc,
      "Ukraine's general staff denied the claim and said fighting continued in the region, officials added.",
    );
    expect(mark?.textContent).toMatch(/^Ukraine’s general staff denied the claim and said/);
  });

  it('replaces an earlier highlight instead of stacking', () => {
    const doc = page('<p>First sentence is right here in the page. Second sentence is also here in the page.</p>');
    highlightSentence(doc, 'First sentence is right here in the page.');
    highlightSentence(doc, 'Second sentence is also here in the page.');
    const marks = Array.from(doc.querySelectorAll('mark'));
    expect(marks.map((m) => m.textContent).join('')).toBe('Second sentence is also here in the page.');
  });
});
