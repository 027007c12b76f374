// An invented example for the mock twin and the tests: two outlets disagree about whether a (fictional) bridge
// reopened. Every name, outlet and sentence here is made up; no article text from any corpus.
import type { Report } from '../../types.js';

export const bridgeReport: Report = {
  schemaVersion: 1,
  article: {
    title: 'Larkspur Bridge reopens to traffic after eight months',
    outlet: 'Riverside Gazette',
    domain: 'riverside-gazette.example',
    url: 'https://riverside-gazette.example/larkspur-bridge-reopens',
    published: '2031-05-12',
    lang: 'en',
    byline: 'A. Writer',
  },
  match: {
    status: 'matched',
    confidence: 0.86,
    method: 'content',
    reasons: { entities: ['Larkspur Bridge', 'Harbor Authority'], terms: ['reopen', 'inspection', 'traffic'] },
  },
  event: { id: 'ev-reopen', title: 'Larkspur Bridge reopening', date: '2031-05-12' },
  story: {
    id: 'st-larkspur',
    title: 'Larkspur Bridge closure',
    events: [
      { id: 'ev-closure', title: 'Larkspur Bridge closed after cracks found', date: '2030-09-03' },
      { id: 'ev-reopen', title: 'Larkspur Bridge reopening', date: '2031-05-12' },
      { id: 'ev-denial', title: 'Harbor Authority says bridge stays shut', date: '2031-05-13' },
    ],
  },
  coverage: [
    { id: 'ht-1', outlet: 'Harbor Times', domain: 'harbortimes.example', title: 'Authority: Larkspur Bridge is not open yet', url: 'https://harbortimes.example/news/larkspur', published: '2031-05-12T18:00:00Z', relation: 'same-event', eventId: 'ev-reopen' },
    { id: 'md-1', outlet: 'Metro Daily', domain: 'metrodaily.example', title: 'Confusion over Larkspur Bridge reopening', url: 'https://metrodaily.example/a/1', published: null, relation: 'same-event', eventId: 'ev-reopen' },
    { id: 'vw-1', outlet: 'Valley Wire', domain: 'valleywire.example', title: 'Authority: Larkspur Bridge is not open yet', url: 'https://valleywire.example/larkspur', published: '2031-05-13', relation: 'copy', copyOf: 'ht-1', eventId: 'ev-reopen' },
    { id: 'xx-1', outlet: null, domain: null, title: 'Bridge news roundup', url: 'javascript:alert(1)', published: null, relation: 'same-event', eventId: 'ev-reopen' },
    { id: 'ht-0', outlet: 'Harbor Times', domain: 'harbortimes.example', title: 'Cracks close Larkspur Bridge', url: 'https://harbortimes.example/news/cracks', published: '2030-09-03', relation: 'related-event', eventId: 'ev-closure' },
  ],
  claims: [
    {
      id: 'c-open', text: 'Larkspur Bridge reopened to traffic on Monday', status: 'disputed',
      assertedBy: ['Riverside Gazette'], deniedBy: ['Harbor Times', 'Valley Wire'], attributedBy: ['Metro Daily'],
      attributedTo: 'the mayor\'s office', deniedByParty: 'the Harbor Authority', inThisArticle: true,
      sentenceInArticle: 'The bridge reopened to traffic on Monday morning, the mayor\'s office said.',
      quotes: [
        { outlet: 'Riverside Gazette', articleId: 'this', text: 'The bridge reopened to traffic on Monday morning, the mayor\'s office said.', stance: 'asserts' },
        { outlet: 'Harbor Times', articleId: 'ht-1', text: 'The Harbor Authority said the bridge remains closed until a final inspection.', stance: 'denies' },
      ],
    },
    {
      id: 'c-cost', text: 'Repairs cost 12 million dollars', status: 'single-source',
      assertedBy: [], deniedBy: [], attributedBy: ['Riverside Gazette'], attributedTo: 'the mayor\'s office',
      inThisArticle: true, sentenceInArticle: 'Repairs cost 12 million dollars, according to the mayor\'s office.',
      quotes: [{ outlet: 'Riverside Gazette', articleId: 'this', text: 'Repairs cost 12 million dollars, according to the mayor\'s office.', stance: 'attributes' }],
    },
    {
      id: 'c-cracks', text: 'Inspectors found cracks in two support cables last year', status: 'corroborated',
      assertedBy: ['Harbor Times', 'Metro Daily'], deniedBy: [], attributedBy: [], attributedTo: null, inThisArticle: false,
      quotes: [{ outlet: 'Metro Daily', articleId: 'md-1', text: 'Inspectors found cracks in two cables last September.', stance: 'asserts' }],
    },
  ],
  numbers: [
    { what: 'repair cost', unit: 'dollars', values: [
      { value: 12_000_000, text: '12 million dollars', outlet: 'Riverside Gazette', articleId: 'this',
        quote: 'Repairs cost 12 million dollars, according to the mayor\'s office.',
        sentenceInArticle: 'Repairs cost 12 million dollars, according to the mayor\'s office.' },
      { value: 18_000_000, text: '18 million dollars', outlet: 'Harbor Times', articleId: 'ht-1',
        quote: 'The city has spent 18 million dollars on the repairs so far.' },
    ], claimId: 'c-cost' },
  ],
  omissions: [{ claimId: 'c-cracks', text: 'Inspectors found cracks in two support cables last year', reportedBy: ['Harbor Times', 'Metro Daily'] }],
  framing: [{ term: 'reopening', outlets: ['Riverside Gazette'], versus: 'partial opening', versusOutlets: ['Metro Daily'] }],
};
