// A trailing debounce: single-page sites change the URL, then render; several changes in a row are one page.
export function debounce(fn: () => void, ms: number, timers: { set: typeof setTimeout; clear: typeof clearTimeout } = { set: setTimeout, clear: clearTimeout }) {
  let t: ReturnType<typeof setTimeout> | undefined;
  const call = (): void => {
    if (t !== undefined) timers.clear(t);
    t = timers.set(() => {
      t = undefined;
      fn();
    }, ms);
  };
  call.cancel = (): void => {
    if (t !== undefined) timers.clear(t);
    t = undefined;
  };
  return call;
}
