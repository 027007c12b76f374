// The updater's state for a page (freshness line, no-coverage date, options), read again when `key` changes (the
// tab's answer, or the options page after an action) and polled while a check runs.
import { useEffect, useState } from 'preact/hooks';
import type { UpdatesInfo } from '../lib/ext/protocol.js';
import { useConnector } from './ConnectorContext.js';

const POLL_MS = 1000;

/** `enabled` false: not yet (the popup asks only once its answer is drawn, keeping the message off that path). */
export function useUpdates(key: unknown, enabled = true): [UpdatesInfo | null, (u: UpdatesInfo) => void] {
  const connector = useConnector();
  const [info, setInfo] = useState<UpdatesInfo | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = (): void => {
      connector.getUpdates().then(
        (u) => {
          if (!alive) return;
          setInfo(u);
          if (u.checking || u.subscriptions.some((s) => s.pending)) timer = setTimeout(load, POLL_MS);
        },
        (e: unknown) => console.warn('Parallax:', e),
      );
    };
    load();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [connector, key, enabled]);
  return [info, setInfo];
}
