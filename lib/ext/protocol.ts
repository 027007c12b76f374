// The one typed message protocol between content script (CS), background (BG) and extension pages (UI).
// Direction is in every name: cs* = CS→BG, ui* = UI→BG, bg* = BG→CS. Built on @webext-core/messaging
// (which uses webextension-polyfill); payloads are validated by the receiver (see lib/ext/validate.ts).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ExtractOutcome, Report } from '../types.js';

/** What the background knows about one tab, persisted in storage.session so a restarted worker still has it. */
export type TabState =
  | { status: 'waiting'; url: string | null }
  | { status: 'disabled'; url: string | null; message: string }
  | { status: 'index-loading'; url: string | null; progress: number }
  | { status: 'not-article' | 'too-large' | 'error'; url: string | null; message: string }
  | { status: 'ready'; url: string | null; report: Report };

export interface IndexInfo {
  state: 'empty' | 'loading' | 'ready' | 'error';
  /** 0..1 while loading. */
  progress: number;
  message: string | null;
  description: string | null;
  schemaVersion: number | null;
  builtAt: string | null;
  contentHash: string | null;
  counts: Record<string, number> | null;
  source: 'bundled' | 'imported' | null;
}

export interface ProtocolMap {
  /** CS→BG: the page's extraction result (text and metadata only, never HTML). */
  csArticleExtracted(data: { url: string; outcome: ExtractOutcome }): void;
  /** UI→BG: the state of a tab (popup and side panel render it). */
  uiGetTabState(data: { tabId: number }): TabState;
  /** UI→BG: run extraction and matching again on a tab. */
  uiRecheckTab(data: { tabId: number }): void;
  /** UI→BG: which index is loaded, its counts and build date. */
  uiGetIndexInfo(): IndexInfo;
  /** UI→BG: scroll to and highlight a sentence of the article in the page. */
  uiHighlightInTab(data: { tabId: number; sentence: string }): { found: boolean };
  /** BG→CS: highlight a sentence (found by text, not by position: the page may have changed). */
  bgHighlightSentence(data: { sentence: string }): { found: boolean };
  /** BG→CS: remove any highlight we added. */
  bgClearHighlight(): void;
  /** BG→CS: extract the page again (recheck). */
  bgExtractAgain(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
