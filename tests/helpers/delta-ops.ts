// An article as a delta line puts it (lib/updates/format.ts), for the update tests: an ordinary one by default, with
// what a test varies given.
import type { DeltaOp } from '../../lib/updates/format.js';

export type ArticlePut = Extract<DeltaOp, { k: 'a'; op: 'put' }>;

export const articlePut = (id: string, extra: Partial<ArticlePut> = {}): ArticlePut => ({
  op: 'put',
  k: 'a',
  id,
  url: `https://news.example/${id}`,
  title: 'Senate passes the budget after a late vote',
  outlet: 'Example News',
  domain: 'news.example',
  published: '2026-12-07T08:00:00.000Z',
  lang: 'en',
  event: 'e:1',
  copyOf: null,
  from: null,
  fp: { t: ['budget', 100], e: [], n: [], h: '', tt: ['budget'] },
  claims: [{ s: 'The Senate passed the budget.' }],
  ...extra,
});
