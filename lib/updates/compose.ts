// Builds the index the extension loads from the bundled index's lines and each subscription's verified files (its
// snapshot, then its deltas in order): every source becomes a LiveState, they are merged (merge.ts) and numbered
// by toIndex into one parallax-index text. Chosen over patching the loaded Dexie rows in place because ordinals
// are numbered by publication day (the ranker's date window reads them from the header's day table) and bucket
// counts follow the index's size: a delta changes both, so rows would be renumbered and rehashed anyway; a rebuild
// of the whole text reuses the loader's resumable, generation-switching load (docs/architecture.md, "Updates").
import { INDEX_FORMAT, parseHeader, type IndexHeader, type IndexRecord } from '../index/format.js';
import { DELTA_FORMAT, UpdateFormatError, type DeltaHeader, type DeltaOp } from './format.js';
import { lineOps } from './delta.js';
import { gunzipText, type FileBytes } from './gzip.js';
import { LiveState, toIndex } from './live-state.js';
import { dayNumber, mergeStates, prefixOf, type SourceState } from './merge.js';
import { BUNDLED_SHARE, type Contribution } from '../index/source-share.js';

/** One subscription's part: its files' bytes as verified and stored, snapshot first when it has one. */
export interface SourceFiles {
  id: string;
  publisher: string;
  sequence: number;
  retentionDays: number;
  createdAt: string;
  files: { kind: 'snapshot' | 'delta'; name: string; bytes: FileBytes }[];
}

export interface Composed {
  header: IndexHeader;
  /** Each subscription's share, kept beside the loaded index so its next deltas patch it (lib/index/dexie-patch.ts). */
  shares: { sub: string; share: Contribution }[];
  /** The whole index file: header line, then one record a line. */
  text: string;
  collisions: number;
  expiredEvents: number;
}

/** Records of an index text (header line checked, then one JSON record a line). */
export async function indexRecords(text: string, what: string): Promise<{ header: IndexHeader; records: IndexRecord[] }> {
  const lines = text.split('\n').filter((l) => l !== '');
  let header: IndexHeader;
  try {
    header = parseHeader(lines[0] ?? '');
  } catch (err) {
    throw new UpdateFormatError(`${what}: ${(err as Error).message}`);
  }
  if (lines.length - 1 !== header.counts.lines) {
    throw new UpdateFormatError(`${what}: ${lines.length - 1} records, its header says ${header.counts.lines} (truncated?)`);
  }
  return { header, records: await parseLines<IndexRecord>(lines.slice(1)) };
}

/** A macrotask break: a rebuild runs in the service worker that also answers pages, and a page's check waits for
 * the event loop. Breaks between parts (every PARSE_SLICE lines, between sources and steps) let it in. */
const breathe = () => new Promise<void>((r) => setTimeout(r, 0));
const PARSE_SLICE = 2000;

/** JSON lines parsed with a break every PARSE_SLICE. */
async function parseLines<T>(lines: readonly string[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(JSON.parse(lines[i]!) as T);
    if (i % PARSE_SLICE === PARSE_SLICE - 1) await breathe();
  }
  return out;
}

/** A stored delta's header and operations. Its bytes matched the signed sha256 and every line passed parseDelta's
 * schema before it was stored (check.ts), so it is read here without checking each operation again (that check was
 * a third of a rebuild's time at 5k articles a day). */
export async function storedDelta(text: string, name: string): Promise<{ header: DeltaHeader; ops: DeltaOp[] }> {
  const lines = text.split('\n').filter((l) => l !== '');
  const header = JSON.parse(lines[0] ?? 'null') as DeltaHeader | null;
  if (!header || header.format !== DELTA_FORMAT || lines.length - 1 !== header.lines)
    throw new UpdateFormatError(`${name}: not the delta that was stored`);
  const ops: DeltaOp[] = [];
  for (const line of await parseLines<unknown>(lines.slice(1))) {
    const decoded = lineOps(header.version, line);
    if (!decoded) throw new UpdateFormatError(`${name}: not the delta that was stored`);
    for (const op of decoded) ops.push(op);
  }
  return { header, ops };
}

