// Mounts a page (popup, side panel, options) with its connector: the real one, or with ?mock=<state> the mock
// twin (loaded only then, as its own chunk), so the design can be looked at without a background.
import { render, type ComponentType } from 'preact';
import { createConnector } from '../lib/ui/connector.js';
import type { Connector } from '../lib/ui/connector-types.js';
import type { FirstAnswer } from '../lib/ui/first-answer.js';
import { readParams } from '../lib/ui/page-params.js';
import { ConnectorContext } from './ConnectorContext.js';
import './theme.css';
import './report.css';
import './pages.css';

export interface PageProps {
  tabId: number | null;
  /** The tab and its stored answer, when the page read them before mounting (the popup). */
  first?: FirstAnswer | null;
}

/**
 * The first render waits for `first` at most this long: the stored answer normally comes in a few ms and is then
 * drawn at once; if the browser is slow, the page shows its skeleton rather than nothing.
 */
const FIRST_WAIT_MS = 150;

export async function mountPage(
  Page: ComponentType<PageProps>,
  root: HTMLElement,
  first?: Promise<FirstAnswer | null>,
): Promise<void> {
  const params = readParams(location.search);
  const connector: Connector = params.mock
    ? (await import('../lib/ui/mock/mock-states.js')).mockConnectorFor(params.mock)
    : createConnector();
  const known = first ? await Promise.race([first, new Promise<null>((r) => setTimeout(() => r(null), FIRST_WAIT_MS))]) : null;
  render(
    <ConnectorContext.Provider value={connector}>
      <Page tabId={params.tabId} first={known} />
    </ConnectorContext.Provider>,
    root,
  );
}
