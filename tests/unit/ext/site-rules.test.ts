// Auto-run and per-site allow/deny.
import { describe, expect, it } from 'vitest';
import { autoRunAllowed } from '../../../lib/ext/site-rules.js';

const base = { autoRun: true, allowSites: [] as string[], denySites: [] as string[] };

describe('autoRunAllowed', () => {
  it('follows auto-run when no rule applies, and never runs on non-web URLs', () => {
    expect(autoRunAllowed(base, 'https://news.test/a')).toBe(true);
    expect(autoRunAllowed({ ...base, autoRun: false }, 'https://news.test/a')).toBe(false);
    expect(autoRunAllowed(base, 'file:///tmp/a.html')).toBe(false);
    expect(autoRunAllowed(base, 'not a url')).toBe(false);
  });
  it('deny wins over allow and covers www. and subdomains, not look-alikes', () => {
    const s = { ...base, denySites: ['example.com'], allowSites: ['example.com'] };
    expect(autoRunAllowed(s, 'https://www.example.com/x')).toBe(false);
    expect(autoRunAllowed(s, 'https://news.example.com/x')).toBe(false);
    expect(autoRunAllowed(s, 'https://notexample.com/x')).toBe(true);
  });
  it('allow runs on a site even with auto-run off; a rule with a port matches that port only', () => {
    const s = { autoRun: false, allowSites: ['news.test', '127.0.0.1:8080'], denySites: [] };
    expect(autoRunAllowed(s, 'https://news.test/a')).toBe(true);
    expect(autoRunAllowed(s, 'http://127.0.0.1:8080/a')).toBe(true);
    expect(autoRunAllowed(s, 'http://127.0.0.1:9090/a')).toBe(false);
  });
});
