import { describe, expect, it } from 'vitest';
import { applyOutlet, applyPageOutlet } from '../../../lib/outlets/apply';
import { findOutletByName, normaliseHost, resolveOutlet } from '../../../lib/outlets/resolve';
import type { OutletTable } from '../../../lib/outlets/types';
import type { Article } from '../../../lib/types';

// A hand-made table in the builder's format (invented outlets).
const table: OutletTable = {
  schemaVersion: 1,
  description: 'test',
  sources: { mbfc: { id: 'mbfc', name: 'MBFC', date: '2023/24', licence: null } },
  fields: { co: { kind: 'country', source: 'mbfc' }, bi: { kind: 'bias', source: 'mbfc' } },
  outlets: {
    'dailyglobe.com': { name: 'The Daily Globe', co: 'usa', bi: 'left-center' },
    'nt.example': { name: 'NT', co: 'norway' },
    'plainwire.org': { bi: 'least biased' },
  },
};

const article = (over: Partial<Article>): Article => ({
  id: 'a',
  title: 't',
  text: 'x',
  byline: null,
  siteName: null,
  outlet: null,
  domain: null,
  url: null,
  published: null,
  lang: 'en',
  republishedFrom: null,
  ...over,
});

describe('outlet lookups', () => {
  it('normalises hosts', () => {
    expect(normaliseHost('https://WWW.DailyGlobe.com/world/story?id=1')).toBe('dailyglobe.com');
    expect(normaliseHost('m.amp.dailyglobe.com')).toBe('dailyglobe.com');
    expect(normaliseHost('not a host')).toBeNull();
  });
  it('resolves a URL through parent domains and keeps label sources and dates', () => {
    const p = resolveOutlet(table, 'https://edition.dailyglobe.com/a');
    expect(p?.name).toBe('The Daily Globe');
    expect(p?.country).toBe('usa');
    expect(p?.labels).toContainEqual({ kind: 'bias', value: 'left-center', source: 'mbfc', sourceName: 'MBFC', date: '2023/24' });
    expect(resolveOutlet(table, 'unknown.com')).toBeNull();
  });
  it('finds outlets by printed names, domains, desk names and initials', () => {
    expect(findOutletByName(table, 'daily globe')?.domain).toBe('dailyglobe.com');
    expect(findOutletByName(table, 'DailyGlobe.com')?.domain).toBe('dailyglobe.com');
    expect(findOutletByName(table, 'Daily Globe Newsdesk')?.domain).toBe('dailyglobe.com');
    expect(findOutletByName(table, 'Norway Times')?.domain).toBe('nt.example');
    expect(findOutletByName(table, 'Plainwire')?.domain).toBe('plainwire.org');
    expect(findOutletByName(table, 'Somebody Else Entirely')).toBeNull();
  });
  it('applyOutlet: table name for the domain, else site name, else printed; unknown stays unknown', () => {
    expect(applyOutlet(article({ url: 'https://www.dailyglobe.com/x', siteName: 'Globe' }), table)).toMatchObject({
      outlet: 'The Daily Globe',
      domain: 'dailyglobe.com',
    });
    expect(applyOutlet(article({ url: 'https://plainwire.org/x', siteName: 'Plain Wire' }), table)).toMatchObject({
      outlet: 'Plain Wire',
      domain: 'plainwire.org',
    });
    expect(applyOutlet(article({ url: 'https://nowhere.net/x' }), table)).toMatchObject({ outlet: null, domain: 'nowhere.net' });
    expect(applyOutlet(article({}), table)).toMatchObject({ outlet: null, domain: null });
  });
  it('applyOutlet: a republished copy takes the original outlet, never the host page', () => {
    const copy = article({ url: 'https://plainwire.org/copy', republishedFrom: 'dailyglobe.com', siteName: 'Plainwire' });
    expect(applyOutlet(copy, table)).toMatchObject({ outlet: 'The Daily Globe', domain: 'dailyglobe.com' });
    const unknown = article({ url: 'https://dailyglobe.com/copy', republishedFrom: 'elsewhere.net' });
    expect(applyOutlet(unknown, table).outlet).toBe('elsewhere.net');
  });

  it('applyPageOutlet: a live page is its own host, whatever name or canonical it claims (issue 23)', () => {
    const poser = article({
      url: 'http://127.0.0.1:8080/a',
      siteName: 'The Daily Globe',
      claimedUrl: 'https://www.dailyglobe.com/a',
    });
    expect(applyPageOutlet(poser, table)).toMatchObject({
      url: 'http://127.0.0.1:8080/a',
      claimedUrl: 'https://www.dailyglobe.com/a',
      outlet: 'The Daily Globe',
      domain: '127.0.0.1',
    });
    expect(applyOutlet(poser, table).domain).toBe('dailyglobe.com');
    // Hosts the table knows as one outlet: the canonical is the page's own.
    const edition = article({
      url: 'https://edition.dailyglobe.com/a',
      domain: 'edition.dailyglobe.com',
      claimedUrl: 'https://www.dailyglobe.com/a',
    });
    expect(applyPageOutlet(edition, table)).toMatchObject({
      url: 'https://www.dailyglobe.com/a',
      claimedUrl: null,
      outlet: 'The Daily Globe',
      domain: 'dailyglobe.com',
    });
  });
});
