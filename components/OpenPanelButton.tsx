// Opens the side panel from the popup. The call is made straight in the click handler: the browser only
// allows it inside a user gesture, which any await before it would lose.
import type { TabTarget } from '../lib/ui/connector-types.js';
import { useConnector } from './ConnectorContext.js';

/** `closePopup`: close the toolbar popup once the panel opens (not when the page was opened as a tab with ?tabId). */
export function OpenPanelButton({ target, closePopup }: { target: TabTarget | null; closePopup: boolean }) {
  const connector = useConnector();
  if (!target) return null;
  const open = (): void => {
    if (connector.openSidePanel(target) && closePopup) setTimeout(() => window.close?.(), 50);
  };
  return (
    <button type="button" class="primary" onClick={open} data-testid="open-side-panel">
      Open the side panel for details
    </button>
  );
}
