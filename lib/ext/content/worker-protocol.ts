// The messages between the content script and its extraction worker (issue 23: Readability was one main-thread task
// of 30–170 ms on an ordinary article). The worker gets the reading copy's markup and the page URL; it answers
// "ready" once its script has run, then the outcome, text and metadata only. Both ends are ours and the page holds
// no handle on the worker, so the checks here catch our own mistakes (an old script, a stray message), not attacks.
import type { ExtractOutcome } from '../../types.js';

export interface ToWorker {
  type: 'extract';
  /** Matches an answer to its request. */
  id: number;
  html: string;
  url: string;
}

export type FromWorker = { type: 'ready' } | { type: 'outcome'; id: number; outcome: ExtractOutcome };

const isRecord = (d: unknown): d is Record<string, unknown> => typeof d === 'object' && d !== null;

export function isToWorker(d: unknown): d is ToWorker {
  return (
    isRecord(d) && d.type === 'extract' && typeof d.id === 'number' && typeof d.html === 'string' && typeof d.url === 'string'
  );
}

/** The shape of an answer; its fields are fitted and validated on their way to the background like any outcome. */
export function isFromWorker(d: unknown): d is FromWorker {
  if (!isRecord(d)) return false;
  if (d.type === 'ready') return true;
  const o = d.outcome;
  return d.type === 'outcome' && typeof d.id === 'number' && isRecord(o) && typeof o.ok === 'boolean';
}

/** The copy as markup for the worker: the element tree only (the doctype is the worker's, never the page's). */
export const serialiseCopy = (doc: Document): string => `<!DOCTYPE html>${doc.documentElement.outerHTML}`;
