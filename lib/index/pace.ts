// One event loop for a page's check and an update's apply: the background worker answers pages while it verifies
// and patches in a day of 50k articles. Long jobs call pace() at bounded points: it gives the loop back after each
// slice of SLICE_MS, and while a page's check is reading the index (DexieStore marks its reads with reading()) it waits
// until the check is done, so a check waits for at most one slice, never for the apply. The bench (tests/bench/
// updates.ts) found the apply holding the loop for up to 34 s (the check's whole-delta parse) with matching's p95
// 28× its p95 at rest. A page's check is more than its reads: the page loads, the content script asks whether to run
// and extracts, the worker matches and writes the tab's state. The apply's CPU and its IndexedDB writes (the origin's
// databases share one backing store in Chromium, so even the check's settings read queues behind a write) slowed all
// of that: the Chromium bench (tests/bench/updates-chromium.ts) saw a check's p95 at 2-3× rest during a day of 50k.
// So a check under way holds long jobs too (hold/release, from the tab's navigation to its answer), each hold lasting
// HOLD_MS at most (a page that never answers); a job held MAX_HELD_MS on end runs FREE_MS regardless (a reader
// opening page after page still gets the update).

/** A job's slice between breaks: short, since a check's dozens of reads each wait for a turn of the loop. */
const SLICE_MS = 8;
/** A check is a run of reads with a little work between them: it counts as running this long after its last read. */
const LINGER_MS = 6;
/** A check's hold ends at its answer, or this long after it was last renewed (a tab that never answers). */
export const HOLD_MS = 5_000;
/** After waiting this long for holds alone, a job runs FREE_MS regardless of them (page after page still lets an
 * update through, at a tenth of its pace). */
const MAX_HELD_MS = 10_000;
const FREE_MS = 1_000;
/** How often a job held by a check looks again. */
const HELD_POLL_MS = 10;

const now = () => performance.now();
let readers = 0;
let lastRead = -Infinity;
let sliceStart = now();
let waited = 0;
let wake: (() => void) | null = null;
let idle: Promise<void> | null = null;
/** Checks under way: their key (a tab's) → when their hold lapses. */
const holds = new Map<string, number>();
let freeUntil = -Infinity;

/** A page's check has begun (or moved on a step): long jobs wait at their next pace() until release(key), for
 * HOLD_MS at most from now. */
export function hold(key: string): void {
  holds.set(key, now() + HOLD_MS);
}

/** The check `key` has its answer (or ended without one). */
export function release(key: string): void {
  holds.delete(key);
}

/** Whether a check's hold is in force; lapsed ones go. */
function held(): boolean {
  if (holds.size === 0) return false;
  const t = now();
  if (t < freeUntil) return false;
  for (const [key, until] of holds) if (until <= t) holds.delete(key);
  return holds.size > 0;
}

const macrotask = (ms = 0) => new Promise<void>((r) => setTimeout(r, ms));

/** Marks a read of the index a page's check waits for: long jobs pause at their next pace() until it is done. */
export async function reading<T>(read: () => Promise<T>): Promise<T> {
  readers++;
  try {
    return await read();
  } finally {
    lastRead = now();
    if (--readers === 0 && wake) {
      wake();
      wake = null;
      idle = null;
    }
  }
}

/** A break for a long job: returns at once within its slice; past it, yields the loop, and waits while checks read. */
export async function pace(): Promise<void> {
  if (readers === 0 && now() - sliceStart < SLICE_MS && !held()) return;
  const t0 = now();
  await macrotask();
  for (;;) {
    if (readers > 0) await (idle ??= new Promise<void>((r) => (wake = r)));
    else if (now() - lastRead < LINGER_MS) await macrotask(LINGER_MS - (now() - lastRead));
    else if (held()) {
      if (now() - t0 < MAX_HELD_MS) await macrotask(HELD_POLL_MS);
      else freeUntil = now() + FREE_MS;
    } else break;
  }
  waited += now() - t0;
  sliceStart = now();
}

/** Milliseconds long jobs have spent in pace() (yielding and waiting for checks), for the bench. */
export const pacedMs = (): number => waited;
