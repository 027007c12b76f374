// The index file's header and records as valibot schemas: what an imported file must be before any of it is
// written. The UI renders these values and the store sizes its hash buckets from the counts, so a count that is
// null, 1e309 (Infinity once parsed) or a date that is an object is refused here, with the field named.
import * as v from 'valibot';
import { INDEX_FORMAT, IndexFormatError, parseHeader, SCHEMA_VERSION, type IndexHeader, type IndexRecord } from './format.js';

/** A count: a whole number a JavaScript number holds exactly ("terms": 1e309 parses as Infinity and is refused). */
const count = v.pipe(
  v.number('a count is a number'),
  v.integer('a count is a whole number'),
  v.minValue(0),
  v.maxValue(Number.MAX_SAFE_INTEGER),
);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `at most ${max} characters`));
const optText = (max: number) => v.nullable(text(max));
/** "2025-05-22" or an ISO 8601 time ("2025-05-22T10:00:00Z"), as the builder writes publication days and times. */
const isoDay = v.pipe(
  v.string('a date is text'),
  v.regex(
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
    'a date is ISO 8601 ("2025-05-22")',
  ),
);

export const HeaderSchema = v.object({
  format: v.literal(INDEX_FORMAT),
  schemaVersion: v.literal(SCHEMA_VERSION),
  description: text(5000),
  builtAt: v.nullable(isoDay),
  builtAtSource: v.picklist(['SOURCE_DATE_EPOCH', 'newest-article', 'unknown']),
  counts: v.object({ articles: count, events: count, stories: count, outlets: count, terms: count, lines: count }),
  contentHash: v.pipe(v.string(), v.regex(/^sha256:[0-9a-f]{64}$/, 'a content hash is "sha256:" and 64 hex digits')),
  days: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(1_000_000),
      v.regex(/^-?[0-9a-z]+(?:,-?[0-9a-z]+)*$|^$/, 'a day table is base-36 numbers separated by commas'),
    ),
  ),
});

const span = v.tuple([count, count]);
const ClaimSchema = v.object({
  i: v.optional(count),
  s: v.optional(text(20_000)),
  t: v.optional(v.picklist(['s', 'a', 'h', 'd'])),
  sp: v.optional(span),
  h: v.optional(span),
  c: v.optional(span),
  p: v.optional(text(500)),
  sd: v.optional(text(100)),
  v: v.optional(text(500)),
  n: v.optional(v.literal(1)),
  k: v.optional(v.literal(1)),
  r: v.optional(v.literal(1)),
  x: v.optional(count),
});

const FingerprintSchema = v.object({
  t: v.array(v.union([text(200), v.pipe(v.number(), v.finite())])),
  e: v.array(text(500)),
  n: v.array(text(100)),
  h: v.pipe(v.string(), v.regex(/^(?:[0-9a-f]{16})?$/, 'a SimHash is 16 hex digits or empty')),
  tt: v.array(text(200)),
});

const ArticleSchema = v.object({
  k: v.literal('a'),
  n: count,
  id: text(1000),
  title: text(5000),
  outlet: optText(500),
  domain: optText(500),
  url: optText(10_000),
  published: v.nullable(isoDay),
  lang: optText(35),
  event: text(1000),
  copyOf: optText(1000),
  from: optText(500),
  fp: FingerprintSchema,
  claims: v.array(ClaimSchema),
});

const EventSchema = v.object({
  k: v.literal('e'),
  id: text(1000),
  title: text(5000),
  date: v.nullable(isoDay),
  story: text(1000),
  members: v.array(count),
  source: v.picklist(['gold', 'cluster']),
});

const StorySchema = v.object({ k: v.literal('s'), id: text(1000), title: text(5000), events: v.array(text(1000)) });
/** Postings are differences: the first an ordinal, the rest positive steps. */
const TermSchema = v.object({
  k: v.literal('t'),
  t: text(200),
  df: count,
  p: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
const OutletSchema = v.object({ k: v.literal('o'), name: text(500), domain: optText(500), articles: count });

export const RecordSchema = v.variant('k', [ArticleSchema, EventSchema, StorySchema, TermSchema, OutletSchema]);

/** "counts.articles: a count is a number (got null)": the first problem, with where it is and what was found. */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'unknown problem';
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  const got = issue.input === undefined ? 'missing' : shortJson(issue.input);
  return `${path ? `${path}: ` : ''}${issue.message.replace(/^Invalid \w+: /, '')}${got === 'missing' || issue.message.includes('Received') ? '' : ` (got ${got})`}`;
}

function shortJson(x: unknown): string {
  const s = typeof x === 'number' && !Number.isFinite(x) ? String(x) : (JSON.stringify(x) ?? String(x));
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** The header checked against the schema; null when it passes, else the problem in words. */
export function headerProblem(header: unknown): string | null {
  const r = v.safeParse(HeaderSchema, header);
  return r.success ? null : firstIssue(r.issues);
}

/** The header line parsed, its kind and version checked (parseHeader), then every field against the schema. */
export function parseIndexHeader(line: string): IndexHeader {
  const header = parseHeader(line);
  const problem = headerProblem(header);
  if (problem) throw new IndexFormatError(`the index header is not valid: ${problem}`);
  return header;
}

export function checkRecord(rec: unknown): IndexRecord {
  const r = v.safeParse(RecordSchema, rec);
  if (!r.success) throw new Error(firstIssue(r.issues));
  return rec as IndexRecord;
}
