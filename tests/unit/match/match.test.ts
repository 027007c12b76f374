import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import { MemoryStore } from '../../../lib/index/memory-store';
import { matchArticle } from '../../../lib/match/match';
import { hamming, simhash } from '../../../lib/index/simhash';
import { words } from '../../../lib/text/tokens';
import { ALL, EVENTS, UNRELATED, art } from '../index/fixtures';

async function storeOf(articles = ALL) {
  const b = await buildIndex(
    articles.map((article) => ({ article })),
    { description: 't' },
  );
  return new MemoryStore(b.header, b.records);
}

const bridgeQuery = art(
  'q-bridge',
  'Three still missing after Harwick bridge collapse',
  'Rescue divers were still searching the river on Wednesday for three people missing since the Harwick bridge collapsed on Tuesday. ' +
    'Mayor Elena Strand said 23 people had been pulled from the water. The steel girders had been flagged as corroded in 2019, and ' +
    'the transport authority has ordered inspections of 40 similar bridges across the region while the crossing stays closed.',
  { published: '2024-03-06' },
);

describe('matchArticle', () => {
  it('matches a new article on a known event by content and says why', async () => {
    const r = await matchArticle(await storeOf(), bridgeQuery);
    expect(r.info.status).toBe('matched');
    expect(r.info.method).toBe('content');
    expect(r.info.confidence).toBeGreaterThan(0.5);
    expect(r.info.reasons.entities.join(' ')).toMatch(/harwick/);
    expect(r.info.reasons.terms.length).toBeGreaterThan(0);
    const store = await storeOf();
    const [event] = await store.events([r.eventId!]);
    const members = await store.articles(event!.members);
    expect(members.map((m) => m.id).sort()).toEqual(['bridge-a', 'bridge-b', 'bridge-c']);
  });

  it('gives none for an event the index does not know, not the nearest event', async () => {
    const r = await matchArticle(await storeOf([...EVENTS.bridge, ...EVENTS.vote]), UNRELATED);
    expect(r.info.status).toBe('none');
    expect(r.info.message).toMatch(/no known coverage/);
    const withoutVote = await storeOf([...EVENTS.bridge, UNRELATED]);
    const vote = await matchArticle(withoutVote, EVENTS.vote[0]!);
    expect(vote.info.status).toBe('none');
  });

  it('matches by URL first, whatever the text', async () => {
    const r = await matchArticle(await storeOf(), art('page', 'x', 'short', { url: 'http://ledger.example/harwick/?utm=1' }));
    expect(r.info.method).toBe('url');
    expect(r.self).toEqual(['bridge-b']);
  });

  it('recognises a near-identical copy', async () => {
    const orig = EVENTS.vote[1]!;
    const edited = orig.text.replace('late in the evening', 'late on Sunday');
    const r = await matchArticle(await storeOf(), art('copy', orig.title, edited, { outlet: 'Aggregator' }));
    expect(r.info.method).toBe('near-duplicate');
    expect(r.copies).toContain('vote-b');
    expect(r.self).toEqual([]);
  });

  it('takes the same headline and text from the same or an unknown outlet for the article itself', async () => {
    const orig = EVENTS.vote[1]!;
    const r = await matchArticle(
      await storeOf(),
      art('https://ledger.example/page', orig.title, orig.text, { outlet: 'Ledger' }),
    );
    expect(r.self).toEqual(['vote-b']);
    expect(r.copies).not.toContain('vote-b');
  });

  it('does not match a page in another language', async () => {
    const r = await matchArticle(await storeOf(), { ...bridgeQuery, lang: 'de' });
    expect(r.info.status).toBe('none');
    expect(r.info.message).toMatch(/"de"/);
  });

  it('gives none with a message when there is too little text', async () => {
    const r = await matchArticle(await storeOf(), art('tiny', 'Harwick bridge', 'The bridge fell.'));
    expect(r.info.status).toBe('none');
    expect(r.info.message).toMatch(/too little text/);
  });

  it('judges a one-sentence item on its content, its sentence counted once when it is both title and text', async () => {
    const sentence = 'Harwick bridge collapse leaves three missing.';
    const r = await matchArticle(await storeOf(), art('one', sentence, sentence));
    expect(r.info.message ?? '').not.toMatch(/too little text/);
    expect(r.ranking[0]?.eventId).toBe((await matchArticle(await storeOf(), bridgeQuery)).eventId);
  });
});

describe('simhash', () => {
  it('is close for light edits and far for different texts', () => {
    const a = EVENTS.bridge[0]!.text;
    const edited = a.replace('loud crack', 'sharp crack').replace('floodlights', 'lamps');
    expect(hamming(simhash(words(a)), simhash(words(edited)))).toBeLessThanOrEqual(10);
    expect(hamming(simhash(words(a)), simhash(words(EVENTS.vote[0]!.text)))).toBeGreaterThan(16);
    expect(simhash(words('too short'))).toBe('');
  });
});

describe('topK', () => {
  it('keeps the k best, best first, ties by ordinal, skipping excluded ones', async () => {
    const { topK } = await import('../../../lib/match/rank');
    const acc = new Map([
      [5, 0.2],
      [1, 0.9],
      [7, 0.5],
      [3, 0.5],
      [9, 0.95],
      [2, 0.1],
    ]);
    const ids = [...acc.keys()];
    expect(topK(ids, (o) => acc.get(o)!, 3, new Set([9]))).toEqual([1, 3, 7]);
    expect(topK(ids, (o) => acc.get(o)!, 10, new Set())).toEqual([9, 1, 3, 7, 5, 2]);
  });
});
