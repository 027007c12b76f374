// When the updater checks: at install, at browser start, after a worker stopped mid-check, and on an alarm about
// every hour. Each alarm is set again with a new jitter of ±10 minutes, so readers' checks spread out instead of
// arriving together on the hour (the jitter is timing only: every request stays the same bytes for everyone).
import { browser } from 'wxt/browser';

export const UPDATE_ALARM = 'parallax-updates';
export const PERIOD_MINUTES = 60;
export const JITTER_MINUTES = 10;

export const nextDelayMinutes = (random: number): number => PERIOD_MINUTES - JITTER_MINUTES + 2 * JITTER_MINUTES * random;

type Alarms = {
  get(name: string): Promise<unknown>;
  create(name: string, info: { delayInMinutes: number }): Promise<void> | void;
  onAlarm: { addListener(cb: (alarm: { name: string }) => void): void };
};

const alarms = (): Alarms | null => (browser as unknown as { alarms?: Alarms }).alarms ?? null;

export async function scheduleNext(force = false): Promise<void> {
  const api = alarms();
  if (!api) return;
  if (!force && (await api.get(UPDATE_ALARM))) return;
  await api.create(UPDATE_ALARM, { delayInMinutes: nextDelayMinutes(Math.random()) });
}

export function onUpdateAlarm(run: () => void): void {
  alarms()?.onAlarm.addListener((alarm) => {
    if (alarm.name !== UPDATE_ALARM) return;
    run();
    void scheduleNext(true);
  });
}
