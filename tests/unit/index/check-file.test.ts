// An index file checked whole before anything is written: every bad header field and record kind the hardening
// probe tried is refused with the field named, declared counts are compared with the records read, and the bytes
// themselves (damaged gzip, a gzip bomb, not UTF-8, empty) get plain messages.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build.js';
import { checkIndexLines } from '../../../lib/index/check-file.js';
import { fileLines } from '../../../lib/index/file-stream.js';
import { sha256Hex } from '../../../lib/index/format.js';
import { headerProblem } from '../../../lib/index/schema.js';
import { ALL } from './fixtures.js';

const built = buildIndex(
  ALL.map((article) => ({ article, event: null })),
  { description: 'check test' },
).then((b) => b.text);

/** The index text with its header changed by `edit` (the content hash is left as it was). */
async function withHeader(edit: (h: Record<string, unknown>) => void): Promise<string> {
  const text = await built;
  const nl = text.indexOf('\n');
  const h = JSON.parse(text.slice(0, nl)) as Record<string, unknown>;
  edit(h);
  // JSON has no Infinity: the probe's "terms": 1e309 is written as such (JSON.parse reads it as Infinity).
  return JSON.stringify(h).replace('"INFINITY"', '1e309') + text.slice(nl);
}

/** The index text with the first record of kind `k` changed by `edit`, the content hash made right again (so only
 * the schema can refuse it). */
async function withRecord(k: string, edit: (r: Record<string, unknown>) => void): Promise<string> {
  const lines = (await built).replace(/\n$/, '').split('\n');
  const at = lines.findIndex((l, i) => i > 0 && (JSON.parse(l) as { k: string }).k === k);
  const r = JSON.parse(lines[at]!) as Record<string, unknown>;
  edit(r);
  lines[at] = JSON.stringify(r);
  const header = JSON.parse(lines[0]!) as { contentHash: string };
  header.contentHash = `sha256:${await sha256Hex(lines.slice(1).join('\n'))}`;
  lines[0] = JSON.stringify(header);
  return `${lines.join('\n')}\n`;
}

const check = (bytes: string | Uint8Array, maxBytes?: number) => {
  const f = fileLines(new Blob([bytes as BlobPart]), { maxBytes });
  return checkIndexLines(f.lines, f.bodyHash);
};

