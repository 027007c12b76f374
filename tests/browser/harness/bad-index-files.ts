// Index files for the import specs, made at run time from the built extension's bundled index (nothing is kept in
// the repository): the hardening probe's bad headers, a count that lies, a damaged gzip, a gzip bomb, a 70 MB file,
// and a valid, larger copy (padded with outlets) whose load takes long enough to stop the worker in the middle.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip, gunzipSync, gzipSync } from 'node:zlib';
import { extensionDir } from './extension.js';

export interface BadFile {
  what: string;
  path: string;
  /** The plain message the options page must show. */
  message: RegExp;
}

const sha = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/** The bundled index as header and body lines. */
function bundled(): { header: Record<string, unknown>; lines: string[] } {
  const text = gunzipSync(readFileSync(join(extensionDir, 'generated/index.json.gz'))).toString('utf8');
  const lines = text.replace(/\n$/, '').split('\n');
  return { header: JSON.parse(lines[0]!) as Record<string, unknown>, lines: lines.slice(1) };
}

/** The header's JSON with one edit made as text (the probe's 1e309 cannot be written by JSON.stringify). */
const withHeader = (header: Record<string, unknown>, lines: string[], edit: (json: string) => string) =>
  `${edit(JSON.stringify(header))}\n${lines.join('\n')}\n`;

/** A gzip stream of `bytes` zeros: ~1000:1, so 700 MB is under a megabyte on disk. */
async function gzipBomb(bytes: number): Promise<Buffer> {
  const gz = createGzip({ level: 1 });
  const out: Buffer[] = [];
  gz.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => gz.on('end', r));
  const zeros = Buffer.alloc(16 << 20);
  for (let left = bytes; left > 0; left -= zeros.length) {
    if (!gz.write(left >= zeros.length ? zeros : zeros.subarray(0, left))) await new Promise((r) => gz.once('drain', r));
  }
  gz.end();
  await done;
  return Buffer.concat(out);
}

/** A valid index: the bundled one with `pad` more outlets (counts and content hash made right). */
function padded(pad: number): string {
  const { header, lines } = bundled();
  const extra = Array.from({ length: pad }, (_, i) =>
    JSON.stringify({ k: 'o', name: `Padding outlet ${i}`, domain: null, articles: 0 }),
  );
  const body = [...extra, ...lines];
  const counts = header.counts as Record<string, number>;
  const h = {
    ...header,
    description: `Bundled index padded with ${pad.toLocaleString('en')} outlets (test)`,
    counts: { ...counts, outlets: counts.outlets! + pad, lines: counts.lines! + pad },
    contentHash: sha(body.join('\n')),
  };
  return `${JSON.stringify(h)}\n${body.join('\n')}\n`;
}

export async function makeIndexFiles(): Promise<{ dir: string; bad: BadFile[]; valid: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-import-'));
  const { header, lines } = bundled();
  const file = (name: string, body: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return path;
  };
  const gz = gzipSync(`${JSON.stringify(header)}\n${lines.join('\n')}\n`);
  // 70 MB: over the runtime's 64 MiB message limit that used to refuse it; the header's line count is true for the
  // bundled part only, so it is refused (in plain words) only once the whole file has been read.
  const filler = JSON.stringify({
    k: 'o',
    name: 'Filler outlet with a long name to make the file large',
    domain: null,
    articles: 0,
  });
  const fill = Math.ceil(70_000_000 / (filler.length + 1));
  const big = `${JSON.stringify(header)}\n${Array(fill).fill(filler).join('\n')}\n${lines.join('\n')}\n`;
  const bad: BadFile[] = [
    {
      what: 'counts.articles: null',
      path: file(
        'articles-null.json',
        withHeader(header, lines, (j) => j.replace(/"articles":\d+/, '"articles":null')),
      ),
      message: /the index header is not valid: counts\.articles: a count is a number/,
    },
    {
      what: '"terms": 1e309',
      path: file(
        'terms-1e309.json',
        withHeader(header, lines, (j) => j.replace(/"terms":\d+/, '"terms":1e309')),
      ),
      message: /counts\.terms: a count is a whole number \(got Infinity\)/,
    },
    {
      what: 'builtAt as an object',
      path: file(
        'built-object.json',
        withHeader(header, lines, (j) => j.replace(/"builtAt":"[^"]*"/, '"builtAt":{"y":2025}')),
      ),
      message: /builtAt: a date is text/,
    },
    {
      what: 'a declared count that lies',
      path: file(
        'outlets-lie.json',
        withHeader(header, lines, (j) => j.replace(/"outlets":(\d+)/, (_m, n: string) => `"outlets":${Number(n) + 1}`)),
      ),
      message: /it holds [\d,]+ records, the header declares [\d,]+|it holds 175 outlets, the header declares 176/,
    },
    {
      what: 'a damaged gzip',
      path: file('damaged.json.gz', gz.subarray(0, gz.length >> 1)),
      message: /looks gzip-compressed but is damaged or cut short/,
    },
    {
      what: 'a 700 MB gzip bomb',
      path: file('bomb.json.gz', await gzipBomb(700_000_000)),
      message: /larger than Parallax imports: over 200 MB once decompressed/,
    },
    { what: 'a 70 MB file', path: file('seventy.json', big), message: /it holds [\d,]+ records, the header declares [\d,]+/ },
  ];
  return { dir, bad, valid: file('padded.json', padded(60_000)) };
}
