// The command-line contract other tools drive: keygen, collect --once --json, publish, verify (and its refusals),
// status and check against a published folder, run as processes against a small local news web.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBasil } from '../../lib/node/corpora.js';
import { datedArticles, siteSpecs } from '../collect/corpus-web.js';
import { startNewsWeb, type NewsWeb } from '../collect/news-web.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
let web: NewsWeb;

function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', ...args], {
      cwd: join(import.meta.dirname, '../..'),
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('close', (code) => done({ code: code ?? -1, out, err }));
  });
}

beforeAll(async () => {
  const all = datedArticles(loadBasil()).slice(0, 30);
  const now = Date.now();
  all.forEach((a, i) => (a.published = now - (30 - i) * 600_000));
  web = await startNewsWeb(
    siteSpecs([
      { name: 'Fox News', format: 'rss', articles: all.filter((a) => a.outlet === 'Fox News') },
      { name: 'The New York Times', format: 'atom', articles: all.filter((a) => a.outlet === 'The New York Times') },
      { name: 'HuffPost', format: 'news-sitemap', articles: all.filter((a) => a.outlet === 'HuffPost') },
    ]),
    now,
  );
  writeFileSync(join(dir, 'sources.opml'), web.opml());
});

afterAll(async () => {
  await web?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the collector command line', () => {
  it('keygen → collect → publish → verify → check', async () => {
    const key = join(dir, 'key');
    const k = await cli(['keygen', '--out', key]);
    expect(k.code).toBe(0);
    expect(k.out.trim()).toBe(readFileSync(`${key}.pub`, 'utf8').trim());
    expect((await cli(['keygen', '--out', key])).code).toBe(1);

    const db = join(dir, 'db');
    // Without --allow-loopback the feeds on 127.0.0.1 are refused, counted, and backed off (in a store of their own).
    const refused = await cli([
      'collect',
      '--sources',
      join(dir, 'sources.opml'),
      '--db',
      join(dir, 'db-refused'),
      '--once',
      '--json',
    ]);
    expect(refused.code).toBe(0);
    expect(JSON.parse(refused.out).failures).toMatchObject({ 'feed-private-address': 3 });

    const c = await cli([
      'collect',
      '--sources',
      join(dir, 'sources.opml'),
      '--db',
      db,
      '--once',
      '--json',
      '--allow-loopback',
      '--host-interval',
      '10',
    ]);
    expect(c.code, c.err).toBe(0);
    const report = JSON.parse(c.out);
    expect(report.pages.stored).toBe(30);
    expect(report.events.assigned).toBe(30);

    const out = join(dir, 'published');
    const p = await cli(['publish', '--db', db, '--out', out, '--key', key]);
    expect(p.code, p.err).toBe(0);
    expect(p.out).toMatch(/published sequence 1 \(new snapshot\): 30 articles/);

    const v = await cli(['verify', '--pubkey', `${key}.pub`, out]);
    expect(v.code, v.err).toBe(0);
    expect(v.out).toMatch(/^ok: sequence 1/);
    expect((await cli(['verify', '--pubkey', `${key}.pub`, '--after-sequence', '2', out])).err).toMatch(/replayed manifest/);
    expect((await cli(['verify', '--pubkey', `${key}.pub`, '--now', '2030-01-01T00:00:00Z', out])).err).toMatch(/expired/);

    const s = await cli(['status', '--db', db, '--json']);
    expect(JSON.parse(s.out)).toMatchObject({
      feeds: { total: 3, ok: 3, failing: 0 },
      articles: { stored: 30 },
      lastPublish: { sequence: 1 },
    });

    const page = join(dir, 'page.html');
    const res = await fetch(`${web.sites[0]!.origin}/articles/${web.sites[0]!.spec.articles[0]!.slug}.html`);
    writeFileSync(page, (await res.text()).replace(/127\.0\.0\.1:\d+/g, 'elsewhere.example'));
    const chk = await cli(['check', '--index', out, '--json', page]);
    expect(chk.code, chk.err).toBe(0);
    expect(JSON.parse(chk.out).match.status).toBe('matched');
  }, 300_000);
});
