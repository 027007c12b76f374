// Long jobs step aside for a page's check: pace() waits while reading() runs, and gives the loop back past a slice.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOLD_MS, hold, pace, reading, release } from '../../../lib/index/pace.js';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('pace', () => {
  it('waits while a check reads, and resumes after it', async () => {
    const order: string[] = [];
    let release!: () => void;
    const read = reading(async () => {
      order.push('read starts');
      await new Promise<void>((r) => (release = r));
      order.push('read ends');
    });
    const job = pace().then(() => order.push('job resumes'));
    await sleep(30);
    expect(order).toEqual(['read starts']);
    release();
    await Promise.all([read, job]);
    expect(order).toEqual(['read starts', 'read ends', 'job resumes']);
  });

  it('lets timers run during a long job that calls it', async () => {
    let fired = false;
    setTimeout(() => (fired = true), 0);
    const end = performance.now() + 60;
    while (performance.now() < end) await pace();
    expect(fired).toBe(true);
  });

  afterEach(() => {
    vi.useRealTimers();
    release('tab:1');
    release('tab:2');
  });

  it("waits while a page's check is held, until every hold is released", async () => {
    let resumed = false;
    hold('tab:1');
    hold('tab:2');
    const job = pace().then(() => (resumed = true));
    await sleep(40);
    release('tab:1');
    await sleep(40);
    expect(resumed).toBe(false);
    release('tab:2');
    await job;
    expect(resumed).toBe(true);
  });

  it('stops waiting for a hold nobody released once it lapses', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    let resumed = false;
    hold('tab:1');
    const job = pace().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(HOLD_MS - 100);
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    await job;
    expect(resumed).toBe(true);
  });

  it('lets a job held page after page through after ten seconds, for a second', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearInterval', 'performance'] });
    let resumed = false;
    const renew = setInterval(() => hold('tab:1'), 1_000);
    hold('tab:1');
    const job = pace().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(9_900);
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    await job;
    expect(resumed).toBe(true);
    // Within its free second the job's next break does not wait for the holds.
    let again = false;
    const next = pace().then(() => (again = true));
    await vi.advanceTimersByTimeAsync(20);
    await next;
    expect(again).toBe(true);
    clearInterval(renew);
  });
});
