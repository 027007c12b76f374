import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import { parseRecord } from '../../../lib/index/format';
import { lineKeys, OrderCheck } from '../../../lib/index/record-keys';
import { ALL, art } from './fixtures';

describe('lineKeys', () => {
  it('reads the same keys as a full parse, whatever the titles and URLs hold', async () => {
    const tricky = art('q"1', 'A "quoted" title, "url":"x" and a back\\slash', ALL[0]!.text, {
      url: 'https://x.example/a"b?c=1',
      outlet: 'O "n"',
    });
    const { text } = await buildIndex(
      [...ALL, tricky].map((article) => ({ article })),
      { description: 't' },
    );
    const lines = text.split('\n').slice(1).filter(Boolean);
    for (const [i, line] of lines.entries()) {
      const rec = parseRecord(line, i + 2);
      const keys = lineKeys(line, i + 2);
      if (rec.k === 'a') expect(keys).toEqual({ k: 'a', n: rec.n, url: rec.url });
      else if (rec.k === 't') expect(keys).toEqual({ k: 't', t: rec.t, df: rec.df, p: JSON.stringify(rec.p) });
      else if (rec.k === 'o') expect(keys).toEqual(rec);
      else expect(keys).toEqual({ k: rec.k, id: rec.id });
    }
    expect(lines.some((l) => l.includes('back\\\\slash'))).toBe(true);
  });

  it('parses another key order whole, and rejects what is not a record', () => {
    expect(lineKeys('{"n":3,"k":"a","url":null,"id":"x"}', 2)).toEqual({ k: 'a', n: 3, url: null });
    expect(() => lineKeys('{"k":"a","n":', 7)).toThrow(/line 7 is not JSON/);
    expect(() => lineKeys('{"k":"z"}', 8)).toThrow(/no known kind/);
  });

  it('refuses a kind that comes back after its run, and articles out of order', () => {
    const t = (term: string) => ({ k: 't' as const, t: term, df: 2, p: '[0,1]' });
    const a = (n: number) => ({ k: 'a' as const, n, url: null });
    const ok = new OrderCheck();
    [t('a'), t('b'), a(0), a(1), a(5)].forEach((r, i) => ok.next(r, i + 2));
    const back = new OrderCheck();
    [t('a'), a(0)].forEach((r, i) => back.next(r, i + 2));
    expect(() => back.next(t('c'), 4)).toThrow(/line 4 resumes "t" records/);
    const down = new OrderCheck();
    down.next(a(3), 2);
    expect(() => down.next(a(2), 3)).toThrow(/article 2 after article 3/);
  });
});
