// Builds the compact outlet table (public/generated/outlets.json) from ../shared/data/outlets: the merged CSV plus
// the idiap reliability labels from sources/. Every value keeps its source and the source's date.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutletField, OutletSource, OutletTable } from '../outlets/types.js';
import { generatedDir } from './paths.js';

const SOURCES: OutletSource[] = [
  {
    id: 'merged',
    name: 'outlet names from AllSides roundups, NELA-GT-2018, Yin local news, BASIL/NewsWCL50 (outlets_merged.csv)',
    date: null,
    licence: null,
  },
  {
    id: 'mbfc',
    name: 'Media Bias/Fact Check, scraped by idiap/News-Media-Reliability (Burdisso et al., NAACL 2024)',
    date: '2023/24',
    licence: "ratings are MBFC's",
  },
  { id: 'baly2018', name: 'Baly et al., EMNLP 2018 corpus (MBFC labels)', date: '2018', licence: null },
  { id: 'baly2020', name: 'Baly et al., ACL 2020 corpus (MBFC labels, 3-point bias)', date: '2020', licence: null },
  { id: 'allsides2018', name: 'AllSides scores via Robertson et al. (gitronald/domains)', date: '2018', licence: null },
  { id: 'allsides2021', name: 'AllSides roundups (Apr-Oct 2021)', date: '2021', licence: null },
  {
    id: 'robertson2018',
    name: 'Robertson et al., CSCW 2018: partisan audience on Twitter (-1 Democrats … 1 Republicans)',
    date: '2018',
    licence: 'research purposes only',
  },
  {
    id: 'lin2023',
    name: 'Lin et al., PNAS Nexus 2023: aggregate domain quality (0 lowest … 1 highest)',
    date: '2023',
    licence: null,
  },
  { id: 'wikipedia', name: 'Wikipedia Perennial Sources list (via idiap)', date: '2024', licence: 'CC BY-SA' },
  { id: 'opensources', name: 'OpenSources tag (via NELA-GT-2018 labels)', date: '2018', licence: null },
  { id: 'grinberg2019', name: 'Grinberg et al., Science 2019: fake-news domain list', date: '2019', licence: null },
  { id: 'yin2018', name: 'Yin, Local News Dataset (US local outlets)', date: '2018', licence: 'MIT' },
  {
    id: 'idiap2024',
    name: 'idiap reliability labels (MBFC / manual / Wikipedia / NewsGuard, as stated per value)',
    date: '2024',
    licence: "Apache-2.0 (NewsGuard scores are NewsGuard's)",
  },
];

/** CSV column → short key and meaning. Values are copied as labelled (numbers rounded to 3 decimals). */
const COLUMNS: Record<string, [string, OutletField]> = {
  mbfc_country: ['co', { kind: 'country', source: 'mbfc' }],
  mbfc_bias: ['bi', { kind: 'bias', source: 'mbfc' }],
  mbfc_factual: ['fa', { kind: 'factuality', source: 'mbfc' }],
  mbfc_credibility: ['cr', { kind: 'credibility', source: 'mbfc' }],
  mbfc_media_type: ['mt', { kind: 'media-type', source: 'mbfc' }],
  mbfc_traffic: ['tr', { kind: 'traffic', source: 'mbfc' }],
  mbfc_press_freedom: ['pf', { kind: 'press-freedom', source: 'mbfc' }],
  baly2018_fact: ['f8', { kind: 'factuality', source: 'baly2018' }],
  baly2018_bias: ['b8', { kind: 'bias', source: 'baly2018' }],
  baly2020_fact: ['f0', { kind: 'factuality', source: 'baly2020' }],
  baly2020_bias: ['b0', { kind: 'bias', source: 'baly2020' }],
  allsides2018_score: ['as', { kind: 'allsides-score', source: 'allsides2018' }],
  allsides_roundup_rating: ['ar', { kind: 'allsides-rating', source: 'allsides2021' }],
  robertson2018_audience_bias: ['ab', { kind: 'audience-bias', source: 'robertson2018' }],
  lin2023_pc1: ['q', { kind: 'quality', source: 'lin2023' }],
  wikipedia_perennial: ['wp', { kind: 'wikipedia-status', source: 'wikipedia' }],
  opensources_state: ['st', { kind: 'state-affiliation', source: 'opensources' }],
  grinberg2019_fake: ['fk', { kind: 'fake-news', source: 'grinberg2019' }],
  us_state: ['us', { kind: 'us-state', source: 'yin2018' }],
  owner: ['ow', { kind: 'owner', source: 'yin2018' }],
  medium: ['md', { kind: 'medium', source: 'yin2018' }],
};
const RELIABILITY: [string, OutletField] = ['rl', { kind: 'reliability', source: 'idiap2024' }];

