// Regression harness for the claims stage: `npm run eval:claims -- --snapshot` records, for every article of the five
// corpora, what the stage decided (each extracted clause's party, side and polarity; each reported claim's status and
// parties, with each article of an event read against the rest; each Emergent headline's stance) and the ids of the
// rules that decided it. `--diff` reruns the stage and prints what a change moved, counted and listed. No article
// text is recorded (a claim is named by its position, a reported claim by a hash of its wording); the snapshot is
// written under .tmp/ (git-ignored).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeEvent, type EventMember, type ExtractedClaim } from '../../lib/claims/index';
import { extractArticleClaims } from '../../lib/claims/extract/extract';
import { packClaims } from '../../lib/claims/extract/stored-claim';
import { claimCues, headlineStanceWhy } from '../../lib/claims/headline/headline-stance';
import { CORPORA, loadCorpus, type CorpusItem } from '../../lib/node/corpora';
import { sharedPath } from '../../lib/node/paths';

export const SNAPSHOT_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '.tmp', 'claims-snapshot.json');

/** One decision: `core` is what the reader sees (a change there is a move); `rules` the ids that decided it. */
interface Entry {
  core: string;
  rules: string;
}
type Snapshot = Record<string, Entry>;

/** An event is read this many times at most (each time a different article as the one being read). */
const MAX_READS_PER_EVENT = 6;
/** Each reading compares against this many other articles of the event at most, as the bench does (8 others). */
const MAX_MEMBERS = 8;

const hash = (s: string): string => createHash('sha1').update(s).digest('hex').slice(0, 10);
const rulesOf = (x: { rules?: readonly string[] }): string => (x.rules ?? []).join(',');

