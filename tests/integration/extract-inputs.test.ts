// readInputs over a temp folder of every supported kind (plain and .gz), broken records and files included.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputItem } from '../../lib/node/inputs';
import { sharedPath } from '../../lib/node/paths';

const para = (i: number) =>
  `<p>Paragraph ${i}: the harbour authority said the new quay would open next spring, and that ships of every size could use it.</p>`;
const html = (title: string) =>
  `<html><head><title>${title}</title><meta property="og:site_name" content="Harbour Post"></head><body><article><h1>${title}</h1>${[1, 2, 3, 4].map(para).join('')}</article></body></html>`;

async function collect(paths: string[]): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(paths)) out.push(item);
  return out;
}

describe('readInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-inputs-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'b-page.html'), html('Quay opens'));
  writeFileSync(join(dir, 'sub', 'c-page.html.gz'), gzipSync(html('Quay opens again')));
  writeFileSync(join(dir, 'a-seed.txt.gz'), gzipSync(readFileSync(join(sharedPath('seeds'), '000_2e8eda90d225ccfc.txt'))));
  writeFileSync(join(dir, 'README.md'), '# not an input');
  writeFileSync(join(dir, 'bad.html.gz'), 'not gzip at all');
  const records = [
    JSON.stringify({
      id: 'r1',
      text: 'First paragraph of a record.\n\nSecond paragraph.',
      title: 'Record one',
      url: 'https://www.cnn.com/x',
      outlet: 'CNN',
      published: '2024-06-03',
    }),
    '{broken json',
    JSON.stringify({ id: 'r3' }),
    '',
    JSON.stringify({ id: 'r4', html: html('Record four'), url: 'https://harbourpost.example/r4' }),
  ];
  writeFileSync(join(dir, 'd-corpus.jsonl'), records.join('\n'));

  it('reads folders recursively in sorted order, splits captures, reports broken inputs without stopping', async () => {
    const items = await collect([dir, join(dir, 'missing.html')]);
    expect(items.map((i) => i.input)).toEqual([
      'a-seed.txt.gz#1',
      'a-seed.txt.gz#2',
      'a-seed.txt.gz#3',
      'a-seed.txt.gz#4',
      'b-page.html',
      'bad.html.gz',
      'r1',
      'd-corpus.jsonl:2',
      'r3',
      'r4',
      'c-page.html.gz',
      'missing.html',
    ]);
    const by = new Map(items.map((i) => [i.input, i.outcome]));
    expect(by.get('bad.html.gz')).toMatchObject({ ok: false, reason: 'error' });
    expect(by.get('d-corpus.jsonl:2')).toMatchObject({ ok: false, reason: 'error' });
    expect(by.get('r3')).toMatchObject({ ok: false, message: expect.stringContaining('neither') });
    expect(by.get('missing.html')).toMatchObject({ ok: false, reason: 'error' });
    expect(by.get('b-page.html')).toMatchObject({
      ok: true,
      article: { id: 'b-page.html', title: 'Quay opens', siteName: 'Harbour Post' },
    });
    expect(by.get('r1')).toMatchObject({
      ok: true,
      article: {
        id: 'r1',
        title: 'Record one',
        outlet: 'CNN',
        domain: 'cnn.com',
        published: '2024-06-03',
        text: 'First paragraph of a record.\n\nSecond paragraph.',
      },
    });
    expect(by.get('r4')).toMatchObject({
      ok: true,
      article: { id: 'r4', url: 'https://harbourpost.example/r4', domain: 'harbourpost.example' },
    });
  });

  it('refuses files of 20 MB and more as too-large', async () => {
    const big = join(dir, 'big', 'huge.html');
    mkdirSync(join(dir, 'big'));
    writeFileSync(big, Buffer.alloc(20 * 1024 * 1024, 0x61));
    const [item] = await collect([big]);
    expect(item!.outcome).toMatchObject({ ok: false, reason: 'too-large' });
  });
});
