// What the options page, popup and side panel are told about the index: the stored header's fields only where they
// have the right type, and what the schema finds wrong with it. An older version stored headers it never checked
// (counts.articles: null, builtAt as an object), and the options page threw on every render of one.
import type { IndexDb } from '../../index/dexie-schema.js';
import { headerProblem } from '../../index/schema.js';
import type { IndexInfo, IndexTrust } from '../protocol.js';

/** Where the index service keeps what Dexie does not: which file the active index came from, who vouches for it, and
 * the last error. */
export interface IndexMetaArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const SOURCE_KEY = 'parallax:index-source';
export const ERROR_KEY = 'parallax:index-error';
/** Who vouches for the active index (IndexTrust). */
export const TRUST_KEY = 'parallax:index-trust';

export async function sourceOf(local: IndexMetaArea): Promise<'bundled' | 'imported' | null> {
  const v = (await local.get(SOURCE_KEY))[SOURCE_KEY];
  return v === 'bundled' || v === 'imported' ? v : null;
}

const str = (x: unknown, max: number): string | null => (typeof x === 'string' ? x.slice(0, max) : null);
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

function countsOf(x: unknown): Record<string, number> | null {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return null;
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(x).slice(0, 12)) {
    const n = num(v);
    if (n !== null && /^[a-z]{1,20}$/i.test(k)) out[k] = n;
  }
  return out;
}

export function infoFrom(header: unknown, base: Partial<IndexInfo>): IndexInfo {
  const h = header && typeof header === 'object' ? (header as Record<string, unknown>) : null;
  return {
    state: 'empty',
    progress: 0,
    message: null,
    description: str(h?.description, 5000),
    schemaVersion: num(h?.schemaVersion),
    builtAt: str(h?.builtAt, 40),
    contentHash: str(h?.contentHash, 80),
    counts: h ? countsOf(h.counts) : null,
    source: null,
    trust: null,
    problem: h ? headerProblem(h) : null,
    ...base,
  };
}

/** A stored trust record, or null when it is missing or of another shape. */
export function trustFrom(x: unknown): IndexTrust | null {
  const t = x as Partial<Record<string, unknown>> | null;
  if (!t || typeof t !== 'object') return null;
  if (t.kind === 'bundled') return { kind: 'bundled' };
  if (t.kind === 'signed' && typeof t.publisher === 'string' && typeof t.keyId === 'string')
    return { kind: 'signed', publisher: t.publisher, keyId: t.keyId };
  if (t.kind === 'unverified' && typeof t.reason === 'string') return { kind: 'unverified', reason: t.reason };
  return null;
}

/** The index as the pages show it: loading (with progress: the service's own while it loads, else the stored mark of a
 * load to resume), ready, failed or empty. */
export async function readIndexInfo(db: IndexDb, local: IndexMetaArea, progress: number | null): Promise<IndexInfo> {
  const [active, loading, from, err, trusted] = await Promise.all([
    db.meta.get('active'),
    db.meta.get('loading'),
    sourceOf(local),
    local.get(ERROR_KEY).then((r) => (typeof r[ERROR_KEY] === 'string' ? (r[ERROR_KEY] as string) : null)),
    local.get(TRUST_KEY).then((r) => trustFrom(r[TRUST_KEY])),
  ]);
  // Imported by a version that did not check signatures: nobody vouched for it.
  const trust: IndexTrust | null =
    from === 'bundled'
      ? { kind: 'bundled' }
      : from === 'imported'
        ? trusted && trusted.kind !== 'bundled'
          ? trusted
          : { kind: 'unverified', reason: 'the file was not signed' }
        : null;
  const header = active?.key === 'active' ? active.header : null;
  const loadingRow = loading?.key === 'loading' ? loading : null;
  const lines = Number(loadingRow?.header.counts?.lines);
  const p = progress ?? (loadingRow ? Math.min(1, loadingRow.linesDone / (lines > 0 ? lines : 1)) : null);
  if (p !== null && (progress !== null || !header)) {
    // While a new index loads, the counts shown are the one still answering (if any).
    return infoFrom(header ?? loadingRow?.header ?? null, {
      state: 'loading',
      progress: p,
      source: header ? from : null,
      trust: header ? trust : null,
    });
  }
  if (header) return infoFrom(header, { state: 'ready', progress: 1, source: from, message: err, trust });
  if (err) return infoFrom(null, { state: 'error', message: `The bundled index could not be loaded: ${err}` });
  return infoFrom(null, {});
}
