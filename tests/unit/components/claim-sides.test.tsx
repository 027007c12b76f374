// Who stands on each side of a claim, said once: a party that is the only outlet carrying it is not repeated.
import { describe, expect, it } from 'vitest';
import { ClaimSides } from '../../../components/ClaimSides.js';
import { bridgeReport } from '../../../lib/ui/mock/bridge-story.js';
import { createMockConnector } from '../../../lib/ui/mock/mock-connector.js';
import { renderWith } from './render.js';

const base = bridgeReport.claims[0]!;

describe('ClaimSides', () => {
  it('names an outlet speaking for itself once', async () => {
    const claim = {
      ...base,
      attributedTo: 'The New York Times',
      assertedBy: ['The New York Times'],
      attributedBy: [],
      deniedBy: [],
      deniedByParty: null,
    };
    const r = await renderWith(createMockConnector(), <ClaimSides claim={claim} />);
    expect(r.q('asserted-by')?.textContent).toBe('Asserted: The New York Times');
  });

  it('keeps the party and its outlets when they differ', async () => {
    const claim = {
      ...base,
      attributedTo: 'Moscow',
      assertedBy: ['RT'],
      attributedBy: [],
      deniedBy: ['CNN'],
      deniedByParty: 'Ukraine',
    };
    const r = await renderWith(createMockConnector(), <ClaimSides claim={claim} />);
    expect(r.q('asserted-by')?.textContent).toBe('Asserted: Moscow (RT)');
    expect(r.q('denied-by')?.textContent).toBe(' · Denied: Ukraine (CNN)');
  });
});
