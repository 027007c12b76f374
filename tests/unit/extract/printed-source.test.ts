import { describe, expect, it } from 'vitest';
import { outletFromDesk, parseByline, parseRepublished } from '../../../lib/extract/printed-source';

describe('printed bylines and sources', () => {
  it('reads a "by" byline up to the date', () => {
    expect(parseByline('by Harbour Post Newsdesk 3 June 2024, 09:10')).toBe('Harbour Post Newsdesk');
    expect(parseByline('By Jane Roe, Staff Writer')).toBe('Jane Roe');
  });
  it('reads a desk byline from a pipe-separated line', () => {
    expect(parseByline('Valley Times News Desk | Lima | Updated: 02-03-2024')).toBe('Valley Times News Desk');
    expect(parseByline('Home | World | Sport')).toBeNull();
  });
  it('names the outlet behind a desk byline, not a person', () => {
    expect(outletFromDesk('Valley Times News Desk')).toBe('Valley Times');
    expect(outletFromDesk('Harbour Post Newsdesk')).toBe('Harbour Post');
    expect(outletFromDesk('Jane Roe')).toBeNull();
  });
  it('recognises republication notices', () => {
    expect(parseRepublished('This post appeared first on example.com')).toBe('example.com');
    expect(parseRepublished('This article was originally published on The Conversation and is republished here.')).toBe(
      'The Conversation',
    );
    expect(parseRepublished('Republished with permission from www.Example.org.')).toBe('example.org');
    expect(parseRepublished('The post appeared to show the minister at the scene.')).toBeNull();
  });
});
