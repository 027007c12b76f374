// The service worker's JS heap sampled from its own DevTools target for the Chromium benches, with the extension
// renderer's resident memory beside it; a heap request that waits for its answer shows how long the worker's thread
// was held.
import type { MeasuredBrowser } from './chromium-probe.js';

export interface HeapTrace {
  /** Peak JS heap of the watched target, MB (usedSize, V8's heap). */
  peakHeapMb: number;
  /** The heap when sampling began, MB. */
  startHeapMb: number;
  /** Peak resident memory of the extension's renderer process, MB. */
  peakRssMb: number;
  /** The longest a heap request waited for its answer, ms: the target's thread was busy that long. */
  longestHeldMs: number;
  /** Requests that waited over 100 ms. */
  heldOver100: number;
  samples: number;
  /** Times the worker was replaced (stopped and started again) while sampled. */
  restarts: number;
}

/** Samples the JS heap of the extension's `type` target at `path` every `everyMs` until stop() is called; reconnects
 *  when the target goes (a stopped worker) and counts it. */
export function heapSampler(b: MeasuredBrowser, type: string, path: string, everyMs = 250) {
  const trace: HeapTrace = {
    peakHeapMb: 0,
    startHeapMb: NaN,
    peakRssMb: 0,
    longestHeldMs: 0,
    heldOver100: 0,
    samples: 0,
    restarts: 0,
  };
  let running = true;
  const loop = (async () => {
    let t = await b.target(type, path);
    while (running) {
      const t0 = performance.now();
      try {
        const u = await t.send<{ usedSize: number }>('Runtime.getHeapUsage');
        const held = performance.now() - t0;
        trace.longestHeldMs = Math.max(trace.longestHeldMs, held);
        if (held > 100) trace.heldOver100++;
        const mb = u.usedSize / 1e6;
        if (Number.isNaN(trace.startHeapMb)) trace.startHeapMb = mb;
        trace.peakHeapMb = Math.max(trace.peakHeapMb, mb);
        trace.samples++;
      } catch {
        if (!running) break;
        trace.restarts++;
        t = await b.target(type, path);
      }
      const ext = (await b.processes()).filter((p) => p.extension);
      trace.peakRssMb = Math.max(
        trace.peakRssMb,
        ext.reduce((s, p) => s + p.rssMb, 0),
      );
      await new Promise((r) => setTimeout(r, everyMs));
    }
    t.close();
  })();
  return {
    trace,
    stop: async (): Promise<HeapTrace> => {
      running = false;
      await loop;
      return trace;
    },
  };
}
