// Importing an index file from the options page, as steps the page shows: read (with progress) → hand to the
// background (its progress polled) → done or a clear error. A bad file never reaches the background.
import type { Connector } from './connector-types.js';
import { readIndexFile } from './read-index-file.js';

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: number; step: string }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

/** Share of the bar for reading the file; the rest follows the background's loading progress. */
const READ_SHARE = 0.3;

export async function runImport(
  connector: Connector,
  file: Blob & { name: string },
  onPhase: (phase: ImportPhase) => void,
  pollMs = 300,
): Promise<ImportPhase> {
  let poll: ReturnType<typeof setInterval> | undefined;
  let final: ImportPhase;
  try {
    const reading = `Reading ${file.name}…`;
    onPhase({ kind: 'busy', progress: 0, step: reading });
    const text = await readIndexFile(file, (p) => onPhase({ kind: 'busy', progress: p * READ_SHARE, step: reading }));
    const loading = 'Loading into Parallax…';
    onPhase({ kind: 'busy', progress: READ_SHARE, step: loading });
    poll = setInterval(() => {
      connector.getIndexInfo().then(
        (i) => i.state === 'loading' && onPhase({ kind: 'busy', progress: READ_SHARE + (1 - READ_SHARE) * i.progress, step: loading }),
        () => undefined,
      );
    }, pollMs);
    const result = await connector.importIndex(file.name, text);
    final = result.ok ? { kind: 'done', text: `Imported ${file.name}.` } : { kind: 'error', text: result.error };
  } catch (e) {
    final = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
  } finally {
    clearInterval(poll);
  }
  onPhase(final);
  return final;
}
