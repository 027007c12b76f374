// The content script's own lifecycle and URL watch: nothing a page dispatches stops it or makes it read again
// (issue 23: re-dispatching WXT's "content-script-started" switched Parallax off; its location-change event forced
// re-reads), a newer copy replaces an older one, and a real URL change is seen.
import { describe, expect, it, vi } from 'vitest';
import { startLifecycle, watchUrl } from '../../../lib/ext/content/lifecycle.js';

/** A window with just what watchUrl uses; `navigate` moves its URL as a real navigation would. */
function fakeWindow(url: string) {
  const target = new EventTarget();
  const nav = new EventTarget();
  const win = Object.assign(target, {
    location: { href: url },
    navigation: nav,
    setTimeout: (fn: () => void) => setTimeout(fn, 0),
    setInterval,
    clearInterval,
  });
  return { win: win as unknown as Window, nav, go: (to: string) => void (win.location.href = to) };
}
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('content script lifecycle', () => {
  it('a newer copy stops the older one; a dead extension stops it; nothing else does', () => {
    const global = {};
    let alive = true;
    const first = startLifecycle(global, () => alive);
    const stopped = vi.fn();
    first.onStop(stopped);
    expect(first.alive).toBe(true);
    const second = startLifecycle(global, () => alive);
    expect(first.alive).toBe(false);
    expect(stopped).toHaveBeenCalledOnce();
    expect(second.alive).toBe(true);
    alive = false;
    expect(second.alive).toBe(false);
  });

  it('reads again on a real URL change, never on a forged event or a same-URL one', async () => {
    const { win, nav, go } = fakeWindow('https://a.test/one');
    const life = startLifecycle({}, () => true);
    const seen: string[] = [];
    watchUrl(win, life, (u) => seen.push(u));
    // Forged: dispatched by the page itself (isTrusted is false), whatever its name.
    nav.dispatchEvent(new Event('navigate'));
    win.dispatchEvent(new Event('popstate'));
    await tick();
    expect(seen).toEqual([]);
    // Trusted navigations (isTrusted cannot be set by a page; the test stands in for the browser).
    const trusted = (type: string) => Object.defineProperty(new Event(type), 'isTrusted', { value: true });
    go('https://a.test/one#comments');
    nav.dispatchEvent(trusted('navigatesuccess'));
    await tick();
    expect(seen).toEqual([]);
    go('https://a.test/two');
    nav.dispatchEvent(trusted('navigatesuccess'));
    nav.dispatchEvent(trusted('navigate'));
    await tick();
    expect(seen).toEqual(['https://a.test/two']);
    life.stop();
    go('https://a.test/three');
    nav.dispatchEvent(trusted('navigatesuccess'));
    await tick();
    expect(seen).toEqual(['https://a.test/two']);
  });
});