/** A subscription's live state from its files, applied in order; a delta that does not follow the one before is
 * refused (the chain the manifest signed is consecutive). */
export async function sourceState(src: SourceFiles): Promise<LiveState> {
  let state = new LiveState();
  let at: number | null = null;
  for (const f of src.files) {
    const text = await gunzipText(f.bytes);
    if (f.kind === 'snapshot') {
      state = LiveState.fromIndex((await indexRecords(text, f.name)).records);
      await breathe();
      at = null;
      continue;
    }
    const { header, ops } = await storedDelta(text, f.name);
    if (at !== null && header.from !== at)
      throw new UpdateFormatError(`${f.name}: starts at ${header.from}, the state is at ${at}`);
    for (const op of ops) state.apply(op);
    at = header.to;
  }
  return state;
}

export interface ComposeOptions {
  now: Date;
  /** The bundled index's description, kept at the head of the composed one. */
  baseDescription?: string;
  /** Which composition this is (the header's `composed`): a later patch starts from it. */
  composed?: string;
}

/** The composed index's description and date: the bundled index's, then each publisher at its update. builtAt is
 * never the clock: the newest publication among the sources, or the bundled index's own. */
export function composedHead(
  bundled: Pick<IndexHeader, 'description' | 'builtAt'>,
  sources: readonly Pick<SourceFiles, 'publisher' | 'sequence' | 'createdAt'>[],
) {
  const parts = sources.map((s) => `${s.publisher} (update ${s.sequence})`);
  const description = parts.length ? `${bundled.description}; updates from ${parts.join(', ')}` : bundled.description;
  const builtAt =
    [bundled.builtAt, ...sources.map((s) => s.createdAt)]
      .filter((x): x is string => !!x)
      .sort()
      .pop() ?? null;
  return { description, builtAt };
}

export async function composeIndex(
  bundled: LiveState,
  bundledHeader: IndexHeader,
  sources: readonly SourceFiles[],
  opts: ComposeOptions,
): Promise<Composed> {
  const states: SourceState[] = [];
  for (const src of sources) states.push({ id: src.id, state: await sourceState(src), retentionDays: src.retentionDays });
  const merged = mergeStates(bundled, states, dayNumber(opts.now));
  await breathe();
  const { description, builtAt } = composedHead(bundledHeader, sources);
  const built = await toIndex(merged.state, { description, builtAt });
  const header: IndexHeader = opts.composed ? { ...built.header, composed: opts.composed } : built.header;
  const text = `${JSON.stringify(header)}\n${built.body}\n`;
  const shares = states.map(({ id, state }) => {
    const p = prefixOf(id);
    const ids = new Map<string, number>();
    for (const r of built.records) if (r.k === 'a' && r.id.startsWith(p)) ids.set(r.id.slice(p.length), r.n);
    const outlets = new Map([...state.outlets].map(([k, o]) => [k, o.articles]));
    return { sub: id, share: { ids, df: new Map(state.df), outlets } };
  });
  shares.push({ sub: BUNDLED_SHARE, share: { ids: new Map(), df: new Map(bundled.df), outlets: new Map() } });
  return { header, text, shares, collisions: merged.collisions, expiredEvents: merged.expiredEvents };
}

/** The bundled index as a LiveState, from its lines (the extension streams them out of its gzipped file). */
export async function bundledState(
  lines: AsyncIterable<string> | Iterable<string>,
): Promise<{ header: IndexHeader; state: LiveState }> {
  let header: IndexHeader | null = null;
  const records: IndexRecord[] = [];
  for await (const line of lines) {
    if (!line) continue;
    if (!header) header = parseHeader(line);
    else records.push(JSON.parse(line) as IndexRecord);
    if (records.length % PARSE_SLICE === PARSE_SLICE - 1) await breathe();
  }
  await breathe();
  if (!header || header.format !== INDEX_FORMAT) throw new UpdateFormatError('the bundled index is empty');
  return { header, state: LiveState.fromIndex(records) };
}
