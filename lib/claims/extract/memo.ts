// Memoised pure functions of a string. One page's analysis reads each clause several times (the event's alignment,
// the story pass, the cross-event keys, the denial checks) and the same articles of an event come back page after
// page, so what is read from a text is worked out once. Each memo is cleared when full: memory stays bounded.

/** The memos of clause texts (not of single words), for forgetClauses. */
const CLAUSE_MEMOS: Map<string, unknown>[] = [];

/** `read` memoised by its text. A memo of words (`words`: the stem of one word) is kept by forgetClauses. */
export function memoByText<T>(read: (text: string) => T, max = 20_000, words = false): (text: string) => T {
  const seen = new Map<string, T>();
  if (!words) CLAUSE_MEMOS.push(seen);
  return (text) => {
    let v = seen.get(text);
    if (v === undefined) {
      if (seen.size >= max) seen.clear();
      v = read(text);
      seen.set(text, v);
    }
    return v;
  };
}

/** Forget every clause read so far, as if the articles had never been seen (bench:claims times a page whose event is
 *  new; words recur across all pages and are kept). */
export function forgetClauses(): void {
  for (const m of CLAUSE_MEMOS) m.clear();
}
