// Which published delta files take a reader from what it holds to a manifest's sequence: the chain of consecutive
// deltas, shortened by the composed deltas a version 3 manifest lists (one file "since N" instead of many).
import type { DeltaRef, Manifest } from './format.js';

/** The delta files a client at sequence `have` needs, fewest first: from each point the file that reaches furthest (a
 * composed delta when there is one from there, else the chain's next); null when it must load the snapshot (too far
 * behind, or nothing yet). */
export function deltasFrom(m: Manifest, have: number): DeltaRef[] | null {
  if (have === m.sequence) return [];
  if (have <= 0 || !m.deltas.some((d) => d.from === have)) return null;
  const from = new Map<number, DeltaRef>();
  for (const d of [...m.deltas, ...(m.composed ?? [])]) if (d.to > (from.get(d.from)?.to ?? -1)) from.set(d.from, d);
  const path: DeltaRef[] = [];
  for (let at = have; at !== m.sequence;) {
    const d = from.get(at)!;
    path.push(d);
    at = d.to;
  }
  return path;
}

/** Every delta file a manifest names: the chain, then the composed ones. */
export const allDeltas = (m: Manifest): DeltaRef[] => [...m.deltas, ...(m.composed ?? [])];
