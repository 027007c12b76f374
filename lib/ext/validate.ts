// Payload validation for every message the background receives (valibot): page content is hostile, so
// nothing from a content script or a page is trusted until it has passed these schemas.
import * as v from 'valibot';

/** Bounds that keep a hostile or pathological page from filling memory (a 2 MB body is already far past any news article). */
export const LIMITS = { text: 2_000_000, title: 2_000, field: 2_000, url: 4_096, sentence: 5_000, warnings: 50 } as const;

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableStr = (max: number) => v.nullable(str(max));

export const ArticleSchema = v.object({
  id: str(LIMITS.url),
  title: str(LIMITS.title),
  text: str(LIMITS.text),
  byline: nullableStr(LIMITS.field),
  siteName: nullableStr(LIMITS.field),
  outlet: nullableStr(LIMITS.field),
  domain: nullableStr(LIMITS.field),
  url: nullableStr(LIMITS.url),
  published: nullableStr(LIMITS.field),
  dateSource: v.optional(v.nullable(v.picklist(['metadata', 'printed', 'url']))),
  modified: v.optional(nullableStr(LIMITS.field)),
  lang: nullableStr(64),
  section: v.optional(nullableStr(LIMITS.field)),
  // The page-type decision made in the content script (lib/extract/page-type.ts); firstSeen is the background's own.
  pageType: v.optional(
    v.object({
      type: v.picklist(['news', 'opinion', 'review', 'guide', 'reference', 'live', 'listing']),
      rules: v.pipe(v.array(str(64)), v.maxLength(40)),
    }),
  ),
  republishedFrom: nullableStr(LIMITS.field),
  claimedUrl: v.optional(nullableStr(LIMITS.url)),
});

export const ExtractOutcomeSchema = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    article: ArticleSchema,
    warnings: v.pipe(v.array(str(LIMITS.field)), v.maxLength(LIMITS.warnings)),
  }),
  v.object({
    ok: v.literal(false),
    reason: v.picklist(['not-article', 'too-large', 'too-complex', 'empty', 'error']),
    message: str(LIMITS.field),
  }),
]);

const httpUrl = v.pipe(str(LIMITS.url), v.regex(/^https?:\/\//i, 'not an http(s) URL'));

export const CsArticleExtractedSchema = v.object({ url: httpUrl, outcome: ExtractOutcomeSchema });
export const CsShouldRunSchema = v.object({ url: httpUrl });

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));
export const TabIdSchema = v.object({ tabId });
export const HighlightSchema = v.object({ tabId, sentence: v.pipe(str(LIMITS.sentence), v.minLength(1)) });
export const SentenceSchema = v.object({ sentence: v.pipe(str(LIMITS.sentence), v.minLength(1)) });

const host = v.pipe(str(253), v.regex(/^[a-z0-9.:-]+$/i, 'not a host name'));
const hostList = v.pipe(v.array(host), v.maxLength(1_000));
export const SettingsPatchSchema = v.strictObject({
  autoRun: v.optional(v.boolean()),
  allowSites: v.optional(hostList),
  denySites: v.optional(hostList),
  ratingSets: v.optional(
    v.pipe(
      v.record(str(100), v.boolean()),
      v.check((r) => Object.keys(r).length <= 100, 'too many rating sets'),
    ),
  ),
  history: v.optional(v.boolean()),
});

export const OutletDomainsSchema = v.object({ domains: v.pipe(v.array(str(253)), v.maxLength(500)) });

const nullableId = nullableStr(LIMITS.url);
export const FeedbackSchema = v.object({
  kind: v.picklist(['wrong-match', 'wrong-grouping', 'other']),
  note: str(5_000),
  url: nullableStr(LIMITS.url),
  eventId: nullableId,
  coverageId: nullableId,
  claimId: nullableId,
});

/** A subscription the reader typed: the manifest's address and the publisher's public key (checked again there). */
export const SubscriptionSchema = v.object({ url: v.pipe(str(2048), v.minLength(1)), key: v.pipe(str(200), v.minLength(1)) });
export const SubscriptionIdSchema = v.object({ id: v.pipe(str(64), v.regex(/^[0-9a-f]{16}$/)) });
/** An import names the files the options page staged (lib/ext/import-staging.ts): the file itself never travels in a message. */
export const ImportIndexSchema = v.object({ id: v.pipe(v.string(), v.uuid()), confirmUnsigned: v.boolean() });

/** Parses `data` or throws an Error naming the first problem (the messaging layer sends the error back to the sender). */
export function parsePayload<const S extends v.GenericSchema>(schema: S, data: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new Error(`invalid ${what} payload${path ? ` at ${path}` : ''}: ${issue?.message ?? 'unknown problem'}`);
  }
  return result.output;
}
