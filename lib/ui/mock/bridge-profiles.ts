// The invented bridge story's outlets as the rating sets describe them, for the mock twin and the tests: one rated
// by several sets, one state-affiliated, one no set knows. Every name and rating here is made up.
import type { OutletProfile } from '../../ext/protocol.js';

export const bridgeProfiles: Record<string, OutletProfile> = {
  'riverside-gazette.example': {
    domain: 'riverside-gazette.example',
    name: 'Riverside Gazette',
    country: [{ value: 'usa', set: 'mbfc', source: 'Media Bias/Fact Check', date: '2024' }],
    bias: [{ value: 'left-center', set: 'mbfc', source: 'Media Bias/Fact Check', date: '2024' }],
    factuality: [{ value: 'high', set: 'mbfc', source: 'Media Bias/Fact Check', date: '2024' }],
    state: [],
  },
  'harbortimes.example': {
    domain: 'harbortimes.example',
    name: 'Harbor Times',
    country: [{ value: 'united kingdom', set: 'mbfc', source: 'Media Bias/Fact Check', date: '2024' }],
    bias: [{ value: 'right', set: 'baly2020', source: 'Baly et al. 2020', date: '2020' }],
    factuality: [],
    state: [{ value: 'state-affiliated', set: 'opensources', source: 'OpenSources', date: '2018' }],
  },
  'valleywire.example': {
    domain: 'valleywire.example',
    name: 'Valley Wire',
    country: [],
    bias: [],
    factuality: [],
    state: [],
  },
};
