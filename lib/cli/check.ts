// `check <input…> [--index <file>] [--json] [--extract-only]`: runs the extension's extraction and matching on
// files and prints one report per article, in input order (JSON lines with --json, a readable summary without).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stderr, stdout } from 'node:process';
import type { Report } from '../types.js';
import { checkArticle, emptyReport } from '../report.js';
import { readInputs } from '../node/inputs.js';
import { loadOutletTable } from '../node/build-outlet-table.js';
import { openIndex } from '../node/index-file.js';
import { openPublished } from '../node/collect/published.js';
import { bundledIndexPath } from '../node/paths.js';
import { parseStanceModel } from '../stance/model.js';
import { DEFAULT_STANCE_MODEL } from './train-stance.js';

const USAGE = 'usage: check <input…> [--index <file or published dir>] [--json] [--extract-only]';

function failed(input: string, message: string): Report {
  const none = { title: '', outlet: null, domain: null, url: null, published: null, lang: null, byline: null };
  return {
    ...emptyReport(none, { status: 'none', confidence: 0, method: null, reasons: { entities: [], terms: [] }, message }),
    input,
  };
}

function summary(r: Report): string {
  const a = r.article;
  const out = [
    `== ${r.input ?? ''}`,
    `${a.title || '(no title)'} — ${a.outlet ?? 'unknown outlet'}, ${a.published ?? 'date unknown'}`,
  ];
  if (r.match.status === 'none') {
    out.push(`no match: ${r.match.message ?? 'no known coverage'}`);
    return out.join('\n');
  }
  const why = [...new Set([...r.match.reasons.entities.slice(0, 5), ...r.match.reasons.terms.slice(0, 6)])].join(', ');
  out.push(
    `event: ${r.event?.title ?? '?'} (${r.event?.date ?? 'undated'}); confidence ${r.match.confidence} via ${r.match.method}; shared: ${why}`,
  );
  if (r.story && r.story.events.length > 1) out.push(`story: ${r.story.title} (${r.story.events.length} events)`);
  const outlets = new Set(r.coverage.filter((c) => c.relation === 'same-event').map((c) => c.outlet ?? c.domain ?? 'unknown'));
  out.push(`coverage (${r.coverage.length} articles, ${outlets.size} other outlets on this event):`);
  for (const c of r.coverage) {
    const copy = c.relation === 'copy' ? ` (copy of ${c.copyOf})` : '';
    const stance = c.stance ? ` [${c.stance}]` : '';
    out.push(
      `  ${c.relation.padEnd(13)} ${c.outlet ?? c.domain ?? 'unknown'} — ${c.title} (${c.published ?? 'undated'})${copy}${stance}`,
    );
  }
  if (r.claims.length) out.push('claims:');
  for (const c of r.claims) {
    const who = [
      c.assertedBy.length ? `asserted by ${c.assertedBy.join(', ')}` : '',
      c.deniedBy.length ? `denied by ${c.deniedBy.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    out.push(`  [${c.status}] ${c.text}${who ? ` — ${who}` : ''}`);
  }
  return out.join('\n');
}

export const command = {
  summary: 'check articles against an index and print their reports (--json: one JSON line each)',
  async run(args: string[]): Promise<number> {
    const inputs: string[] = [];
    let indexPath = bundledIndexPath;
    const json = args.includes('--json');
    if (args.includes('--extract-only')) {
      const { runExtractOnly } = await import('./extract-only.js');
      return runExtractOnly(
        args.filter((x) => !x.startsWith('--')),
        { json },
      );
    }
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--index') indexPath = resolve(args[++i] ?? '');
      else if (a === '--json') continue;
      else if (a.startsWith('--')) {
        stderr.write(`unknown option ${a}\n${USAGE}\n`);
        return 2;
      } else inputs.push(a);
    }
    if (!inputs.length) {
      stderr.write(`${USAGE}\n`);
      return 2;
    }
    if (!existsSync(indexPath)) {
      stderr.write(
        `index not found: ${indexPath}\nbuild the bundled one with \`npm run build:index\` or pass --index <file> (made by build-index)\n`,
      );
      return 1;
    }
    // A published update folder (manifest.json, snapshot, deltas) is read as its publisher's readers hold it.
    const store = existsSync(join(indexPath, 'manifest.json')) ? await openPublished(indexPath) : await openIndex(indexPath);
    // The shipped stance model, when built, reads the other outlets' articles against each headline, as in the extension.
    const stance = existsSync(DEFAULT_STANCE_MODEL) ? parseStanceModel(readFileSync(DEFAULT_STANCE_MODEL, 'utf8')) : null;
    for await (const { input, outcome } of readInputs(inputs, { outlets: loadOutletTable() })) {
      const report = outcome.ok
        ? { ...(await checkArticle(store, outcome.article, { stance })), input }
        : failed(input, `${outcome.reason}: ${outcome.message}`);
      const ordered: Report = { ...report, input };
      stdout.write(json ? `${JSON.stringify(ordered)}\n` : `${summary(ordered)}\n\n`);
    }
    return 0;
  },
};