describe('checkIndexLines', () => {
  it('accepts the built file, plain or gzipped, and counts its records', async () => {
    const text = await built;
    const plain = await check(text);
    expect(plain.counts.articles).toBe(ALL.length);
    expect(plain.header.description).toBe('check test');
    expect((await check(gzipSync(text))).header.contentHash).toBe(plain.header.contentHash);
  });

  it.each([
    [
      'counts.articles null',
      (h: Record<string, unknown>) => ((h.counts as Record<string, unknown>).articles = null),
      /counts\.articles: a count is a number/,
    ],
    [
      'terms 1e309',
      (h: Record<string, unknown>) => ((h.counts as Record<string, unknown>).terms = 'INFINITY'),
      /counts\.terms: a count is a whole number \(got Infinity\)/,
    ],
    ['a negative count', (h: Record<string, unknown>) => ((h.counts as Record<string, unknown>).events = -1), /counts\.events/],
    ['builtAt an object', (h: Record<string, unknown>) => (h.builtAt = { y: 2025 }), /builtAt: a date is text/],
    ['builtAt not a date', (h: Record<string, unknown>) => (h.builtAt = 'yesterday'), /builtAt: a date is ISO 8601/],
    ['a description that is a number', (h: Record<string, unknown>) => (h.description = 42), /description/],
    [
      'a bad content hash',
      (h: Record<string, unknown>) => (h.contentHash = 'md5:abc'),
      /contentHash: a content hash is "sha256:"/,
    ],
    ['a day table of objects', (h: Record<string, unknown>) => (h.days = [1, 2]), /days/],
    ['an unknown builtAtSource', (h: Record<string, unknown>) => (h.builtAtSource = 'guess'), /builtAtSource/],
    ['counts missing', (h: Record<string, unknown>) => delete h.counts, /counts/],
  ])('refuses a header with %s, naming the field', async (_what, edit, message) => {
    const text = await withHeader(edit);
    await expect(check(text)).rejects.toThrow(/^the index header is not valid: /);
    await expect(check(text)).rejects.toThrow(message);
  });

  it('says what a stored bad header is wrong with, without throwing', async () => {
    const h = JSON.parse((await built).split('\n')[0]!) as Record<string, unknown>;
    expect(headerProblem(h)).toBeNull();
    expect(headerProblem({ ...h, counts: { ...(h.counts as object), articles: null } })).toMatch(/^counts\.articles: /);
  });

  it.each([
    [
      'an article with a title that is an object',
      'a',
      (r: Record<string, unknown>) => (r.title = { html: '<b>' }),
      /line \d+ \(an article\) is not valid: title/,
    ],
    [
      'an article with a fingerprint hash that is not hex',
      'a',
      (r: Record<string, unknown>) => ((r.fp as Record<string, unknown>).h = 'zz'),
      /fp\.h: a SimHash/,
    ],
    [
      'an article with a claim whose stance is unknown',
      'a',
      (r: Record<string, unknown>) => (r.claims = [{ s: 'A sentence.', t: 'q' }]),
      /claims\.0\.t/,
    ],
    [
      'an article past the declared count',
      'a',
      (r: Record<string, unknown>) => (r.n = 1e6),
      /is article 1000000, but the header declares/,
    ],
    [
      'an event whose members are text',
      'e',
      (r: Record<string, unknown>) => (r.members = ['0']),
      /\(an event\) is not valid: members\.0/,
    ],
    [
      'an event naming an article past the count',
      'e',
      (r: Record<string, unknown>) => (r.members = [999_999]),
      /names an article past/,
    ],
    [
      'a story whose events are not a list',
      's',
      (r: Record<string, unknown>) => (r.events = 'e1'),
      /\(a story\) is not valid: events/,
    ],
    ['a term with an infinite frequency', 't', (r: Record<string, unknown>) => (r.df = Infinity), /\(a term\) is not valid: df/],
    ['a term with postings out of order', 't', (r: Record<string, unknown>) => (r.p = [3, 0]), /lists articles out of order/],
    ['an outlet with a null name', 'o', (r: Record<string, unknown>) => (r.name = null), /\(an outlet\) is not valid: name/],
    ['a record of no known kind', 'o', (r: Record<string, unknown>) => (r.k = 'x'), /\(a record\) is not valid: k/],
  ])('refuses %s', async (_what, k, edit, message) => {
    await expect(check(await withRecord(k, edit))).rejects.toThrow(message);
  });

  it('compares the declared counts with the records read', async () => {
    const more = await withHeader((h) => ((h.counts as { outlets: number }).outlets += 1));
    await expect(check(more)).rejects.toThrow(/holds \d+ outlets, the header declares \d+/);
    const lines = await withHeader((h) => ((h.counts as { lines: number }).lines += 5));
    await expect(check(lines)).rejects.toThrow(/holds [\d,]+ records, the header declares/);
  });

  it('refuses a file whose body does not match its content hash', async () => {
    const text = await built;
    await expect(check(text.replace('"outlet":"Courier"', '"outlet":"Courtier"'))).rejects.toThrow(/content hash does not match/);
  });

  it('says plainly what is wrong with the bytes: damaged gzip, a bomb, not UTF-8, empty', async () => {
    const gz = gzipSync(await built);
    await expect(check(gz.subarray(0, gz.length >> 1))).rejects.toThrow(/gzip-compressed but is damaged or cut short/);
    const damaged = new Uint8Array(gz);
    damaged.fill(0x55, 20, 200);
    await expect(check(damaged)).rejects.toThrow(/gzip-compressed but is damaged/);
    // 50 MB of zeros in ~50 kB: stopped at the limit while inflating, not inflated whole.
    const bomb = gzipSync(Buffer.alloc(50_000_000));
    await expect(check(bomb, 10_000_000)).rejects.toThrow(/larger than Parallax imports: over 10 MB once decompressed/);
    await expect(check(new Uint8Array([0x7b, 0xff, 0xfe, 0x0a]))).rejects.toThrow(/not UTF-8 text/);
    await expect(check('')).rejects.toThrow(/the file is empty/);
    await expect(check('<html>hi</html>')).rejects.toThrow(/not a Parallax index: the first line is not JSON/);
  });
});
