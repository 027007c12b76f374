// When the reader's own collection polls: on an alarm about every half hour (±5 minutes of jitter, timing only),
// at browser start, and on "poll now". Nothing is polled while no feed is listed.
import { browser } from 'wxt/browser';
import { POLL_LIMITS } from '../../collect/poll-policy.js';
import type { CollectService } from './collect-service.js';

export const COLLECT_ALARM = 'parallax-collect';
const JITTER_MINUTES = 5;

export const nextPollMinutes = (random: number): number =>
  POLL_LIMITS.periodMinutes - JITTER_MINUTES + 2 * JITTER_MINUTES * random;

type Alarms = {
  get(name: string): Promise<unknown>;
  create(name: string, info: { delayInMinutes: number }): Promise<void> | void;
  onAlarm: { addListener(cb: (alarm: { name: string }) => void): void };
};

const alarms = (): Alarms | null => (browser as unknown as { alarms?: Alarms }).alarms ?? null;

async function scheduleNext(force: boolean): Promise<void> {
  const api = alarms();
  if (!api || (!force && (await api.get(COLLECT_ALARM)))) return;
  await api.create(COLLECT_ALARM, { delayInMinutes: nextPollMinutes(Math.random()) });
}

/** Registers the alarm's listener and makes sure one is set; a poll runs only when feeds are listed. */
export function scheduleCollect(service: Pick<CollectService, 'info' | 'pollNow'>): void {
  const poll = (reason: string): void => {
    service
      .info()
      .then((i) => (i.feeds.length ? service.pollNow() : null))
      .catch((e: unknown) => console.warn(`Parallax: ${reason} poll failed`, e));
  };
  alarms()?.onAlarm.addListener((alarm) => {
    if (alarm.name !== COLLECT_ALARM) return;
    poll('scheduled');
    void scheduleNext(true);
  });
  browser.runtime.onStartup.addListener(() => poll('browser start'));
  void scheduleNext(false).catch((e: unknown) => console.warn('Parallax: collect schedule failed', e));
}
