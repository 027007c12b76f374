// Reads what a page was opened for from its query string: `?tabId=N` (the browser suite opens pages for a given
// tab) and `?mock=<state>` (the connector's mock twin, for looking at the design without a background).

export interface PageParams {
  /** Explicit tab to show; null = follow the active tab of the current window. */
  tabId: number | null;
  /** Mock state name, when the page was opened with ?mock; null in normal use. */
  mock: string | null;
}

export function readParams(search: string): PageParams {
  const q = new URLSearchParams(search);
  const raw = q.get('tabId');
  const n = raw !== null && /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  const mock = q.get('mock');
  return {
    tabId: Number.isSafeInteger(n) ? n : null,
    mock: mock === null ? null : /^[a-z-]{0,30}$/.test(mock) ? mock || 'ready' : null,
  };
}
