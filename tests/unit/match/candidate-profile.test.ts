// The ranker's candidate profile (read over a fingerprint's arrays) must score exactly as the builder's stored
// profile (Maps and Sets): every figure of the pair score, the reasons, the head coverage and the peer cosine.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import type { ArticleRecord } from '../../../lib/index/format';
import { candidateProfile } from '../../../lib/match/candidate-profile';
import { cosine, headCoverage, mentions, similarity, storedProfile } from '../../../lib/index/similarity';
import { buildQuery } from '../../../lib/match/query';
import { MemoryStore } from '../../../lib/index/memory-store';
import { ALL, EVENTS, art } from '../index/fixtures';

describe('candidateProfile', () => {
  it('gives the same similarity, reasons, coverage and cosines as storedProfile', async () => {
    const built = await buildIndex(
      ALL.map((article) => ({ article })),
      { description: 't' },
    );
    const recs = built.records.filter((r): r is ArticleRecord => r.k === 'a');
    const store = new MemoryStore(built.header, built.records);
    const queries = [
      art('q1', 'Divers search for missing after Harwick bridge collapse', EVENTS.bridge[1]!.text),
      art('q2', 'Velmora Governor Reyk Wins Again', EVENTS.vote[0]!.text.slice(0, 200)),
      art('q3', 'Short', 'Harwick'),
    ];
    for (const a of queries) {
      const q = (await buildQuery(store, a)).profile;
      for (const r of recs) {
        const [s, c] = [storedProfile(r.fp, r.published, r.title), candidateProfile(r.fp, r.published, r.title)];
        const [x, y] = [similarity(q, s), similarity(q, c)];
        expect({ ...y }).toEqual({ ...x });
        expect(headCoverage(q, c)).toBe(headCoverage(q, s));
        expect(q.titleNames.map((w) => mentions(c, w))).toEqual(q.titleNames.map((w) => mentions(s, w)));
        expect(c.titleNames).toEqual(s.titleNames);
        expect([...c.vec]).toEqual([...s.vec]);
        expect([...c.entWords]).toEqual([...s.entWords]);
        for (const o of recs)
          expect(cosine(c.vec, candidateProfile(o.fp, o.published, o.title).vec)).toBe(
            cosine(s.vec, storedProfile(o.fp, o.published, o.title).vec),
          );
      }
    }
  });
});
