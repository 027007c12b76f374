// The popup's tally of the rest of the claim picture, one line each: what rests on one party's word, what
// independent outlets agree on, figures that disagree, what this article leaves out and framing. The glance then
// shows that all of it exists; the side panel holds the quotes and the sides.
import type { Report } from '../lib/types.js';
import { listNames, isolate, outletName, plural } from '../lib/ui/format.js';

interface Line {
  key: string;
  cls: string;
  text: string;
}

function linesOf(report: Report): Line[] {
  const count = (status: string) => report.claims.filter((c) => c.status === status).length;
  const lines: Line[] = [];
  const single = count('single-source');
  if (single)
    lines.push({
      key: 'single-source',
      cls: 'status-single-source',
      text: `${plural(single, 'claim')} resting on one party's word`,
    });
  const corroborated = count('corroborated');
  if (corroborated)
    lines.push({
      key: 'corroborated',
      cls: 'status-corroborated',
      text: `${plural(corroborated, 'claim')} independent outlets agree on`,
    });
  const n = report.numbers[0];
  if (n) {
    const values = n.values
      .slice(0, 3)
      .map((v) => `${isolate(v.text)} (${outletName(v.outlet)})`)
      .join(' against ');
    lines.push({ key: 'numbers', cls: '', text: `Figures differ on ${isolate(n.what)}: ${values}` });
  }
  if (report.omissions.length) {
    lines.push({
      key: 'omissions',
      cls: '',
      text: `${plural(report.omissions.length, 'claim')} other outlets report that this article leaves out`,
    });
  }
  const f = report.framing[0];
  if (f) {
    const who = listNames(
      f.outlets.map((o) => outletName(o)),
      3,
    );
    lines.push({
      key: 'framing',
      cls: '',
      text: f.versus
        ? `Framing: “${isolate(f.term)}” (${who}) against “${isolate(f.versus)}”`
        : `Framing: “${isolate(f.term)}” (${who})`,
    });
  }
  return lines;
}

export function ClaimTally({ report }: { report: Report }) {
  const lines = linesOf(report);
  if (lines.length === 0) return null;
  return (
    <section aria-label="More in the side panel" data-testid="tally">
      <ul class="tally small">
        {lines.map((l) => (
          <li key={l.key} class="clamp-2" data-testid={`tally-${l.key}`}>
            <span class={l.cls || 'muted'} aria-hidden="true">
              ●{' '}
            </span>
            {l.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
