// Opens the side panel from the popup. The call is made straight in the click handler: the browser only
// allows it inside a user gesture, which any await before it would lose.
import type { TabTarget } from '../lib/ui/connector-types.js';
import { useConnector } from './ConnectorContext.js';

export function OpenPanelButton({ target }: { target: TabTarget | null }) {
  const connector = useConnector();
  if (!target) return null;
  const open = (): void => {
    if (connector.openSidePanel(target)) setTimeout(() => window.close?.(), 50);
  };
  return (
    <button type="button" class="primary" onClick={open} data-testid="open-side-panel">
      Open the side panel for details
    </button>
  );
}
