// Long jobs step aside for a page's check: pace() waits while reading() runs, and gives the loop back past a slice.
import { describe, expect, it } from 'vitest';
import { pace, reading } from '../../../lib/index/pace.js';

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
});