function extractedEntries(corpus: string, items: CorpusItem[], snap: Snapshot): Map<string, ExtractedClaim[]> {
  const stored = new Map<string, ExtractedClaim[]>();
  for (const it of items) {
    const claims = extractArticleClaims(it.article);
    stored.set(it.article.id, packClaims(claims));
    const seen = new Map<string, number>();
    for (const c of claims) {
      const at = `${c.sentenceIndex}:${c.span ? c.span.join('-') : 'all'}`;
      const n = seen.get(at) ?? 0;
      seen.set(at, n + 1);
      const core = [
        `stance=${c.stance}`,
        `party=${c.party ?? ''}`,
        `side=${c.side ?? ''}`,
        `via=${c.via ?? ''}`,
        c.negated ? 'negated' : '',
        c.counter ? 'counter' : '',
        c.contrast ? 'contrast' : '',
        c.contests !== undefined ? `contests=${c.contests}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      snap[`extract ${corpus} ${it.article.id} ${at}${n ? `#${n}` : ''}`] = { core, rules: rulesOf(c) };
    }
  }
  return stored;
}

function analysedEntries(corpus: string, items: CorpusItem[], stored: Map<string, ExtractedClaim[]>, snap: Snapshot): void {
  const byEvent = new Map<string, CorpusItem[]>();
  for (const it of items) byEvent.set(it.event.id, [...(byEvent.get(it.event.id) ?? []), it]);
  for (const [eventId, its] of byEvent) {
    if (its.length < 2) continue;
    for (const cur of its.slice(0, MAX_READS_PER_EVENT)) {
      const members: EventMember[] = its
        .filter((m) => m !== cur)
        .slice(0, MAX_MEMBERS)
        .map((m) => ({ article: m.article, claims: stored.get(m.article.id)!, copyOf: null, eventId }));
      const a = analyzeEvent({ article: cur.article, claims: stored.get(cur.article.id)!, copyOf: null }, members);
      const seen = new Map<string, number>();
      for (const c of a.claims) {
        const h = hash(c.text);
        const n = seen.get(h) ?? 0;
        seen.set(h, n + 1);
        const core = [
          `status=${c.status}`,
          `party=${c.attributedTo ?? ''}`,
          `deniedByParty=${c.deniedByParty ?? ''}`,
          `asserted=${c.assertedBy.length} denied=${c.deniedBy.length} attributed=${c.attributedBy.length}`,
          `quotes=${c.quotes.map((q) => q.stance[0]).join('')}`,
          c.inThisArticle ? 'inThis' : '',
        ]
          .filter(Boolean)
          .join(' ');
        snap[`analyse ${corpus} ${eventId} ${cur.article.id} ${h}${n ? `#${n}` : ''}`] = { core, rules: rulesOf(c) };
      }
    }
  }
}

function headlineEntries(snap: Snapshot): void {
  type Line = { claim_id: string; claim?: string; headline?: string };
  const read = (p: string): Line[] =>
    readFileSync(sharedPath(p), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
  const claims = new Map(read('data/emergent/claims.jsonl').map((c) => [c.claim_id, claimCues(c.claim!)]));
  const n = new Map<string, number>();
  for (const a of read('data/emergent/articles.jsonl')) {
    const k = n.get(a.claim_id) ?? 0;
    n.set(a.claim_id, k + 1);
    const why = headlineStanceWhy(claims.get(a.claim_id)!, a.headline!);
    snap[`headline emergent ${a.claim_id} ${k}`] = { core: `stance=${why.stance}`, rules: rulesOf(why) };
  }
}

export function takeSnapshot(log: (s: string) => void = () => {}): Snapshot {
  const snap: Snapshot = {};
  for (const corpus of CORPORA) {
    const t = performance.now();
    const items = loadCorpus(corpus);
    analysedEntries(corpus, items, extractedEntries(corpus, items, snap), snap);
    log(`${corpus}: ${items.length} articles (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
  headlineEntries(snap);
  return snap;
}

const kindOf = (key: string): string => key.split(' ', 2).join(' ');

/** What moved between two snapshots, per kind (extract/analyse/headline and corpus), and the lines to print. */
export function diffSnapshots(
  before: Snapshot,
  after: Snapshot,
): { counts: Map<string, number[]>; lines: string[]; ruleChanges: number } {
  const counts = new Map<string, number[]>(); // kind → [changed, added, removed, unchanged]
  const lines: string[] = [];
  let ruleChanges = 0;
  const bump = (key: string, at: number): void => {
    const c = counts.get(kindOf(key)) ?? [0, 0, 0, 0];
    c[at]!++;
    counts.set(kindOf(key), c);
  };
  for (const [key, b] of Object.entries(before)) {
    const a = after[key];
    if (!a) {
      bump(key, 2);
      lines.push(`- ${key}  ${b.core}`);
      continue;
    }
    if (a.core !== b.core) {
      bump(key, 0);
      lines.push(`~ ${key}\n    before: ${b.core} [${b.rules}]\n    after:  ${a.core} [${a.rules}]`);
    } else bump(key, 3);
    if (b.rules && a.rules !== b.rules) ruleChanges++;
  }
  for (const [key, a] of Object.entries(after))
    if (!before[key]) {
      bump(key, 1);
      lines.push(`+ ${key}  ${a.core} [${a.rules}]`);
    }
  return { counts, lines, ruleChanges };
}

/** `--snapshot` writes the snapshot; otherwise (`--diff`) compares the stage as it is now with it. */
export function snapshotMain(): void {
  const log = (s: string): void => console.log(s);
  const snap = takeSnapshot(log);
  if (process.argv.includes('--snapshot')) {
    mkdirSync(dirname(SNAPSHOT_PATH), { recursive: true });
    writeFileSync(SNAPSHOT_PATH, JSON.stringify(snap));
    console.log(`wrote ${Object.keys(snap).length} decisions to ${SNAPSHOT_PATH}`);
    return;
  }
  if (!existsSync(SNAPSHOT_PATH)) throw new Error(`no snapshot at ${SNAPSHOT_PATH}: run npm run eval:claims -- --snapshot first`);
  const before = JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8')) as Snapshot;
  const { counts, lines, ruleChanges } = diffSnapshots(before, snap);
  for (const l of lines) console.log(l);
  console.log('\nkind                 moved  added  removed  unchanged');
  let moved = 0;
  for (const [kind, [m, a, r, u]] of [...counts].sort()) {
    moved += m! + a! + r!;
    console.log(
      `${kind.padEnd(20)} ${String(m).padStart(5)}  ${String(a).padStart(5)}  ${String(r).padStart(7)}  ${String(u).padStart(9)}`,
    );
  }
  const noRules = Object.values(before).every((e) => !e.rules);
  console.log(
    `${moved} moved in all; ${noRules ? 'the snapshot carries no rule ids' : `${ruleChanges} kept their decision under other rule ids`}`,
  );
}
