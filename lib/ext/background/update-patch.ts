// Which updates can be patched into the index answering pages (lib/index/dexie-fold.ts) rather than rebuilt with
// it: the composition's key names its inputs (the bundled index, each subscription's sequence and files, and
// whether retention must drop events the publisher still sends); from the key of the active index, the new one is
// reached by patching when only deltas were added after the files it had. Anything else (a new snapshot, a
// subscription added or removed, a new bundled index, events past retention) rebuilds.
import { PatchUnavailable, type PatchPart } from '../../index/dexie-fold.js';
import { dayOf } from '../../index/similarity.js';
import { storedDelta } from '../../updates/compose.js';
import { deltaPieces } from '../../updates/delta-pieces.js';
import { UpdateFormatError } from '../../updates/format.js';
import { dayNumber, prefixOf } from '../../updates/merge.js';
import type { PublisherInfo } from '../../updates/subscription.js';
import type { UpdateFiles } from './update-files.js';

interface KeyData {
  /** The bundled index's content hash. */
  b: string | null;
  /** Per subscription: id, sequence, files, and the day retention last had to drop events on (else null). */
  s: [string, number, string[], number | null][];
}

/** The day the publisher's oldest article is past its retention window on (today), or null when none is. */
export function expiryDay(target: PublisherInfo, now: Date): number | null {
  const oldest = dayOf(target.stats.oldestArticle);
  const today = dayNumber(now);
  return oldest !== null && oldest < today - target.retentionDays ? today : null;
}

export const compositionKey = (b: string | null, s: KeyData['s']): string => JSON.stringify({ b, s } satisfies KeyData);

/** Each changed subscription's delta files after those the `from` composition held, or null when only a rebuild
 * reaches `key` from `from`. */
export function patchPlan(from: string | undefined, key: string): { sub: string; from: number; names: string[] }[] | null {
  if (!from) return null;
  let a: KeyData;
  try {
    a = JSON.parse(from) as KeyData;
  } catch {
    return null;
  }
  const b = JSON.parse(key) as KeyData;
  if (a.b !== b.b || a.s?.length !== b.s.length) return null;
  const out: { sub: string; from: number; names: string[] }[] = [];
  for (let i = 0; i < b.s.length; i++) {
    const [id, seq, files, exp] = b.s[i]!;
    const [was, wasSeq, wasFiles, wasExp] = a.s[i]!;
    if (id !== was || exp !== wasExp || seq < wasSeq || wasFiles.some((f, j) => files[j] !== f)) return null;
    if (seq !== wasSeq) out.push({ sub: id, from: wasSeq, names: files.slice(wasFiles.length) });
  }
  return out;
}

/** The plan's parts: each subscription's stored deltas, consecutive, each read and parsed a piece at a time as the
 * patch takes it (a day's delta parsed whole was some 300 MB of records held at once). */
export function patchParts(files: UpdateFiles, plan: { sub: string; from: number; names: string[] }[]): PatchPart[] {
  return plan.map(({ sub, from, names }) => ({
    sub,
    prefix: prefixOf(sub),
    async *deltas() {
      let at = from;
      for (const name of names) {
        const [f] = await files.read(sub, [name]);
        if (f!.kind !== 'delta') throw new PatchUnavailable(`${name}: a snapshot is loaded whole`);
        const start = at;
        let to: number | null = null;
        yield (async function* () {
          for await (const piece of deltaPieces(f!.bytes, (text) => storedDelta(text, name))) {
            // Checked with the first piece, before the patch changes anything.
            if (piece.header.from !== start)
              throw new UpdateFormatError(`${name}: starts at ${piece.header.from}, the index is at ${start}`);
            to = piece.header.to;
            yield piece.ops;
          }
        })();
        if (to === null) throw new UpdateFormatError(`${name}: was not read to its end`);
        at = to;
      }
    },
  }));
}
