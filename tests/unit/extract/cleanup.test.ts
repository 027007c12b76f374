import { describe, expect, it } from 'vitest';
import { cleanArticle, ruleFor } from '../../../lib/extract/cleanup';
import type { TextBlock } from '../../../lib/extract/dom-text';
import { parseHtml } from '../../../lib/node/html-document';

// Hand-written article bodies shaped like what Readability returns on the benchmark pages named in cleanup.ts.
const P = (n: number) =>
  `<p>Paragraph ${n}: the harbour authority said on Tuesday that the new quay would open next spring, and that ships of every size could use it.</p>`;
const clean = (html: string, title = 'New quay opens') =>
  cleanArticle(parseHtml(`<html><body><div id="root">${html}</div></body></html>`).getElementById('root')!, { title });
const block = (text: string, over: Partial<TextBlock> = {}): TextBlock => ({
  text,
  words: (text.match(/[\p{L}\p{N}]+/gu) ?? []).length,
  tag: 'P',
  linkChars: 0,
  heading: false,
  inList: false,
  ...over,
});

describe('clean-up rules (each named after what it removes)', () => {
  it.each([
    ['dateline-byline', 'By Jane Roe - 11/18/19 11:04 PM EST'],
    ['dateline-byline', 'Published 10:02 AM EST Nov 19, 2019'],
    ['dateline-byline', 'November 18, 2019 | 4:10pm'],
    ['caption-credit', 'Photo: Sam Doe, AP'],
    ['caption-credit', 'Image copyright Getty Images'],
    ['caption-credit', 'A worker on the quay at dawnCredit: EPA'],
    ['label-teaser', 'Related: Ten harbours you should see'],
    ['label-teaser', 'SEE MORE: Quay works delayed again'],
    ['promo-newsletter', 'Get the latest updates right in your inbox. Subscribe to our newsletters.'],
    ['promo-newsletter', 'Follow Harbour Post on Instagram, Facebook and Twitter.'],
    ['copyright-line', '© 2024 Harbour Post Ltd. All rights reserved.'],
    ['contributor-credit', '(Reporting by Jane Roe; Editing by Sam Doe)'],
    ['contributor-credit', 'Staff writers Jane Roe and Sam Doe contributed to this report.'],
    ['contributor-credit', 'Jane Roe is a reporter for Harbour Post.'],
    ['ui-string', 'Sign In'],
    ['ui-string', 'Enlarge Image'],
    ['ui-string', 'Image 1 of 23'],
  ])('%s drops "%s"', (rule, text) => {
    expect(ruleFor(block(text))).toBe(rule);
  });

  it('link-block drops a short block that is all link, but not a bare URL or a list item', () => {
    expect(ruleFor(block('Ten harbours you should see this year', { linkChars: 37 }))).toBe('link-block');
    expect(ruleFor(block('http://example.org/harbour-report', { linkChars: 33 }))).toBeNull();
    expect(ruleFor(block('Quay tickets', { linkChars: 12, inList: true }))).toBeNull();
  });

  it('keeps prose, subheadings, short sentences, list items and table cells', () => {
    expect(
      ruleFor(block('The quay will open in spring, officials said on Tuesday, November 19, 2019, after a long delay.')),
    ).toBeNull();
    expect(ruleFor(block('Module efficiency'))).toBeNull();
    expect(ruleFor(block('Now get prepping!'))).toBeNull();
    expect(ruleFor(block('3 cups', { inList: true, tag: 'LI' }))).toBeNull();
    expect(ruleFor(block('Home', { heading: true, tag: 'H2' }))).toBeNull();
  });

  it('furniture: figures, captions, asides, id-named boxes and link lists go; the article stays', () => {
    const out = clean(`<h1>New quay opens</h1>${P(1)}<figure><img src="x.jpg"><figcaption>The quay at dawn</figcaption></figure>
      <div id="newsletter-signup"><p>Our morning briefing, free every day of the week in your mailbox.</p></div>${P(2)}
      <aside><p>Pull quote: ships of every size could use it.</p></aside>
      <ul><li><a href="/a">Home</a></li><li><a href="/b">World news and more</a></li><li><a href="/c">Sport</a></li></ul>
      <ul><li>Two cranes</li><li>One new berth</li></ul>${P(3)}`);
    expect(out).toEqual([P(1), P(2), 'Two cranes', 'One new berth', P(3)].map((h) => h.replace(/<[^>]+>/g, '')));
  });

  it('teaser-heading: drops "You may also like" and the link list under it, then resumes at prose', () => {
    const out = clean(
      `${P(1)}<h3>You may also like…</h3><p><a href="/a">Ten harbours you should see</a></p><p>Quay tickets sold out</p>${P(2)}`,
    );
    expect(out).toEqual([P(1), P(2)].map((h) => h.replace(/<[^>]+>/g, '')));
  });

  it('drops the headline repeated in the body', () => {
    expect(clean(`<h1>New quay opens</h1>${P(1)}`)).toHaveLength(1);
  });

  it('repeated-metadata: drops the byline and the page URL printed in the body', () => {
    const root = parseHtml(
      `<html><body><div id="r"><p>https://harbour.example/quay</p><p>Jane Roe, Harbour Writer</p>${P(1)}</div></body></html>`,
    ).getElementById('r')!;
    expect(
      cleanArticle(root, { title: 'Quay', byline: 'Jane Roe, Harbour Writer', url: 'https://harbour.example/quay' }),
    ).toHaveLength(1);
  });
});
