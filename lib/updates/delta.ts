// Delta files: a header line, then operation lines (put or delete an article, event, story or outlet; a term's new
// document frequency): versions 2 and 3 write the positional lines of delta-lines.ts, version 1 (still read) one JSON
// object an operation. Written by the collector, read by the extension and `check --index <published dir>`.
import * as v from 'valibot';
import { decodeLine, encodeOps } from './delta-lines.js';
import {
  DELTA_FORMAT,
  READABLE_VERSIONS,
  UPDATES_VERSION,
  UpdateFormatError,
  versionMessage,
  type DeltaHeader,
  type DeltaOp,
} from './format.js';

const str = v.string();
const nstr = v.nullable(v.string());
const FingerprintSchema = v.object({
  t: v.array(v.union([v.string(), v.number()])),
  e: v.array(str),
  n: v.array(str),
  h: str,
  tt: v.array(str),
});
const ArticleOp = v.object({
  op: v.literal('put'),
  k: v.literal('a'),
  id: str,
  url: nstr,
  title: str,
  outlet: nstr,
  domain: nstr,
  published: nstr,
  lang: nstr,
  event: str,
  copyOf: nstr,
  from: nstr,
  fp: FingerprintSchema,
  claims: v.array(v.record(v.string(), v.unknown())),
});
const EventOp = v.object({
  op: v.literal('put'),
  k: v.literal('e'),
  id: str,
  title: str,
  date: nstr,
  story: str,
  members: v.array(str),
  source: v.picklist(['gold', 'cluster']),
});
const StoryOp = v.object({ op: v.literal('put'), k: v.literal('s'), id: str, title: str, events: v.array(str) });
const OutletOp = v.object({ op: v.literal('put'), k: v.literal('o'), name: str, domain: nstr, articles: v.number() });
const DelOp = v.object({ op: v.literal('del'), k: v.picklist(['a', 'e', 's']), id: str });
const DelOutletOp = v.object({ op: v.literal('del'), k: v.literal('o'), name: str, domain: nstr });
const DfOp = v.object({ op: v.literal('df'), t: str, df: v.pipe(v.number(), v.integer(), v.minValue(0)) });
const OpSchema = v.union([ArticleOp, EventOp, StoryOp, OutletOp, DelOp, DelOutletOp, DfOp]);

const HeaderSchema = v.object({
  format: v.literal(DELTA_FORMAT),
  version: v.picklist(READABLE_VERSIONS),
  from: v.pipe(v.number(), v.integer(), v.minValue(0)),
  to: v.pipe(v.number(), v.integer(), v.minValue(1)),
  createdAt: v.optional(str),
  lines: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** A delta file's text in the current version (3). `createdAt` is left out: the manifest dates each sequence. `held`
 * names the articles a reader at `from` holds (their puts are marked as changes). */
export function serializeDelta(
  header: Pick<DeltaHeader, 'from' | 'to'>,
  ops: readonly DeltaOp[],
  held?: (id: string) => boolean,
): string {
  const lines = encodeOps(ops, held);
  const head: DeltaHeader = {
    format: DELTA_FORMAT,
    version: UPDATES_VERSION,
    from: header.from,
    to: header.to,
    lines: lines.length,
  };
  return `${[head, ...lines].map((o) => JSON.stringify(o)).join('\n')}\n`;
}

/** A line's operations: version 1 holds one, versions 2 and 3 a line of delta-lines.ts (null when it is not one). */
export function lineOps(version: number, o: unknown): DeltaOp[] | null {
  if (version === 1) return [o as DeltaOp];
  try {
    return decodeLine(o);
  } catch {
    return null;
  }
}

/** Parse a delta's text; every line is checked before any is returned, so a bad file changes nothing. */
export function parseDelta(text: string): { header: DeltaHeader; ops: DeltaOp[] } {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  const json = (line: string, no: number): unknown => {
    try {
      return JSON.parse(line);
    } catch {
      throw new UpdateFormatError(`corrupt delta: line ${no} is not JSON`);
    }
  };
  const first = json(lines[0] ?? '', 1) as { format?: unknown; version?: unknown } | null;
  if (first?.format === DELTA_FORMAT && !READABLE_VERSIONS.includes(first.version as never))
    throw new UpdateFormatError(versionMessage('this delta', first.version));
  const h = v.safeParse(HeaderSchema, first);
  if (!h.success) throw new UpdateFormatError('not a Parallax delta: the first line is not a delta header');
  const header = h.output as DeltaHeader;
  if (lines.length - 1 !== header.lines) {
    throw new UpdateFormatError(`corrupt delta: ${lines.length - 1} operations, the header says ${header.lines} (truncated?)`);
  }
  const ops = lines.slice(1).flatMap((line, i) => {
    const bad = () => new UpdateFormatError(`corrupt delta: line ${i + 2} is not a known operation`);
    const decoded = lineOps(header.version, json(line, i + 2));
    if (!decoded) throw bad();
    return decoded.map((op) => {
      const r = v.safeParse(OpSchema, op);
      if (!r.success) throw bad();
      return r.output as DeltaOp;
    });
  });
  return { header, ops };
}
