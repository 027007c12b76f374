// Which index is loaded, kept fresh while it loads (on first install the bundled index takes a while and the
// background never pushes): polled until it is ready or failed.
import { useEffect, useState } from 'preact/hooks';
import type { IndexInfo } from '../lib/ext/protocol.js';
import { useConnector } from './ConnectorContext.js';

const POLL_MS = 700;

export function useIndexInfo(version: number): IndexInfo | null {
  const connector = useConnector();
  const [info, setInfo] = useState<IndexInfo | null>(null);
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = (): void => {
      connector.getIndexInfo().then(
        (i) => {
          if (!alive) return;
          setInfo(i);
          if (i.state === 'loading' || i.state === 'empty') timer = setTimeout(load, POLL_MS);
        },
        () => alive && (timer = setTimeout(load, POLL_MS)),
      );
    };
    load();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [connector, version]);
  return info;
}
