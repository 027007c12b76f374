// One JSONL corpus record → extraction outcome. Records carry `id` and `html` or `text`, optionally `title`, `url`,
// `outlet`, `published`; what the record states wins over what extraction finds. Pure: the HTML parser is passed in.
import type { Article, ExtractOutcome } from '../types.js';
import { asDomain } from './capture-lines.js';
import { extractFromDocument } from './document.js';
import { plainText } from './jsonld.js';
import { resolveLanguage } from './language.js';
import { absoluteUrl, normalizeDate } from './metadata.js';

export interface RecordItem {
  input: string;
  outcome: ExtractOutcome;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Parse and extract one JSONL line; `where` ("file.jsonl:12") names it when it has no usable id. */
export function recordOutcome(line: string, where: string, parseHtml: (html: string) => Document): RecordItem {
  let rec: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(line);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
    rec = parsed as Record<string, unknown>;
  } catch (err) {
    return {
      input: where,
      outcome: {
        ok: false,
        reason: 'error',
        message: `${where}: invalid JSON (${err instanceof Error ? err.message : String(err)})`,
      },
    };
  }
  const id = typeof rec.id === 'number' ? String(rec.id) : str(rec.id);
  if (!id) return { input: where, outcome: { ok: false, reason: 'error', message: `${where}: record has no "id"` } };
  const html = typeof rec.html === 'string' ? rec.html : null;
  const text = typeof rec.text === 'string' ? rec.text : null;
  if (html === null && text === null)
    return { input: id, outcome: { ok: false, reason: 'error', message: `${id}: record has neither "html" nor "text"` } };
  const url = absoluteUrl(str(rec.url), null);
  let article: Article;
  const warnings: string[] = [];
  if (html !== null) {
    const out = extractFromDocument(parseHtml(html), { url });
    if (!out.ok) return { input: id, outcome: out };
    article = out.article;
    warnings.push(...out.warnings);
  } else {
    // Text records come from corpora that are already extracted: kept as given, only paragraphs normalised.
    const paragraphs = text!
      .split(/\n\s*\n|\r?\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (paragraphs.length === 0)
      return { input: id, outcome: { ok: false, reason: 'empty', message: `${id}: record text is empty` } };
    const body = paragraphs.join('\n\n');
    article = {
      id,
      title: '',
      text: body,
      byline: null,
      siteName: null,
      outlet: null,
      domain: null,
      url,
      published: null,
      lang: resolveLanguage(body, null),
      republishedFrom: null,
    };
  }
  const outlet = plainText(rec.outlet);
  const host = url ? asDomain(new URL(url).hostname.replace(/^(?:www\d?|m|amp|mobile)\./i, '')) : null;
  return {
    input: id,
    outcome: {
      ok: true,
      warnings,
      article: {
        ...article,
        id,
        title: plainText(rec.title) ?? (article.title || article.text.slice(0, 120)),
        outlet: outlet ?? article.outlet,
        url: url ?? article.url,
        domain: host ?? article.domain,
        published: normalizeDate(str(rec.published)) ?? article.published,
      },
    },
  };
}
