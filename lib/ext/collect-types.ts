// What the options page is told about "collect it yourself" (the background's collect-service.ts answers it).
import type { FeedView } from '../collect/reader-feeds.js';

export type { FeedView };

export interface CollectInfo {
  feeds: FeedView[];
  /** Articles and events the collection holds now. */
  articles: number;
  events: number;
  /** A poll is running. */
  polling: boolean;
  /** The newest poll of any feed. */
  lastPoll: string | null;
}

export interface CollectImport {
  info: CollectInfo;
  added: number;
  /** Outlines not added, each with the reason. */
  skipped: string[];
}
