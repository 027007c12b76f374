// Named handlers behind sender checks (Bitwarden, Dark Reader): a content-script handler runs only for a message
// from one of our content scripts in a tab's top frame, a UI handler only for one of our own pages.
import { browser, type Browser } from 'wxt/browser';
import { contentScriptTabId, isExtensionPage, type Self } from '../senders.js';

export class SenderRefused extends Error {
  constructor(what: string) {
    super(`Parallax: ${what} refused: not from an allowed sender`);
    this.name = 'SenderRefused';
  }
}

/** Our id and origin, read when the first message arrives (never at module top level: WXT imports this in Node). */
export function selfIdentity(): Self {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
}

interface Incoming<D> {
  data: D;
  sender: Browser.runtime.MessageSender;
}

export function fromContentScript<D, R>(
  name: string,
  self: () => Self,
  handler: (data: unknown, tabId: number, sender: Browser.runtime.MessageSender) => R,
) {
  return ({ data, sender }: Incoming<D>): R => {
    const tabId = contentScriptTabId(sender, self());
    if (tabId === null) throw new SenderRefused(name);
    return handler(data, tabId, sender);
  };
}

export function fromUi<D, R>(name: string, self: () => Self, handler: (data: unknown) => R) {
  return ({ data, sender }: Incoming<D>): R => {
    if (!isExtensionPage(sender, self())) throw new SenderRefused(name);
    return handler(data);
  };
}
