// Importing index files from the options page, as steps the page shows: the files are staged where the background
// reads them (IndexedDB, not a message: messages stop at 64 MiB), the background checks them whole (progress polled),
// then done, a clear error, or, for a good file nobody trusted signed, a question to the reader first.
import { INDEX_MAX_BYTES } from '../index/format.js';
import type { ImportResult, UnsignedImport } from '../ext/protocol.js';
import type { Connector } from './connector-types.js';

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: number; step: string }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string }
  /** Checked and good, but not signed by a publisher the reader trusts: nothing is written until they confirm. */
  | { kind: 'confirm'; id: string; unsigned: UnsignedImport };

export type PickedFile = Blob & { name: string };

const STEP = 'Checking and loading into Parallax…';

/** Sends the staged files, and polls the background's progress and the import's status until either answers: the
 * import's own answer has been seen lost (the background done, its staged files gone, the page waiting for ever). */
async function send(
  connector: Connector,
  id: string,
  confirmUnsigned: boolean,
  onPhase: (p: ImportPhase) => void,
  pollMs: number,
): Promise<ImportPhase> {
  onPhase({ kind: 'busy', progress: 0, step: STEP });
  let poll: ReturnType<typeof setInterval> | undefined;
  const finished = new Promise<ImportResult>((resolve) => {
    poll = setInterval(() => {
      connector.getIndexInfo().then(
        (i) => i.state === 'loading' && onPhase({ kind: 'busy', progress: i.progress, step: STEP }),
        () => undefined,
      );
      connector.importStatus(id, confirmUnsigned).then(
        (s) => s.state === 'done' && resolve(s.result),
        () => undefined,
      );
    }, pollMs);
  });
  let result: ImportResult;
  try {
    result = await Promise.race([connector.importIndex(id, confirmUnsigned), finished]);
  } catch (e) {
    // The message's channel closed without an answer: the browser stopped the background mid-import. What it had
    // written is purged when it starts again (lib/ext/background/index-import.ts).
    const message = e instanceof Error ? e.message : String(e);
    if (!/closed|receiving end does not exist|context invalidated/i.test(message)) throw e;
    return {
      kind: 'error',
      text: 'Parallax’s background was stopped by the browser during the import, so nothing was changed. Choose the file again to import it',
    };
  } finally {
    clearInterval(poll);
  }
  if (result.ok)
    return {
      kind: 'done',
      text: `Imported ${result.info.description ? `“${result.info.description.slice(0, 120)}”` : 'the index'}.`,
    };
  if (result.unsigned && !confirmUnsigned) return { kind: 'confirm', id, unsigned: result.unsigned };
  return { kind: 'error', text: result.error };
}

async function finish(run: () => Promise<ImportPhase>, onPhase: (p: ImportPhase) => void): Promise<ImportPhase> {
  let final: ImportPhase;
  try {
    final = await run();
  } catch (e) {
    final = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
  }
  onPhase(final);
  return final;
}

/** The reader picked files (one index file, or a publisher's manifest.json with its snapshot). */
export function runImport(
  connector: Connector,
  files: readonly PickedFile[],
  onPhase: (p: ImportPhase) => void,
  pollMs = 300,
): Promise<ImportPhase> {
  return finish(async () => {
    const big = files.find((f) => f.size > INDEX_MAX_BYTES);
    if (big)
      return { kind: 'error', text: `${big.name} is larger than Parallax imports: over ${INDEX_MAX_BYTES / 1_000_000} MB` };
    if (!files.length) return { kind: 'idle' };
    onPhase({ kind: 'busy', progress: 0, step: `Reading ${files.map((f) => f.name).join(' and ')}…` });
    const id = await connector.stageImport(files);
    return send(connector, id, false, onPhase, pollMs);
  }, onPhase);
}

/** The reader confirmed an unsigned file. */
export function confirmImport(
  connector: Connector,
  id: string,
  onPhase: (p: ImportPhase) => void,
  pollMs = 300,
): Promise<ImportPhase> {
  return finish(() => send(connector, id, true, onPhase, pollMs), onPhase);
}

/** The reader declined an unsigned file: its staged copy goes. */
export async function cancelImport(connector: Connector, id: string, onPhase: (p: ImportPhase) => void): Promise<void> {
  await connector.discardImport(id).catch(() => undefined);
  onPhase({ kind: 'idle' });
}
