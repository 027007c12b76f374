// Reads a whole index file before any of it is written: the header and every record against the schema
// (schema.ts), the order the loader relies on, ordinals within the declared article count, the counts the header
// declares against the records read, and the content hash. Throws an IndexFormatError saying what is wrong and where.
import { IndexFormatError, type IndexHeader } from './format.js';
import { OrderCheck } from './record-keys.js';
import { checkRecord, parseIndexHeader } from './schema.js';

const KIND_NAMES = { a: 'articles', e: 'events', s: 'stories', t: 'terms', o: 'outlets' } as const;
const ONE = { a: 'an article', e: 'an event', s: 'a story', t: 'a term', o: 'an outlet' } as const;

export interface CheckedFile {
  header: IndexHeader;
  /** Records read, by kind. */
  counts: Record<(typeof KIND_NAMES)[keyof typeof KIND_NAMES], number>;
}

export async function checkIndexLines(lines: AsyncIterable<string>, bodyHash: () => string): Promise<CheckedFile> {
  let header: IndexHeader | null = null;
  const counts = { articles: 0, events: 0, stories: 0, outlets: 0, terms: 0 };
  const order = new OrderCheck();
  let lineNo = 0;
  let records = 0;
  for await (const line of lines) {
    lineNo++;
    if (!header) {
      header = parseIndexHeader(line);
      continue;
    }
    if (line === '') continue;
    records++;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new IndexFormatError(`corrupt Parallax index: line ${lineNo} is not JSON`);
    }
    const k = (raw as { k?: unknown } | null)?.k;
    const what = typeof k === 'string' && k in ONE ? ONE[k as keyof typeof ONE] : 'a record';
    let rec;
    try {
      rec = checkRecord(raw);
    } catch (e) {
      throw new IndexFormatError(`corrupt Parallax index: line ${lineNo} (${what}) is not valid: ${(e as Error).message}`);
    }
    order.next(rec, lineNo);
    counts[KIND_NAMES[rec.k]]++;
    const articles = header.counts.articles;
    const past = (n: number) => n >= articles;
    if (rec.k === 'a' && past(rec.n))
      throw new IndexFormatError(
        `corrupt Parallax index: line ${lineNo} is article ${rec.n}, but the header declares ${articles} articles`,
      );
    if (rec.k === 'e' && rec.members.some(past))
      throw new IndexFormatError(
        `corrupt Parallax index: line ${lineNo} (an event) names an article past the ${articles} declared`,
      );
    if (rec.k === 't' && !postingsFit(rec.p, articles))
      throw new IndexFormatError(
        `corrupt Parallax index: line ${lineNo} (a term) lists articles out of order or past the ${articles} declared`,
      );
  }
  if (!header) throw new IndexFormatError('not a Parallax index: the file is empty');
  const declared = header.counts;
  if (records !== declared.lines)
    throw new IndexFormatError(
      `corrupt Parallax index: it holds ${records.toLocaleString('en')} records, the header declares ${declared.lines.toLocaleString('en')}`,
    );
  for (const name of Object.values(KIND_NAMES)) {
    if (counts[name] !== declared[name]) {
      throw new IndexFormatError(
        `corrupt Parallax index: it holds ${counts[name].toLocaleString('en')} ${name}, the header declares ${declared[name].toLocaleString('en')}`,
      );
    }
  }
  if (bodyHash() !== header.contentHash)
    throw new IndexFormatError(
      'corrupt Parallax index: content hash does not match the header (the file was changed or cut short)',
    );
  return { header, counts };
}

/** Delta-encoded postings: a first ordinal, then steps of at least one, all below the article count. */
function postingsFit(p: readonly number[], articles: number): boolean {
  let at = -1;
  for (let i = 0; i < p.length; i++) {
    const step = p[i]!;
    if (i > 0 && step < 1) return false;
    at = i === 0 ? step : at + step;
  }
  return at < articles;
}
