// Delta format 2's operation lines: positional JSON arrays, a tag first, decoded into the same DeltaOp values a
// version 1 line holds, so everything after decoding (LiveState.apply, the incremental apply) is unchanged. Each file
// decodes on its own (no state from earlier deltas). What it saves over one JSON object an operation, on the
// collector bench's 5-minute deltas (one article a file, so key names were not amortised): key names; a headline's
// terms (fp.tt, recomputed from the title by the function that made them); runs of deletions as one line; term
// frequencies as one line per value, terms joined by spaces (69 `{"op":"df",…}` lines an article were 0.4 kB).
// Format 3 writes the same lines, an article a reader already holds tagged "u" instead of "a": what lets a publisher
// compose several deltas into one (composed.ts) and still count the articles it adds and removes.
import { cachedTerms } from '../index/features.js';
import type { DeltaOp, LiveArticle, LiveEvent } from './format.js';
import type { OutletRecord, StoryRecord } from '../index/format.js';

type Line = unknown[];
type Put<T> = { op: 'put' } & T;

const headlineTerms = (title: string) => [...new Set(cachedTerms(title))];
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
/** Terms and weights as "term weight term weight", when no term holds a space (then the array as is). */
const packTerms = (t: readonly (string | number)[]) =>
  t.some((x, i) => (i % 2 === 0 && /\s/.test(String(x))) || x === '') ? t : t.join(' ');

function articleLine(a: Put<LiveArticle>, held: boolean): Line {
  const fp = a.fp;
  const tt = sameList(fp.tt, headlineTerms(a.title)) ? 0 : fp.tt;
  return [
    held ? 'u' : 'a',
    a.id,
    a.url === a.id ? 0 : a.url,
    a.title,
    a.outlet,
    a.domain,
    a.published,
    a.lang,
    a.event,
    a.copyOf,
    a.from,
    packTerms(fp.t),
    fp.e,
    fp.n,
    fp.h,
    tt,
    a.claims,
  ];
}

/** Operations as format 2 (and 3) lines, in their order: runs of deletions of one kind and runs of term frequencies
 * are gathered into a line each (frequencies one line per value). `held` (format 3) names the articles a reader at
 * the delta's start holds: their puts are changes ("u"). */
export function encodeOps(ops: readonly DeltaOp[], held: (id: string) => boolean = () => false): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < ops.length;) {
    const op = ops[i]!;
    if (op.op === 'df') {
      const byDf = new Map<number, string[]>();
      const seen = new Set<string>();
      for (; i < ops.length; i++) {
        const o = ops[i]!;
        if (o.op !== 'df' || seen.has(o.t)) break;
        seen.add(o.t);
        (byDf.get(o.df) ?? byDf.set(o.df, []).get(o.df)!).push(o.t);
      }
      for (const [df, terms] of [...byDf].sort((a, b) => a[0] - b[0])) {
        const plain = terms.filter((t) => t !== '' && !/\s/.test(t));
        if (plain.length) out.push(['f', df, plain.join(' ')]);
        if (plain.length < terms.length) out.push(['f', df, terms.filter((t) => t === '' || /\s/.test(t))]);
      }
      continue;
    }
    if (op.op === 'del' && op.k !== 'o') {
      const ids: string[] = [];
      for (; i < ops.length; i++) {
        const o = ops[i]!;
        if (o.op !== 'del' || o.k !== op.k) break;
        ids.push(o.id);
      }
      out.push([`-${op.k}`, ...ids]);
      continue;
    }
    i++;
    if (op.op === 'del') out.push(['-o', op.name, op.domain]);
    else if (op.k === 'a') out.push(articleLine(op as Put<LiveArticle>, held(op.id)));
    else if (op.k === 'e') {
      const e = op as Put<LiveEvent>;
      out.push(['e', e.id, e.title, e.date, e.story, e.members, e.source === 'gold' ? 1 : 0]);
    } else if (op.k === 's') out.push(['s', op.id, op.title, op.events]);
    else out.push(['o', op.name, op.domain, op.articles]);
  }
  return out;
}

const str = (x: unknown, what: string): string => {
  if (typeof x !== 'string') throw new TypeError(`${what} is not text`);
  return x;
};

function unpackTerms(t: unknown): (string | number)[] {
  if (typeof t !== 'string') return t as (string | number)[];
  if (t === '') return [];
  const parts = t.split(' ');
  return parts.map((p, i) => (i % 2 === 1 ? Number(p) : p));
}

/** One format 2 line as the operations it stands for. Shapes are checked afterwards, as version 1 operations are
 * (delta.ts), so a malformed line is refused the same way; this throws only when a line is not one of the tags. */
export function decodeLine(line: unknown): DeltaOp[] {
  if (!Array.isArray(line) || typeof line[0] !== 'string') throw new TypeError('not a tagged line');
  const [tag, ...r] = line as [string, ...unknown[]];
  switch (tag) {
    case 'a':
    case 'u': {
      const [id, url, title, outlet, domain, published, lang, event, copyOf, from, t, e, n, h, tt, claims] = r;
      const fp = { t: unpackTerms(t), e, n, h, tt: tt === 0 ? headlineTerms(str(title, 'a title')) : tt };
      return [
        {
          op: 'put',
          k: 'a',
          id,
          url: url === 0 ? id : url,
          title,
          outlet,
          domain,
          published,
          lang,
          event,
          copyOf,
          from,
          fp,
          claims,
        } as DeltaOp,
      ];
    }
    case 'e': {
      const [id, title, date, story, members, gold] = r;
      return [{ op: 'put', k: 'e', id, title, date, story, members, source: gold === 1 ? 'gold' : 'cluster' } as DeltaOp];
    }
    case 's': {
      const [id, title, events] = r;
      return [{ op: 'put', k: 's', id, title, events } as Put<StoryRecord>];
    }
    case 'o': {
      const [name, domain, articles] = r;
      return [{ op: 'put', k: 'o', name, domain, articles } as Put<OutletRecord>];
    }
    case '-o':
      return [{ op: 'del', k: 'o', name: r[0], domain: r[1] } as DeltaOp];
    case '-a':
    case '-e':
    case '-s':
      return r.map((id) => ({ op: 'del', k: tag.slice(1), id }) as DeltaOp);
    case 'f': {
      const [df, terms] = r;
      const list = typeof terms === 'string' ? (terms === '' ? [] : terms.split(' ')) : (terms as unknown[]);
      if (!Array.isArray(list)) throw new TypeError('term frequencies without terms');
      return list.map((t) => ({ op: 'df', t, df }) as DeltaOp);
    }
    default:
      throw new TypeError(`unknown tag ${JSON.stringify(tag)}`);
  }
}
