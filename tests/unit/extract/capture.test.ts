import { describe, expect, it } from 'vitest';
import { extractCapture } from '../../../lib/extract/capture';

// Hand-written captures shaped like the seeds (../shared/seeds), with invented stories.
const P1 = 'The city council approved a new flood barrier on Tuesday after three years of debate, officials said.';
const P2 = 'Residents of the lower town had asked for the barrier since the river burst its banks in 2021.';
const P3 = 'Work on the first section is expected to start in the spring and to take about two years.';
const P4 = 'Engineers said the barrier would be tested every autumn before the storm season began.';
const OTHER = 'A famous footballer signed for a new club on Friday in a deal said to be worth millions of euros.';

describe('extractCapture', () => {
  it('listing-split: splits a tag page into its articles, with printed outlet and dates', () => {
    const block = (title: string, date: string) =>
      [
        title,
        title,
        '',
        'Harbour Post',
        '',
        `time${date}`,
        '',
        '  • Local',
        '  • Harbour Post',
        '',
        title,
        '',
        `${P1} ${P2} ${P3}`,
        '',
      ].join('\n');
    const text = [
      'logo',
      '#',
      '',
      'Latest news with #FloodBarrier',
      '',
      block('Council backs flood barrier', '03-06-2024'),
      block('Flood barrier plan passes first vote', '2 days ago'),
      'DOWNLOAD THE APP',
      'Get the app from your store.',
    ].join('\n');
    const out = extractCapture(text, 'page.txt');
    expect(out.map((a) => a.id)).toEqual(['page.txt#1', 'page.txt#2']);
    expect(out.map((a) => a.title)).toEqual(['Council backs flood barrier', 'Flood barrier plan passes first vote']);
    expect(out.map((a) => a.published)).toEqual(['2024-06-03', null]);
    expect(out.every((a) => a.siteName === 'Harbour Post' && a.section === 'Local')).toBe(true);
    expect(out[0]!.text).toBe(`${P1} ${P2} ${P3}`);
  });

  it('teaser-heading: drops "Related Articles" and everything under it, keeps one article with its id', () => {
    const text = [
      'Council backs flood barrier',
      'by Harbour Post Newsdesk 3 June 2024, 15:04',
      P1,
      P2,
      P3,
      'Hashtags',
      '',
      'Comments',
      'No comments yet...',
      'Related Articles',
      '',
      'Other Paper',
      'an hour ago',
      'Star striker signs for new club',
      OTHER,
    ].join('\n');
    const [a, ...rest] = extractCapture(text, 'one.txt');
    expect(rest).toHaveLength(0);
    expect(a!.id).toBe('one.txt');
    expect(a!.text).toBe([P1, P2, P3].join('\n\n'));
    expect(a!.byline).toBe('Harbour Post Newsdesk');
    expect(a!.siteName).toBe('Harbour Post');
    expect(a!.published).toBe('2024-06-03');
  });

  it('teaser-heading before the article drops only its own block (a ticker above the headline)', () => {
    const text = ['BREAKING NEWS', 'Star striker signs for new club', '', 'Council backs flood barrier', '', P1, P2].join('\n');
    const [a] = extractCapture(text, 'x');
    expect(a!.title).toBe('Council backs flood barrier');
    expect(a!.text).not.toContain('striker');
  });

  it('republication notice: records the original, whose outlet the article is, and ends the article', () => {
    const text = [
      'Connect with us',
      'Hi, what are you looking for?',
      'Mirror-Site.com',
      'Analytics',
      'Council backs flood barrier',
      '',
      P1,
      '',
      P2,
      '',
      'This post appeared first on harbourpost.com',
      'Enter Your Information Below To Receive Latest News, And Articles.',
      'You May Also Like',
      'BREAKING NEWS',
      OTHER,
    ].join('\n');
    const [a] = extractCapture(text, 'x');
    expect(a!.republishedFrom).toBe('harbourpost.com');
    expect(a!.outlet).toBe('harbourpost.com');
    expect(a!.siteName).toBe('Mirror-Site.com');
    expect(a!.title).toBe('Council backs flood barrier');
    expect(a!.text).toBe([P1, P2].join('\n\n'));
  });

  it('duplicate-paragraphs and repeated-headline: body printed twice, headline repeated, chrome removed', () => {
    const text = [
      ' date 2024-06-03 Left Menu',
      '',
      'Council Backs Flood Barrier',
      '',
      P1,
      '',
      'Valley Times News Desk | Lima | Updated: 03-06-2024 19:00 IST',
      'Council Backs Flood Barrier',
      'This image is AI-generated and does not depict any real-life event or location.',
      '  • Country:',
      '  • Peru',
      '',
      P2,
      P3,
      P4,
      P2,
      P3,
      P4,
      '',
      'TRENDING',
      '1',
      'Star striker signs for new club',
      '© Copyright 2024',
    ].join('\n');
    const [a] = extractCapture(text, 'x');
    expect(a!.text).toBe([P1, P2, P3, P4].join('\n\n'));
    expect(a!.siteName).toBe('Valley Times');
    expect(a!.published).toBe('2024-06-03');
  });

  it('leaves outlet, date and title unknown when the capture prints none', () => {
    const [a] = extractCapture([P1, P2, 'You may also like', 'Star striker signs for new club'].join('\n'), 'x');
    expect(a!.outlet).toBeNull();
    expect(a!.published).toBeNull();
    expect(a!.title).toBe(P1);
    expect(a!.text).not.toContain('striker');
  });

  it('returns nothing for a capture without prose', () => {
    expect(extractCapture('Home\nWorld\nSport\n© Copyright 2024', 'x')).toEqual([]);
  });
});
