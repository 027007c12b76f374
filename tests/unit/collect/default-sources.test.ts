// The shipped default source list (public/sources/default.opml): well-formed OPML 2.0, every outline usable by the
// collector (absolute feed URL, known type, language) and tied to a row of the outlet table, across countries,
// languages and leanings.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/node/build-outlet-table';
import { projectRoot, sharedDir } from '../../../lib/node/paths';
import { normaliseHost } from '../../../lib/outlets/resolve';
import { normaliseLean } from '../../../lib/ui/profile';

const OPML_PATH = join(projectRoot, 'public/sources/default.opml');
const OUTLETS_CSV = join(sharedDir(), 'data/outlets/outlets_merged.csv');
const TYPES = new Set(['rss', 'news-sitemap', 'sitemap']);

interface Feed {
  country: string; // the group's category, e.g. "/GB"
  type: string;
  text: string;
  xmlUrl: string;
  htmlUrl: string;
  language: string;
  category: string;
  parallaxOutlet: string;
}

const raw = readFileSync(OPML_PATH, 'utf8');
const opml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  isArray: (name) => name === 'outline',
}).parse(raw) as { opml: { version: string; head: Record<string, string>; body: { outline: Record<string, unknown>[] } } };

const groups = opml.opml.body.outline;
const feeds: Feed[] = groups.flatMap((g) =>
  ((g.outline ?? []) as Record<string, string>[]).map((o) => ({ country: String(g.category), ...o }) as Feed),
);
const outlets = new Set(feeds.map((f) => f.parallaxOutlet));

function isAbsoluteHttp(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

describe('default source list (public/sources/default.opml)', () => {
  it('is well-formed OPML 2.0 that credits where its URLs come from', () => {
    expect(XMLValidator.validate(raw)).toBe(true);
    expect(opml.opml.version).toBe('2.0');
    expect(opml.opml.head.title).toBeTruthy();
    expect(opml.opml.head.ownerName).toMatch(/flairNLP\/fundus/);
    expect(raw).toMatch(/<!--[\s\S]*flairNLP\/fundus @ [0-9a-f]{40}[\s\S]*MIT[\s\S]*-->/);
  });

  it("groups feeds under one outline per country, each feed carrying its group's category", () => {
    const categories = groups.map((g) => String(g.category));
    expect(new Set(categories).size).toBe(categories.length);
    for (const g of groups) {
      expect(g.xmlUrl, `group ${String(g.text)}`).toBeUndefined();
      expect(String(g.category)).toMatch(/^\/[A-Z]{2}$/);
      expect((g.outline as unknown[] | undefined)?.length ?? 0, `group ${String(g.text)}`).toBeGreaterThan(0);
    }
    for (const f of feeds) expect(f.category, f.xmlUrl).toBe(f.country);
  });

  it('gives every outline an absolute http(s) feed and site URL, a known type, a language and a normalised outlet', () => {
    const bad = feeds.filter(
      (f) =>
        !isAbsoluteHttp(f.xmlUrl) ||
        !isAbsoluteHttp(f.htmlUrl) ||
        !TYPES.has(f.type) ||
        !/^[a-z]{2,3}(-[A-Z]{2})?$/.test(f.language ?? '') ||
        !f.text?.trim() ||
        normaliseHost(f.parallaxOutlet ?? '') !== f.parallaxOutlet ||
        normaliseHost(f.htmlUrl) !== f.parallaxOutlet,
    );
    expect(bad.map((f) => f.xmlUrl ?? f.text)).toEqual([]);
  });

  it('lists no feed twice (scheme, case and a trailing slash aside)', () => {
    const key = (u: string): string =>
      u
        .replace(/^https?:\/\//i, '')
        .replace(/\/$/, '')
        .toLowerCase();
    const seen = new Map<string, number>();
    for (const f of feeds) seen.set(key(f.xmlUrl), (seen.get(key(f.xmlUrl)) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([u]) => u)).toEqual([]);
  });

  it('covers at least 150 outlets, 8 countries and 5 languages, with feeds and news sitemaps', () => {
    expect(outlets.size).toBeGreaterThanOrEqual(150);
    expect(new Set(feeds.map((f) => f.country)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(feeds.map((f) => f.language)).size).toBeGreaterThanOrEqual(5);
    expect(feeds.some((f) => f.type === 'rss')).toBe(true);
    expect(feeds.some((f) => f.type === 'news-sitemap')).toBe(true);
  });
});

const tableNote = existsSync(OUTLETS_CSV) ? '' : ` (skipped: ${OUTLETS_CSV} not found; set PARALLAX_SHARED to the shared folder)`;

describe.skipIf(!existsSync(OUTLETS_CSV))(`default source list against the outlet table${tableNote}`, () => {
  const rows = new Map<string, Record<string, string>>();
  if (existsSync(OUTLETS_CSV)) {
    const [header, ...body] = parseCsv(readFileSync(OUTLETS_CSV, 'utf8'));
    for (const r of body) rows.set(r[0]!, Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
  }

  /** left | centre | right when the outlet's MBFC and AllSides labels (those present) all agree; else null. */
  function side(domain: string): string | null {
    const row = rows.get(domain);
    const sides = new Set(
      [row?.mbfc_bias, row?.allsides_roundup_rating]
        .filter((l): l is string => !!l)
        .map((l) => normaliseLean(l))
        .map((lean) => (lean === null ? 'none' : lean === 'center' ? 'centre' : lean.replace('lean-', ''))),
    );
    return sides.size === 1 && !sides.has('none') ? [...sides][0]! : null;
  }

  it('ties every outline to a row of outlets_merged.csv', () => {
    expect([...outlets].filter((d) => !rows.has(d))).toEqual([]);
  });

  it.each(['/US', '/GB'])("has left, centre and right outlets in %s by the table's labels", (country) => {
    const here = new Set(feeds.filter((f) => f.country === country).map((f) => f.parallaxOutlet));
    const sides = new Set([...here].map(side));
    expect(sides).toContain('left');
    expect(sides).toContain('centre');
    expect(sides).toContain('right');
  });
});
