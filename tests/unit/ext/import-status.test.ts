// What became of an import, asked beside its own message (whose answer Chromium has been seen to lose): waiting behind
// a load, done with the same result the message answers, the reader's confirmation a separate attempt, and a worker
// started again still knowing the result.
import { describe, expect, it } from 'vitest';
import { EVENTS } from '../index/fixtures.js';
import { indexText, service } from './index-service-fixture.js';

describe('import status', () => {
  it('says waiting while a load runs, then done with the answer; a new worker still knows it', async () => {
    const bundled = await indexText();
    const { s, stage, make } = service(bundled, { n: 0 });
    const id = await stage({ 'bridge.json': await indexText(EVENTS.bridge) });
    expect(await s.importStatus(id, false)).toEqual({ state: 'unknown' });

    const loading = s.ensureBundled(true);
    const asked = s.importStaged(id, false);
    expect(await s.importStatus(id, false)).toEqual({ state: 'waiting' });
    await loading;
    const answer = await asked;
    expect(answer).toMatchObject({ ok: false, unsigned: { name: 'bridge.json' } });
    expect(await s.importStatus(id, false)).toEqual({ state: 'done', result: answer });
    // The reader's confirmation of the same files is its own attempt: nothing is known of it before it is asked.
    expect(await s.importStatus(id, true)).toEqual({ state: 'unknown' });

    const confirmed = await s.importStaged(id, true);
    expect(confirmed.ok).toBe(true);
    const restarted = make();
    expect(await restarted.importStatus(id, true)).toEqual({ state: 'done', result: confirmed });
    expect(await restarted.importStatus(id, false)).toEqual({ state: 'done', result: answer });
  });
});
