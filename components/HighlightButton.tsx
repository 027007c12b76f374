// "Show in this article": scrolls to and highlights a sentence of the page being read, with a way to remove it
// and a plain message when the page no longer has it.
import { useState } from 'preact/hooks';
import { useConnector } from './ConnectorContext.js';

export function HighlightButton({
  tabId,
  sentence,
  testId = 'highlight-claim',
}: {
  tabId: number;
  sentence: string;
  testId?: string;
}) {
  const connector = useConnector();
  const [found, setFound] = useState<boolean | null>(null);
  const show = (): void => {
    connector.highlight(tabId, sentence).then(
      (r) => setFound(r.found),
      () => setFound(false),
    );
  };
  const clear = (): void => {
    connector.clearHighlight(tabId).then(
      () => setFound(null),
      () => setFound(null),
    );
  };
  return (
    <p class="row small">
      <button type="button" class="link" onClick={show} data-testid={testId}>
        Show in this article
      </button>
      {found === true && (
        <button type="button" class="link" onClick={clear} data-testid="clear-highlight">
          Remove highlight
        </button>
      )}
      {found === false && (
        <span class="muted" role="status">
          Not found in the page (it may have changed).
        </span>
      )}
    </p>
  );
}
