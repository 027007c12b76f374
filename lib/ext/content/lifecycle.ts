// The content script's own lifecycle and URL watch, out of the page's reach (issue 23). WXT's context announces
// every start to the page ("<extension-id>:content:wxt:content-script-started") and stops on a re-dispatch of it,
// and its location-change event is an ordinary page-visible event: a page switched Parallax off, or forced 15
// re-reads in 20 s. Here nothing the page dispatches counts: the script is alive while the extension is, a newer
// copy of it (re-injected on update or on demand) replaces an older one through the isolated world's own global,
// which the page cannot see, and a URL change is a change of `location.href` itself.

/** What one running copy of the script registers, so a newer copy can stop it. */
interface Running {
  stop(): void;
}

const SLOT = Symbol.for('parallax.content-script');
type Slot = { [SLOT]?: Running };

export interface Lifecycle {
  readonly alive: boolean;
  onStop(fn: () => void): void;
  stop(): void;
}

/** `extensionAlive`: false once the extension was reloaded or removed (its runtime id is gone). */
export function startLifecycle(global: object, extensionAlive: () => boolean): Lifecycle {
  const slot = global as Slot;
  slot[SLOT]?.stop();
  const stops: (() => void)[] = [];
  let stopped = false;
  const life: Lifecycle = {
    get alive() {
      if (!stopped && !extensionAlive()) life.stop();
      return !stopped;
    },
    onStop: (fn) => void stops.push(fn),
    stop() {
      if (stopped) return;
      stopped = true;
      if (slot[SLOT] === running) delete slot[SLOT];
      for (const fn of stops.splice(0)) fn();
    },
  };
  const running: Running = { stop: () => life.stop() };
  slot[SLOT] = running;
  return life;
}

/**
 * Calls `onChange(url)` when the page's URL (without its fragment) changes. The Navigation API's trusted
 * `navigate` events and history's `popstate` wake it; each is checked against `location.href`, so an event a page
 * dispatches itself changes nothing. Browsers without the Navigation API (Firefox) are polled once a second.
 */
export function watchUrl(win: Window, life: Lifecycle, onChange: (url: string) => void): void {
  const key = (): string => win.location.href.split('#')[0]!;
  let last = key();
  const check = (): void => {
    if (!life.alive) return;
    const now = key();
    if (now === last) return;
    last = now;
    onChange(win.location.href);
  };
  // A navigate event fires before the URL changes: look once the current task is done.
  const later = (e: Event): void => {
    if (e.isTrusted) win.setTimeout(check, 0);
  };
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  const ac = new AbortController();
  nav?.addEventListener('navigate', later, { signal: ac.signal });
  nav?.addEventListener('navigatesuccess', later, { signal: ac.signal });
  win.addEventListener('popstate', later, { signal: ac.signal });
  const poll = nav ? undefined : win.setInterval(check, 1_000);
  life.onStop(() => {
    ac.abort();
    if (poll !== undefined) win.clearInterval(poll);
  });
}
