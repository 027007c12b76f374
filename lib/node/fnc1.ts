// Reads FNC-1-format CSV files (stances + bodies), the body→claim map, and Emergent claims/articles (Node only).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { isStanceLabel, type StanceLabel } from '../stance/labels.js';

export interface StancePair {
  headline: string;
  bodyId: string;
  /** Absent when the file has no Stance column (a test file to predict). */
  stance?: StanceLabel;
}

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true, relax_quotes: true });
}

function need(row: Record<string, string>, col: string, path: string): string {
  const v = row[col];
  if (v === undefined) throw new Error(`${path}: no "${col}" column (expected FNC-1 format)`);
  return v;
}

/** `Headline, Body ID[, Stance]` rows. */
export function readStances(path: string): StancePair[] {
  return readCsv(path).map((r, i) => {
    const pair: StancePair = { headline: need(r, 'Headline', path), bodyId: need(r, 'Body ID', path).trim() };
    const s = r.Stance?.trim();
    if (s !== undefined && s !== '') {
      if (!isStanceLabel(s)) throw new Error(`${path}: row ${i + 2} has unknown stance "${s}"`);
      pair.stance = s;
    }
    return pair;
  });
}

/** `Body ID, articleBody` rows as a map. */
export function readBodies(path: string): Map<string, string> {
  return new Map(readCsv(path).map((r) => [need(r, 'Body ID', path).trim(), need(r, 'articleBody', path)]));
}

/** train_body_claims.csv: body id → Emergent claim id. */
export function readBodyClaims(path: string): Map<string, string> {
  return new Map(readCsv(path).map((r) => [need(r, 'body_id', path).trim(), need(r, 'emergent_claim_id', path)]));
}

export interface EmergentClaim {
  claimId: string;
  claim: string;
}
export interface EmergentArticle {
  claimId: string;
  headline: string;
  stance: 'for' | 'against' | 'observing';
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function readEmergentClaims(path: string): EmergentClaim[] {
  return readJsonl<{ claim_id: string; claim: string }>(path).map((c) => ({ claimId: c.claim_id, claim: c.claim }));
}

export function readEmergentArticles(path: string): EmergentArticle[] {
  return readJsonl<{ claim_id: string; headline: string; stance: EmergentArticle['stance'] }>(path).map((a) => ({
    claimId: a.claim_id,
    headline: a.headline,
    stance: a.stance,
  }));
}

/** 100-ns intervals between the UUID epoch (1582-10-15) and the Unix epoch. */
const UUID_EPOCH_OFFSET = 122_192_928_000_000_000n;

/** The day a version-1 UUID was made, YYYY-MM-DD, else null. Emergent's claim ids are v1 UUIDs made when the
 * journalists logged the claim: against the dates in its 492 dated article URLs the median gap is 1 day and 80%
 * lie within 16 days before to the same day, so it dates the FNC-1 bodies' events (which carry no date). */
export function uuidV1Day(id: string): string | null {
  const m = /^([0-9a-f]{8})-([0-9a-f]{4})-1([0-9a-f]{3})-[0-9a-f]{4}-[0-9a-f]{12}$/i.exec(id.trim());
  if (!m) return null;
  const ticks = BigInt(`0x${m[3]}${m[2]}${m[1]}`);
  const ms = Number((ticks - UUID_EPOCH_OFFSET) / 10_000n);
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString().slice(0, 10) : null;
}
