// Average-link agglomerative clustering of unlabelled articles into events: the pair of groups with the highest
// mean pairwise score merges first, until no pair reaches the threshold. Unlike greedy single-link, one strong
// pair cannot pull an article into the wrong group: in the seeds, Russia Today's Kursk-visit report (seed 000)
// is closer to its own churches story than to any other outlet's visit report, but not on average.
import type { Profile } from './similarity.js';
import { candidatePairs } from './cluster.js';

export interface LinkItem {
  profile: Profile;
  /** Outlet or domain; null when unknown. */
  outlet: string | null;
}

export interface AverageLinkOptions {
  threshold: number;
  /** Dated members of one group lie within this many days of one another. */
  windowDays: number;
  score: (a: Profile, b: Profile) => number;
}

interface Group {
  members: number[];
  min: number | null;
  max: number | null;
  /** Summed pair scores to each neighbouring group (pairs that are no candidates count 0). */
  links: Map<number, number>;
  dated: boolean;
}

/** Group index for each item. Dated items are grouped first; undated ones then join (or form) groups, most
 * clearly attached first, so an undated capture (seed 003) cannot bridge two events weeks apart. */
export function averageLinkCluster(items: readonly LinkItem[], opts: AverageLinkOptions): number[] {
  // Two articles by one outlet are no evidence of one event: in BASIL, AllSides and NewsWCL50 no event holds two
  // articles of one outlet, while same-outlet pairs of different events score up to 1.76 on AllSides (house
  // style and recurring beats). Such pairs count 0.
  const pairScore = (i: number, j: number) => {
    const a = items[i]!;
    const b = items[j]!;
    return a.outlet !== null && a.outlet === b.outlet ? 0 : opts.score(a.profile, b.profile);
  };
  const pairs = candidatePairs(
    items.map((it) => it.profile),
    pairScore,
  );
  const groups: Group[] = items.map((it, i) => ({
    members: [i],
    min: it.profile.day,
    max: it.profile.day,
    links: new Map(),
    dated: it.profile.day !== null,
  }));
  for (const [key, s] of pairs) {
    const [i, j] = key.split(',').map(Number) as [number, number];
    groups[i]!.links.set(j, s);
    groups[j]!.links.set(i, s);
  }
  const alive = new Set(groups.keys());
  const fits = (a: Group, b: Group) => {
    const lo = a.min === null ? b.min : b.min === null ? a.min : Math.min(a.min, b.min);
    const hi = a.max === null ? b.max : b.max === null ? a.max : Math.max(a.max, b.max);
    return lo === null || hi === null || hi - lo <= opts.windowDays;
  };
  const version = groups.map(() => 0);
  // Best link first from a max-heap; entries of a group that changed since are stale and skipped, so each merge
  // costs its neighbours' re-push, not a scan of every pair (a folder of thousands of unlabelled pages).
  const run = (allowed: (a: Group, b: Group) => boolean) => {
    const heap = new LinkHeap();
    const push = (a: number, b: number) => {
      const [x, y] = a < b ? [a, b] : [b, a];
      const gx = groups[x]!;
      const gy = groups[y]!;
      const link = (gx.links.get(y) ?? 0) / (gx.members.length * gy.members.length);
      if (link > opts.threshold && allowed(gx, gy)) heap.push({ link, a: x, b: y, va: version[x]!, vb: version[y]! });
    };
    for (const a of alive) for (const b of groups[a]!.links.keys()) if (a < b) push(a, b);
    for (let e = heap.pop(); e; e = heap.pop()) {
      const { a, b } = e;
      if (!alive.has(a) || !alive.has(b) || version[a] !== e.va || version[b] !== e.vb) continue;
      const ga = groups[a]!;
      const gb = groups[b]!;
      if (!fits(ga, gb)) continue;
      ga.members.push(...gb.members);
      ga.min = ga.min === null ? gb.min : gb.min === null ? ga.min : Math.min(ga.min, gb.min);
      ga.max = ga.max === null ? gb.max : gb.max === null ? ga.max : Math.max(ga.max, gb.max);
      ga.dated = ga.dated || gb.dated;
      for (const [c, s] of gb.links) {
        if (c === a) continue;
        ga.links.set(c, (ga.links.get(c) ?? 0) + s);
        const gc = groups[c]!;
        gc.links.set(a, (gc.links.get(a) ?? 0) + s);
        gc.links.delete(b);
      }
      ga.links.delete(b);
      alive.delete(b);
      version[a]!++;
      for (const c of ga.links.keys()) if (alive.has(c)) push(a, c);
    }
  };
  // Dated groups form among themselves first, then take the undated articles; two dated groups that did not
  // merge on their own dated evidence are not joined later through an undated one.
  run((a, b) => a.dated && b.dated);
  run((a, b) => !(a.dated && b.dated));
  const out = new Array<number>(items.length);
  for (const g of alive) for (const m of groups[g]!.members) out[m] = g;
  return out;
}

interface LinkEntry {
  link: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** Highest link first; ties by group numbers, so the merge order (and the output) is deterministic. */
const before = (x: LinkEntry, y: LinkEntry) =>
  x.link > y.link || (x.link === y.link && (x.a < y.a || (x.a === y.a && x.b < y.b)));

class LinkHeap {
  private readonly h: LinkEntry[] = [];
  push(e: LinkEntry): void {
    const h = this.h;
    let i = h.push(e) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): LinkEntry | undefined {
    const h = this.h;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}
