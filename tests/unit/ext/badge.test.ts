// Badge text: other outlets on matched pages only, the reader's own outlet and related events left out.
import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../lib/ext/badge.js';
import { coverage, report } from './fake-services.js';

describe('badgeText', () => {
  it('counts distinct other outlets of this event', () => {
    const r = report([
      coverage('a', 'CNN'),
      coverage('b', 'CNN'),
      coverage('c', 'AP'),
      coverage('d', 'Own'),
      coverage('e', 'RT', 'copy'),
      coverage('f', 'Reuters', 'related-event', 'e2'),
    ]);
    expect(
      badgeText({ status: 'ready', url: 'https://own.test/a', report: { ...r, article: { ...r.article, domain: null } } }),
    ).toBe('3');
    // By domain when both sides have one.
    const byDomain = report([
      { ...coverage('a', 'Own News'), domain: 'own.test' },
      { ...coverage('b', 'AP'), domain: 'apnews.com' },
    ]);
    expect(badgeText({ status: 'ready', url: null, report: byDomain })).toBe('1');
  });
  it('is empty when nothing matched, when only the own outlet covered it, and in every non-ready state', () => {
    expect(badgeText({ status: 'ready', url: null, report: report([]) })).toBe('');
    const ownOnly = report([coverage('a', 'Own')], { outlet: 'Own', domain: null });
    expect(badgeText({ status: 'ready', url: null, report: ownOnly })).toBe('');
    expect(badgeText({ status: 'waiting', url: null })).toBe('');
    expect(badgeText({ status: 'not-article', url: null, message: 'x' })).toBe('');
    expect(badgeText(null)).toBe('');
  });
  it('caps at 99+', () => {
    const many = Array.from({ length: 120 }, (_, i) => coverage(String(i), `Outlet ${i}`));
    expect(badgeText({ status: 'ready', url: null, report: report(many) })).toBe('99+');
  });
});
