// What the pages are told about the index and an import (part of the message protocol, lib/ext/protocol.ts, which
// re-exports these): the index's facts as stored, who vouches for it, and an import's answer.

/** Who vouches for the index answering pages: the extension's package, a publisher the reader trusts (a signed
 * manifest with its snapshot), or nobody (an unsigned file the reader chose to import anyway). */
export type IndexTrust =
  { kind: 'bundled' } | { kind: 'signed'; publisher: string; keyId: string } | { kind: 'unverified'; reason: string };

export interface IndexInfo {
  state: 'empty' | 'loading' | 'ready' | 'error';
  /** 0..1 while loading. */
  progress: number;
  message: string | null;
  /** Every field below is what the stored header holds when it is of the right type, else null: a header stored by an
   * older version may be anything, and the options page renders it. */
  description: string | null;
  schemaVersion: number | null;
  builtAt: string | null;
  contentHash: string | null;
  counts: Record<string, number> | null;
  source: 'bundled' | 'imported' | null;
  trust: IndexTrust | null;
  /** What is wrong with the stored header (schema), null when nothing: the way back to the bundled index is shown. */
  problem: string | null;
}

/** An unsigned file that passed every check, described for the reader to confirm or cancel. */
export interface UnsignedImport {
  name: string;
  description: string;
  builtAt: string | null;
  counts: { articles: number; events: number; outlets: number };
  reason: string;
}

/** `unsigned`: the file is good but nobody the reader trusts signed it; nothing was written, the files stay staged
 * until the reader confirms (uiImportIndex again with confirmUnsigned) or cancels. */
export type ImportResult = { ok: true; info: IndexInfo } | { ok: false; error: string; unsigned?: UnsignedImport };

/** An import asked for: waiting behind another load, running, done with its result, or unknown to the background. */
export type ImportStatus = { state: 'waiting' | 'running' | 'unknown' } | { state: 'done'; result: ImportResult };
