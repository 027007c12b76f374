// Gives every component the page's connector (the real one, or the mock twin in tests and ?mock pages).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Connector } from '../lib/ui/connector-types.js';

export const ConnectorContext = createContext<Connector | null>(null);

export function useConnector(): Connector {
  const connector = useContext(ConnectorContext);
  if (!connector) throw new Error('ConnectorContext is missing: wrap the page in <ConnectorContext.Provider>.');
  return connector;
}
