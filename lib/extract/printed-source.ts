// Who a capture says wrote or first published the text: bylines, news desks and republication notices.
import { asDomain } from './capture-lines.js';

/** "Naharnet Newsdesk" (seed 001), "Devdiscourse News Desk" (seed 004): a desk byline names the outlet itself. */
const DESK_SUFFIX = /\s+(?:news\s*desk|newsdesk|desk|news\s*service|staff|bureau|web\s*desk|editorial(?:\s+team)?)$/i;

export function outletFromDesk(byline: string): string | null {
  const m = DESK_SUFFIX.exec(byline);
  if (!m) return null;
  const name = byline.slice(0, m.index).trim();
  return name.length > 1 ? name : null;
}

/**
 * A byline on a metadata line: "by Naharnet Newsdesk 21 May 2025, 15:04" (seed 001) or the first segment of
 * "Devdiscourse News Desk | Moscow | Updated: 26-04-2025 19:00 IST" (seed 004). Null when the line has neither.
 */
export function parseByline(line: string): string | null {
  const by = /^by\s+(.+)$/i.exec(line);
  if (by) {
    // The name ends where the date, time or a separator starts.
    const name = by[1]!.split(/\s+(?=\d)|\s*[|,•·]\s*|\s+(?:on|at|updated|published)\b/i)[0]!.trim();
    return name.length > 1 && name.split(/\s+/).length <= 6 ? name : null;
  }
  if (line.includes('|')) {
    const first = line.split('|')[0]!.trim();
    if (DESK_SUFFIX.test(first) && !/\d/.test(first)) return first;
  }
  return null;
}

// "This post appeared first on cnn.com" (seed 002); the other forms are the usual syndication footers and
// headers ("Originally published on …", "Republished with permission from …", "This article first appeared in …").
const REPUBLISHED = new RegExp(
  [
    String.raw`^(?:this|the)\s+(?:post|article|story|piece|content|report)\s+(?:was\s+)?(?:first\s+|originally\s+)?(?:appeared|published|posted)\s+(?:first\s+|originally\s+)?(?:on|in|at|by)\s+(.+?)\.?$`,
    String.raw`^(?:originally|first)\s+(?:published|appeared|posted)\s+(?:on|in|at|by)\s+(.+?)\.?$`,
    String.raw`^republished\s+(?:with\s+permission\s+)?(?:from|courtesy\s+of)\s+(.+?)\.?$`,
  ].join('|'),
  'i',
);

/** The source a republication notice names ("cnn.com", "The Conversation"), else null. */
export function parseRepublished(line: string): string | null {
  if (line.length > 200) return null;
  const m = REPUBLISHED.exec(line.trim());
  const raw = m?.slice(1).find((g) => g !== undefined);
  if (!raw) return null;
  // Keep only the name: drop trailing clauses ("… and is republished here under a Creative Commons licence").
  const name = raw
    .split(/\s+(?:and|under|with|on\s+\w+day|in\s+\d{4})\b|[,;(]/i)[0]!
    .replace(/^the\s+/i, 'The ')
    .trim();
  if (!name) return null;
  return asDomain(name) ?? name;
}
