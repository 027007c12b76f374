// The seed captures (../shared/seeds) through extractCapture: splitting, teasers, republication, printed metadata.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCapture } from '../../lib/extract/capture';
import { sharedPath } from '../../lib/node/paths';
import type { Article } from '../../lib/types';

const dir = sharedPath('seeds');
const seeds = new Map<string, Article[]>();
for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
  seeds.set(f.slice(0, 3), extractCapture(readFileSync(`${dir}/${f}`, 'utf8'), f));
}
const get = (k: string) => seeds.get(k)!;

describe('seed captures', () => {
  it('000: splits the tag page into four Russia Today articles with their printed dates', () => {
    const a = get('000');
    expect(a).toHaveLength(4);
    expect(a.map((x) => x.id.replace(/^.*#/, '#'))).toEqual(['#1', '#2', '#3', '#4']);
    expect(a.every((x) => x.siteName === 'Russia Today')).toBe(true);
    expect(a.map((x) => x.published)).toEqual([null, '2025-05-22', '2025-05-21', '2025-05-21']);
    for (const x of a) expect(x.text).not.toMatch(/Download|Daily8|Latest news with/i);
  });
  it('001: one article, desk byline and printed date, no related teasers', () => {
    const [a, ...rest] = get('001');
    expect(rest).toHaveLength(0);
    expect(a!.siteName).toBe('Naharnet');
    expect(a!.published).toBe('2025-05-21');
    expect(a!.text).not.toMatch(/Related Articles|Iran nuclear|Araghchi|Israeli general|comments/i);
  });
  it('002: republished from cnn.com; no newsletter, teasers or disclaimer', () => {
    const [a] = get('002');
    expect(a!.republishedFrom).toBe('cnn.com');
    expect(a!.outlet).toBe('cnn.com');
    expect(a!.published).toBeNull();
    expect(a!.text).not.toMatch(/BREAKING NEWS|Disclaimer|appeared first|Enter Your Information|Kamala/i);
  });
  it('003: the body printed twice comes out once; no "You may also like"', () => {
    const [a] = get('003');
    const first = a!.text.split('\n\n')[1]!;
    expect(a!.text.split(first)).toHaveLength(2);
    expect(a!.text).not.toMatch(/You may also like|Garnacho|Chelsea/i);
    expect(a!.outlet).toBeNull();
  });
  it('004: outlet Devdiscourse, date 2025-04-26, no TRENDING or footer', () => {
    const [a] = get('004');
    expect(a!.siteName).toBe('Devdiscourse');
    expect(a!.published).toBe('2025-04-26');
    expect(a!.text).not.toMatch(/TRENDING|Poverty|Copyright|Newsletter|AI-generated/i);
  });
  it('no teaser headline is an article title anywhere', () => {
    const titles = [...seeds.values()].flat().map((a) => a.title);
    expect(titles).toHaveLength(8);
    for (const t of titles) expect(t).toMatch(/Kursk|Putin|Lavrov|churches|Russian President/);
  });
});
