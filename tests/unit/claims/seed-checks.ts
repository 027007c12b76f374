// The seed-story targets of issue 5 as checks on an EventAnalysis, shared by the integration test and eval:claims.
// Each check reads the report the way a reader would (status, sides, quotes); none names a sentence of the seeds.
import type { ReportClaim } from '../../../lib/types';
import type { EventAnalysis } from '../../../lib/claims/index';

export interface SeedCheck {
  name: string;
  pass: boolean;
  detail: string;
}

const RECAPTURE = /recaptur|liberat|drove .*out|drive .*out|pushed out|ousted|reclaim|expel|driven out/i;
/** Distinctive words of the unrelated teaser stories printed beside the seed articles. */
const TEASER_WORDS = /Araghchi|Hezbollah|Golan|Garnacho|Chelsea|Arsenal|UnitedHealth|Binyamina|Osgood|Helene|Netanyahu/;

const said = (c: ReportClaim): string => [c.text, ...c.quotes.map((q) => q.text)].join(' \n ');

export function seedChecks(a: EventAnalysis): SeedCheck[] {
  const find = (status: ReportClaim['status'], re: RegExp): ReportClaim | undefined =>
    a.claims.find((c) => c.status === status && re.test(said(c)));
  const recapture = a.claims.find((c) => c.status === 'disputed' && RECAPTURE.test(c.text) && c.deniedBy.length > 0);
  const counters = (recapture?.contestedBy ?? [])
    .map((id) => a.claims.find((c) => c.id === id))
    .filter((c): c is ReportClaim => !!c);
  const counter = counters.find((c) => /still|battling|continuing|hold/i.test(said(c)));
  const casualties = find('single-source', /76,000/);
  const churches = find('single-source', /churches[^.]*(?:stronghold|fortress)/i);
  const tuesday = find('corroborated', /Tuesday/);
  const plant = find('corroborated', /nuclear power plant/i);
  const museum = find('corroborated', /museum/i);
  const teaser = a.claims.find((c) => TEASER_WORDS.test(said(c)));
  const sides = recapture
    ? `for: ${[...recapture.assertedBy, ...recapture.attributedBy].join(', ')} | against: ${recapture.deniedBy.join(', ')}`
    : 'none';
  return [
    {
      name: "Russia's claimed recapture of Kursk is disputed, outlets on each side",
      pass: !!recapture && recapture.assertedBy.length + recapture.attributedBy.length > 0,
      detail: sides,
    },
    {
      name: "Ukraine's counter-claim (troops still fighting) linked to it",
      pass: !!counter,
      detail: counter ? counter.text.slice(0, 90) : `${counters.length} linked`,
    },
    {
      name: "Defence Ministry's casualty figure single-source",
      pass: !!casualties,
      detail: casualties ? `attributed to ${casualties.attributedTo}` : 'missing',
    },
    {
      name: 'churches claim single-source',
      pass: !!churches,
      detail: churches ? `attributed to ${churches.attributedTo}` : 'missing',
    },
    {
      name: 'visit on Tuesday corroborated',
      pass: !!tuesday,
      detail: tuesday ? tuesday.quotes.map((q) => q.outlet).join(', ') : 'missing',
    },
    {
      name: 'Kursk NPP-2 site corroborated',
      pass: !!plant,
      detail: plant ? plant.quotes.map((q) => q.outlet).join(', ') : 'missing',
    },
    { name: 'museum corroborated', pass: !!museum, detail: museum ? museum.quotes.map((q) => q.outlet).join(', ') : 'missing' },
    { name: 'unrelated teasers absent', pass: !teaser, detail: teaser ? teaser.text.slice(0, 80) : 'none found' },
  ];
}
