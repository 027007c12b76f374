// Mounts a page (popup, side panel, options) with its connector: the real one, or with ?mock=<state> the mock
// twin (loaded only then, as its own chunk), so the design can be looked at without a background.
import { render, type ComponentType } from 'preact';
import { createConnector } from '../lib/ui/connector.js';
import type { Connector } from '../lib/ui/connector-types.js';
import { readParams } from '../lib/ui/page-params.js';
import { ConnectorContext } from './ConnectorContext.js';
import './theme.css';

export async function mountPage(Page: ComponentType<{ tabId: number | null }>, root: HTMLElement): Promise<void> {
  const params = readParams(location.search);
  const connector: Connector = params.mock
    ? (await import('../lib/ui/mock/mock-states.js')).mockConnectorFor(params.mock)
    : createConnector();
  render(
    <ConnectorContext.Provider value={connector}>
      <Page tabId={params.tabId} />
    </ConnectorContext.Provider>,
    root,
  );
}
