// Renders a page component with the mock connector into a linkedom document (no browser) and waits for it
// to settle, so tests can read the text and click the buttons a reader would.
import { parseHTML } from 'linkedom';
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { ConnectorContext } from '../../../components/ConnectorContext.js';
import type { Connector } from '../../../lib/ui/connector-types.js';

export interface Rendered {
  root: HTMLElement;
  text: () => string;
  q: (testid: string) => HTMLElement | null;
  all: (testid: string) => HTMLElement[];
  click: (el: Element | null) => Promise<void>;
  /** Dispatch any event (submit, change, blur) and let the page settle. */
  fire: (el: Element | null, type: string) => Promise<void>;
  settle: () => Promise<void>;
}

export function installDom(): void {
  const { window, document } = parseHTML('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window, document, Node: window.Node, Element: window.Element, Event: window.Event });
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

async function fire(el: Element | null, type: string): Promise<void> {
  if (!el) throw new Error(`nothing to ${type}`);
  const EventCtor = (globalThis as unknown as { Event: typeof Event }).Event;
  await act(() => {
    el.dispatchEvent(new EventCtor(type, { bubbles: true, cancelable: true }));
  });
  await settle();
}

export async function renderWith(connector: Connector, ui: ComponentChildren): Promise<Rendered> {
  installDom();
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(<ConnectorContext.Provider value={connector}>{ui}</ConnectorContext.Provider>, root);
  });
  await settle();
  return {
    root,
    text: () => (root.textContent ?? '').replace(/\s+/g, ' '),
    q: (id) => root.querySelector(`[data-testid="${id}"]`),
    all: (id) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)],
    click: (el) => fire(el, 'click'),
    fire,
    settle,
  };
}
