// One event loop for a page's check and an update's apply: the background worker answers pages while it verifies
// and patches in a day of 50k articles. Long jobs call pace() at bounded points: it gives the loop back after each
// slice of SLICE_MS, and while a page's check is reading the index (DexieStore marks its reads with reading()) it waits
// until the check is done, so a check waits for at most one slice, never for the apply. The bench (tests/bench/
// updates.ts) found the apply holding the loop for up to 34 s (the check's whole-delta parse) with matching's p95
// 28× its p95 at rest.

/** A job's slice between breaks: short, since a check's dozens of reads each wait for a turn of the loop. */
const SLICE_MS = 8;
/** A check is a run of reads with a little work between them: it counts as running this long after its last read. */
const LINGER_MS = 6;

const now = () => performance.now();
let readers = 0;
let lastRead = -Infinity;
let sliceStart = now();
let waited = 0;
let wake: (() => void) | null = null;
let idle: Promise<void> | null = null;

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
  if (readers === 0 && now() - sliceStart < SLICE_MS) return;
  const t0 = now();
  await macrotask();
  for (;;) {
    if (readers > 0) await (idle ??= new Promise<void>((r) => (wake = r)));
    else if (now() - lastRead < LINGER_MS) await macrotask(LINGER_MS - (now() - lastRead));
    else break;
  }
  waited += now() - t0;
  sliceStart = now();
}

/** Milliseconds long jobs have spent in pace() (yielding and waiting for checks), for the bench. */
export const pacedMs = (): number => waited;
