// The keys the Dexie loader needs from an index line (kind, ordinal, URL, id, term, df, postings) read without
// parsing the whole line: an article line is mostly claims the loader stores as text, and parsing every line of a
// 100k-article index (and collecting the objects) was over half the loader's CPU time in Node.
import { IndexFormatError, parseRecord, type IndexRecord, type OutletRecord } from './format.js';

export type LineKeys =
  | { k: 'a'; n: number; url: string | null }
  | { k: 'e' | 's'; id: string }
  | { k: 't'; t: string; df: number; /** Delta postings as JSON text. */ p: string }
  | OutletRecord;

/** A JSON string literal: inside one every quote is escaped, so these patterns cannot match inside a value. Written
 * as runs of plain characters between escapes (not one alternation per character): the same strings, matched in
 * a fraction of the time. Article lines carry their URL right after the ordinal (index format 2), so the article
 * pattern reads no further. */
const STR = '"[^"\\\\]*(?:\\\\.[^"\\\\]*)*"';
const ARTICLE = new RegExp(`^\\{"k":"a","n":(\\d+),"url":(${STR}|null),`);
const KEYED = new RegExp(`^\\{"k":"([es])","id":(${STR}),`);
const TERM = new RegExp(`^\\{"k":"t","t":(${STR}),"df":(\\d+),"p":(\\[[-\\d,]*\\])\\}$`);

const TERM_HEAD = '{"k":"t","t":"';
const DF = '","df":';
const P = ',"p":[';

/** A term line whose term has no escapes (a stem: nearly all of them), read with string searches alone: there are
 * three term lines for every article line at 100k articles. Null when the line is not of that plain shape. */
function plainTerm(line: string): LineKeys | null {
  const close = line.indexOf(DF, TERM_HEAD.length);
  if (close < 0 || line.lastIndexOf('\\', close) >= TERM_HEAD.length) return null;
  const t = line.slice(TERM_HEAD.length, close);
  if (t.includes('"')) return null;
  const pAt = line.indexOf(P, close + DF.length);
  if (pAt < 0 || !line.endsWith(']}')) return null;
  const df = line.slice(close + DF.length, pAt);
  const p = line.slice(pAt + P.length - 1, -1);
  if (!/^\d+$/.test(df) || !/^\[[-\d,]*\]$/.test(p)) return null;
  return { k: 't', t, df: Number(df), p };
}

/** Fast path for lines laid out as lib/index/build.ts writes them; any other layout is parsed whole. */
export function lineKeys(line: string, lineNo: number): LineKeys {
  if (line.startsWith('{"k":"a"')) {
    const m = ARTICLE.exec(line);
    if (m) return { k: 'a', n: Number(m[1]), url: m[2] === 'null' ? null : (JSON.parse(m[2]!) as string) };
  } else if (line.startsWith(TERM_HEAD)) {
    const plain = plainTerm(line);
    if (plain) return plain;
    const m = TERM.exec(line);
    if (m) return { k: 't', t: JSON.parse(m[1]!) as string, df: Number(m[2]), p: m[3]! };
  } else {
    const m = KEYED.exec(line);
    if (m) return { k: m[1] as 'e' | 's', id: JSON.parse(m[2]!) as string };
  }
  return keysOf(parseRecord(line, lineNo));
}

function keysOf(rec: IndexRecord): LineKeys {
  switch (rec.k) {
    case 'a':
      return { k: 'a', n: rec.n, url: rec.url };
    case 'e':
    case 's':
      return { k: rec.k, id: rec.id };
    case 't':
      return { k: 't', t: rec.t, df: rec.df, p: JSON.stringify(rec.p) };
    case 'o':
      return rec;
  }
}

/** Checks the order the loader relies on (lib/index/build.ts writes it): each kind in one run, articles by ascending
 * ordinal. A file in another order would have its bucket and block rows overwritten half-filled, so it is refused. */
export class OrderCheck {
  private readonly ended = new Set<string>();
  private prev: { k: string } | null = null;
  private lastN = -1;

  next(rec: { k: string; n?: number }, lineNo: number): void {
    if (this.prev && this.prev.k !== rec.k) {
      this.ended.add(this.prev.k);
      if (this.ended.has(rec.k))
        throw new IndexFormatError(`corrupt Parallax index: line ${lineNo} resumes "${rec.k}" records after other kinds`);
    }
    if (rec.k === 'a' && rec.n !== undefined) {
      if (rec.n <= this.lastN)
        throw new IndexFormatError(`corrupt Parallax index: line ${lineNo} is article ${rec.n} after article ${this.lastN}`);
      this.lastN = rec.n;
    }
    this.prev = rec;
  }
}
