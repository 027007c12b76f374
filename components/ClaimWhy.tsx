// Why a claim has its status, in plain words: the sentence that decided it and the rule that read it ("read as a
// denial: “Ukraine's military firmly refuted claims …” — Naharnet"), with the rule itself for the curious.
import type { ReportClaim } from '../lib/types.js';
import { whyLine } from '../lib/ui/claims.js';
import { outletName } from '../lib/ui/format.js';

export function ClaimWhy({ claim }: { claim: ReportClaim }) {
  const w = whyLine(claim);
  if (!w) return null;
  return (
    <p class="small claim-why" data-testid="claim-why" data-rule={w.ruleId}>
      <span class="muted">{w.label}: </span>
      <span data-testid="claim-why-reading">{w.reading}</span>: <q data-testid="claim-why-sentence">{w.sentence}</q>
      <span class="muted">
        {' '}
        — {outletName(w.outlet)}; rule: {w.rule}.
      </span>
    </p>
  );
}
