// The reader's own collection for the options page, read again when `key` changes and polled while a poll runs.
import { useEffect, useState } from 'preact/hooks';
import type { CollectInfo } from '../lib/ext/protocol.js';
import { useConnector } from './ConnectorContext.js';

const POLL_MS = 1000;

export function useCollect(key: unknown): [CollectInfo | null, (c: CollectInfo) => void] {
  const connector = useConnector();
  const [info, setInfo] = useState<CollectInfo | null>(null);
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = (): void => {
      connector.getCollect().then(
        (c) => {
          if (!alive) return;
          setInfo(c);
          if (c.polling) timer = setTimeout(load, POLL_MS);
        },
        (e: unknown) => console.warn('Parallax:', e),
      );
    };
    load();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [connector, key, info?.polling]);
  return [info, setInfo];
}
