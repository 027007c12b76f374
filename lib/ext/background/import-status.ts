// What became of each import the options page asked for. The page asks for it beside the import's own message: in
// clean-clone CI runs Chromium sometimes never delivered that message's answer although the background had finished
// (its staged files were gone, the index as before), and the page waited for ever. A finished result is also kept in
// storage.local, so a worker started again meanwhile still knows it.
import type { ImportResult, ImportStatus } from '../protocol.js';
import type { IndexMetaArea } from './index-info.js';

const RESULTS_KEY = 'parallax:import-results';
/** Finished imports remembered: the page asks within seconds, so the last few are plenty. */
const KEEP = 8;

/** One attempt: the first try of staged files, or the reader's confirmation of the same files (unsigned). */
export const attemptOf = (id: string, confirmUnsigned: boolean): string => `${confirmUnsigned ? 'confirmed' : 'asked'}:${id}`;

export interface ImportStatuses {
  mark(attempt: string, state: 'waiting' | 'running'): void;
  finish(attempt: string, result: ImportResult): Promise<void>;
  get(attempt: string): Promise<ImportStatus>;
}

export function importStatuses(local: IndexMetaArea): ImportStatuses {
  const open = new Map<string, 'waiting' | 'running'>();
  const stored = async (): Promise<[string, ImportResult][]> => {
    const v = (await local.get(RESULTS_KEY))[RESULTS_KEY];
    return Array.isArray(v) ? (v as [string, ImportResult][]) : [];
  };
  return {
    mark: (attempt, state) => void open.set(attempt, state),
    async finish(attempt, result) {
      open.delete(attempt);
      const kept = (await stored()).filter(([a]) => a !== attempt);
      await local.set({ [RESULTS_KEY]: [...kept, [attempt, result]].slice(-KEEP) });
    },
    async get(attempt) {
      const state = open.get(attempt);
      if (state) return { state };
      const done = (await stored()).find(([a]) => a === attempt);
      return done ? { state: 'done', result: done[1] } : { state: 'unknown' };
    },
  };
}
