// Sender checks (Dark Reader, Bitwarden): content-script messages only from tabs, UI messages only from our own pages.
// Pure: the extension id and origin are passed in, so the rules are unit-tested without a browser.

/** The fields of runtime.MessageSender these rules read (Chrome and Firefox both fill them). */
export interface SenderLike {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface Self {
  /** runtime.id */
  id: string;
  /** runtime.getURL('/') — "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  origin: string;
}

function fromOurPage(sender: SenderLike, self: Self): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(self.origin);
}

/**
 * A content script of ours running in a web page's top frame: it has a tab, and it is not one of our own pages
 * (the options page, or a popup opened as a page in tests, also has a tab). Sub-frames are ignored: the article
 * is the top document, and an ad frame must not overwrite the tab's state.
 */
export function contentScriptTabId(sender: SenderLike, self: Self): number | null {
  if (sender.id !== self.id) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  if (fromOurPage(sender, self)) return null;
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  return tabId;
}

/** One of the extension's own pages (popup, side panel, options), never a web page or another extension. */
export function isExtensionPage(sender: SenderLike, self: Self): boolean {
  return sender.id === self.id && fromOurPage(sender, self);
}