const WIKIPEDIA: Record<string, string> = {
  '-2': 'blacklisted',
  '-1': 'deprecated or generally unreliable',
  '0': 'no consensus',
  '1': 'generally reliable',
};
const RELIABLE: Record<string, string> = { '-2': 'very unreliable', '-1': 'unreliable', '0': 'mixed', '1': 'reliable' };

/** Labels that alone do not make a row worth shipping: scores of any domain shared online, mostly not news sites. */
const WEAK = new Set(['robertson2018_audience_bias', 'lin2023_pc1']);

/** RFC 4180 CSV (quoted fields with commas, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    field = '',
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function value(column: string, raw: string): string {
  if (column === 'wikipedia_perennial') return WIKIPEDIA[raw] ?? raw;
  if (column === 'opensources_state') return 'state media (OpenSources "state" tag)';
  if (column === 'grinberg2019_fake') return raw === '1' ? 'listed' : raw;
  return /^-?\d+\.\d{4,}$/.test(raw) ? String(Math.round(Number(raw) * 1000) / 1000) : raw;
}

/** Build the table from the outlets data folder (the one holding outlets_merged.csv and sources/). */
export function buildOutletTable(outletsDir: string): OutletTable {
  const [header, ...rows] = parseCsv(readFileSync(join(outletsDir, 'outlets_merged.csv'), 'utf8'));
  if (!header || header[0] !== 'domain') throw new Error(`unexpected header in ${join(outletsDir, 'outlets_merged.csv')}`);
  const reliability = new Map<string, string>();
  const [rh, ...rrows] = parseCsv(readFileSync(join(outletsDir, 'sources/reliability_golden_truth_idiap2024.csv'), 'utf8'));
  const [di, li, si] = ['domain', 'reliability_label', 'label_source'].map((c) => rh!.indexOf(c));
  for (const r of rrows) {
    const label = RELIABLE[r[li!] ?? ''];
    if (r[di!] && label) reliability.set(r[di!]!.toLowerCase().replace(/^www\./, ''), `${label} (per ${r[si!] || 'unknown'})`);
  }
  const outlets: OutletTable['outlets'] = {};
  let dropped = 0;
  for (const r of rows) {
    const domain = r[0]?.trim().toLowerCase();
    if (!domain) continue;
    const entry: Record<string, string> = {};
    let strong = false;
    header.forEach((col, i) => {
      const raw = r[i]?.trim();
      if (!raw || i === 0) return;
      if (col === 'name') entry.name = raw;
      else if (COLUMNS[col]) entry[COLUMNS[col][0]] = value(col, raw);
      else if (col !== 'is_news_domain') return;
      if (!WEAK.has(col)) strong = true;
    });
    const rel = reliability.get(domain);
    if (rel) {
      entry[RELIABILITY[0]] = rel;
      strong = true;
    }
    if (strong) outlets[domain] = entry;
    else dropped++;
  }
  const fields = Object.fromEntries([...Object.values(COLUMNS), RELIABILITY]);
  return {
    schemaVersion: 1,
    description:
      `Outlets from ../shared/data/outlets (outlets_merged.csv + sources/reliability_golden_truth_idiap2024.csv). ` +
      `Kept: domains with a name or any editorial label (MBFC, Baly, AllSides, Wikipedia, OpenSources, Grinberg, Yin, idiap reliability) ` +
      `or listed as news domains; dropped ${dropped} domains whose only labels are the Twitter-audience score or the aggregate quality score.`,
    sources: Object.fromEntries(SOURCES.map((s) => [s.id, s])),
    fields,
    outlets: Object.fromEntries(
      Object.keys(outlets)
        .sort()
        .map((d) => [d, outlets[d]!]),
    ),
  };
}

/** The built table (public/generated/outlets.json by default); null when it has not been built yet. */
export function loadOutletTable(path = join(generatedDir, 'outlets.json')): OutletTable | null {
  if (!existsSync(path)) return null;
  const table = JSON.parse(readFileSync(path, 'utf8')) as OutletTable;
  if (table.schemaVersion !== 1) throw new Error(`${path}: unknown outlet table schema ${String(table.schemaVersion)}`);
  return table;
}
