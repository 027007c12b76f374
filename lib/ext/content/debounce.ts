// A trailing debounce: single-page sites change the URL, then render; several changes in a row are one page.
// The default timers are wrapped: a browser's setTimeout called as a method of another object throws "Illegal
// invocation".
const GLOBAL_TIMERS = {
  set: ((fn: () => void, ms: number) => setTimeout(fn, ms)) as typeof setTimeout,
  clear: (t: ReturnType<typeof setTimeout>) => clearTimeout(t),
};

export function debounce(
  fn: () => void,
  ms: number,
  timers: { set: typeof setTimeout; clear: typeof clearTimeout } = GLOBAL_TIMERS as never,
) {
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
