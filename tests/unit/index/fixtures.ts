// Small hand-written articles for index and matching tests: two fictional events with several outlets each,
// an unrelated story, and a lightly edited copy. Written for these tests; no corpus text.
import type { Article } from '../../../lib/types';

export function art(id: string, title: string, text: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    title,
    text,
    byline: null,
    siteName: null,
    outlet: null,
    domain: null,
    url: null,
    published: null,
    lang: 'en',
    republishedFrom: null,
    ...extra,
  };
}

const bridge = (outlet: string, lead: string) =>
  `${lead} The Harwick river bridge collapsed on Tuesday evening during rush hour, sending 14 vehicles into the water. ` +
  `Mayor Elena Strand said rescue divers had pulled 23 people from the river and that 3 remained missing. ` +
  `Engineers had warned in 2019 that the steel girders of the Harwick bridge were corroded, according to documents seen by ${outlet}. ` +
  `The regional transport authority ordered inspections of 40 similar bridges and closed the crossing until further notice. ` +
  `Witnesses described a loud crack before the central span fell, and emergency crews worked through the night with floodlights.`;

const vote = (lead: string) =>
  `${lead} Voters in Velmora province re-elected governor Tomas Reyk on Sunday with 58 percent of the vote, the electoral commission announced. ` +
  `His challenger, Ada Quinlan of the Harbour Party, conceded late in the evening and called for unity. ` +
  `Turnout reached 71 percent, the highest since the province was created, and Reyk promised new rail links and lower ferry fares. ` +
  `Observers from the commission reported no serious irregularities at the 1,200 polling stations across the province.`;

export const EVENTS = {
  bridge: [
    art(
      'bridge-a',
      'Harwick bridge collapse: divers rescue 23, three missing',
      bridge('the Courier', 'A bridge collapse shocked Harwick.'),
      { outlet: 'Courier', url: 'https://courier.example/news/harwick-bridge', published: '2024-03-05' },
    ),
    art(
      'bridge-b',
      'Rescuers search river after Harwick bridge falls',
      bridge('the Ledger', 'Rescue teams searched the river overnight.'),
      { outlet: 'Ledger', url: 'https://www.ledger.example/harwick', published: '2024-03-06' },
    ),
    art(
      'bridge-c',
      'Corroded girders blamed as Harwick bridge span falls',
      bridge('the Sentinel', 'Corrosion warnings were ignored, documents show.'),
      { outlet: 'Sentinel', published: '2024-03-06' },
    ),
  ],
  vote: [
    art('vote-a', 'Reyk re-elected governor of Velmora with 58 percent', vote('Governor Tomas Reyk won a second term.'), {
      outlet: 'Courier',
      published: '2024-05-12',
    }),
    art('vote-b', 'Velmora returns Reyk as Quinlan concedes', vote('Ada Quinlan conceded defeat on Sunday night.'), {
      outlet: 'Ledger',
      published: '2024-05-13',
    }),
  ],
};

export const UNRELATED = art(
  'recipe',
  'How to bake a sourdough loaf at home',
  'Feed the starter the night before with equal weights of flour and water. Mix the dough in the morning, fold it every half hour ' +
    'for two hours, then shape it and let it rise in a cool place. Bake in a covered pot at a high temperature for forty minutes, ' +
    'removing the lid for the last fifteen so the crust browns. Let the loaf cool completely before slicing it.',
  { outlet: 'Kitchen', published: '2024-03-06' },
);

export const ALL: Article[] = [...EVENTS.bridge, ...EVENTS.vote, UNRELATED];
