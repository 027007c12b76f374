// Memoised pure functions of a string. One page's analysis reads each clause several times (the event's alignment,
// the story pass, the cross-event keys, the denial checks) and the same articles of an event come back page after
// page, so what is read from a text is worked out once. Each memo is cleared when full: memory stays bounded.
export function memoByText<T>(read: (text: string) => T, max = 20_000): (text: string) => T {
  const seen = new Map<string, T>();
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
