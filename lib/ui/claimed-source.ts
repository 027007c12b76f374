// What a page says about where it comes from, when that is not where it is: the host of a canonical link on an
// unrelated host (lib/ext/content/outgoing.ts), for "says it is from …". Never an identity.
import type { Report } from '../types.js';
import { hostOf } from './safe-url.js';

export const claimedHost = (article: Report['article']): string | null => hostOf(article.claimedUrl);
