// Pure lookups in the outlet table: by domain or URL (host normalised, parent domains tried) and by a printed
// name ("CNN", "cnn.com", "Russia Today"), as captures print outlets without URLs (../shared/seeds).
import type { OutletLabel, OutletProfile, OutletTable } from './types.js';

/** Lower case, no scheme/path/port, no leading www./m./amp./mobile. (the table's own normalisation). */
export function normaliseHost(domainOrUrl: string): string | null {
  let host = domainOrUrl.trim().toLowerCase();
  if (!host) return null;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    return null;
  }
  host = host.replace(/[/?#:].*$/, '').replace(/\.$/, '');
  while (/^(?:www\d?|m|amp|mobile)\./.test(host)) host = host.replace(/^[^.]+\./, '');
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host) ? host : null;
}

export function profileOf(table: OutletTable, domain: string): OutletProfile | null {
  const row = table.outlets[domain];
  if (!row) return null;
  const labels: OutletLabel[] = [];
  let country: string | null = null;
  for (const [key, value] of Object.entries(row)) {
    const field = table.fields[key];
    if (!field) continue;
    const source = table.sources[field.source];
    labels.push({
      kind: field.kind,
      value,
      source: field.source,
      sourceName: source?.name ?? field.source,
      date: source?.date ?? null,
    });
    if (field.kind === 'country' && value !== 'unknown') country ??= value;
  }
  return { domain, name: row.name ?? null, country, labels };
}

/**
 * The profile for a host or URL: exact host first, then parent domains ("edition.cnn.com" → "cnn.com"). A listed
 * subdomain inherits what its parent says and it does not (edition.cnn.com has only an AllSides rating; cnn.com
 * has MBFC's labels): for each kind and source the most specific row wins.
 */
export function resolveOutlet(table: OutletTable, domainOrUrl: string): OutletProfile | null {
  const host = normaliseHost(domainOrUrl);
  if (!host) return null;
  const parts = host.split('.');
  let merged: OutletProfile | null = null;
  for (let i = 0; i < parts.length - 1; i++) {
    const p = profileOf(table, parts.slice(i).join('.'));
    if (!p) continue;
    if (!merged) {
      merged = p;
      continue;
    }
    const base: OutletProfile = merged;
    const have: Set<string> = new Set(base.labels.map((l) => `${l.kind}|${l.source}`));
    merged = {
      domain: base.domain,
      name: base.name ?? p.name,
      country: base.country ?? p.country,
      labels: [...base.labels, ...p.labels.filter((l) => !have.has(`${l.kind}|${l.source}`))],
    };
  }
  return merged;
}

/** Name comparison key: case, "The", punctuation and spacing folded ("The New York Times" = "new york times"). */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

interface NameIndex {
  /** Table names ("CNN", "The New York Times"). */
  byName: Map<string, string>;
  /** Domain labels ("naharnet" from naharnet.com), weaker evidence than a listed name. */
  byLabel: Map<string, string>;
}
const nameIndexes = new WeakMap<OutletTable, NameIndex>();

/** The first domain (in sorted order) wins on ties, so lookups are deterministic. */
function nameIndex(table: OutletTable): NameIndex {
  let index = nameIndexes.get(table);
  if (index) return index;
  index = { byName: new Map(), byLabel: new Map() };
  for (const d of Object.keys(table.outlets).sort()) {
    const n = table.outlets[d]!.name;
    if (n && !index.byName.has(nameKey(n))) index.byName.set(nameKey(n), d);
    const label = nameKey(d.split('.')[0]!);
    if (label.length >= 3 && !index.byLabel.has(label)) index.byLabel.set(label, d);
  }
  nameIndexes.set(table, index);
  return index;
}

/**
 * The profile for a printed outlet name. Tries the name as a domain ("cnn.com"); then, first among listed names
 * and only then among domain labels: the name itself ("CNN"), the name without a desk suffix ("Naharnet
 * Newsdesk"), and the initials of a multi-word name ("Russia Today" → "RT"). Null when nothing matches.
 */
export function findOutletByName(table: OutletTable, name: string): OutletProfile | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  if (/^[\w-]+(?:\.[\w-]+)+$/.test(trimmed)) {
    const byDomain = resolveOutlet(table, trimmed);
    if (byDomain) return byDomain;
  }
  const keys = [nameKey(trimmed), nameKey(trimmed.replace(/\s+(?:news\s*desk|newsdesk|desk|staff|bureau|news\s*service)$/i, ''))];
  const words = trimmed.split(/\s+/);
  if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)))
    keys.push(
      words
        .map((w) => w[0])
        .join('')
        .toLowerCase(),
    );
  const index = nameIndex(table);
  for (const map of [index.byName, index.byLabel]) {
    for (const k of keys) {
      const d = k ? map.get(k) : undefined;
      if (d) return resolveOutlet(table, d);
    }
  }
  return null;
}
