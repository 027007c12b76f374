import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import { parseRecord } from '../../../lib/index/format';
import { lineKeys } from '../../../lib/index/record-keys';
import { ALL, art } from './fixtures';

describe('lineKeys', () => {
  it('reads the same keys as a full parse, whatever the titles and URLs hold', async () => {
    const tricky = art('q"1', 'A "quoted" title, "url":"x" and a back\\slash', ALL[0]!.text, { url: 'https://x.example/a"b?c=1', outlet: 'O "n"' });
    const { text } = await buildIndex([...ALL, tricky].map((article) => ({ article })), { description: 't' });
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
});
