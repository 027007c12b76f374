// What the comparison rule tables share (status-rules.test.ts, deny-rules.test.ts): a row is this page's text and the
// other outlets' articles, and the check reads the status of one claim across them (analyzeEvent).
import { expect } from 'vitest';
import { analyzeEvent, extractClaims, type EventMember } from '../../../lib/claims/index';
import type { ClaimStatus } from '../../../lib/types';
import { article } from './cases';

export const W = 'Wire Monitor';
export const O = 'Ostria Post';

export interface StatusCase {
  name: string;
  text: string;
  others: [outlet: string, text: string][];
  /** Members as an index built before stance rules were stored holds them (no stance rule kept). */
  olderIndex?: boolean;
  /** The claim checked, by its text. */
  claim?: RegExp;
  status?: ClaimStatus;
  notStatus?: ClaimStatus;
  /** The ids of the rules that decided its status; they must include the table's rule. */
  rules?: string[];
  deniedBy?: string;
  attributedTo?: RegExp;
  /** No claim of the page contests it. */
  uncontested?: boolean;
  /** Whether any claim of the page is disputed. */
  disputed?: boolean;
}

export function checkStatus(c: StatusCase, rule: string): void {
  const cur = article('cur', c.text, 'Current Daily');
  const members: EventMember[] = c.others.map(([outlet, text], i) => {
    const a = article(`m${i}`, text, outlet);
    const claims = extractClaims(a);
    return { article: a, claims: c.olderIndex ? claims.map(({ w: _, ...x }) => x) : claims, copyOf: null, eventId: 'e' };
  });
  const r = analyzeEvent({ article: cur, claims: extractClaims(cur), copyOf: null }, members);
  if (c.disputed === false) expect(r.claims.filter((x) => x.status === 'disputed')).toEqual([]);
  if (c.disputed === true) expect(r.claims.some((x) => x.status === 'disputed')).toBe(true);
  if (!c.claim) return;
  const claim = r.claims.find((x) => c.claim!.test(x.text))!;
  if (c.status) expect(claim.status).toBe(c.status);
  if (c.notStatus) expect(claim.status).not.toBe(c.notStatus);
  if (c.deniedBy) expect(claim.deniedBy).toContain(c.deniedBy);
  if (c.attributedTo) expect(claim.attributedTo).toMatch(c.attributedTo);
  if (c.uncontested) expect(claim.contestedBy ?? []).toEqual([]);
  if (c.rules) {
    expect(claim.rules).toEqual(c.rules);
    expect(claim.rules).toContain(rule);
  }
}
