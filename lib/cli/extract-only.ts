// `check --extract-only [--json] <input…>`: extraction alone, one line per input (article or failure), for
// inspecting what the matcher would see. Outlets are resolved through the built outlet table when it exists.
import { stderr, stdout } from 'node:process';
import { loadOutletTable } from '../node/build-outlet-table.js';
import { readInputs } from '../node/inputs.js';

/** Prints each input's extraction; returns 1 when any input failed, 2 without inputs, else 0. */
export async function runExtractOnly(paths: string[], opts: { json: boolean }): Promise<number> {
  if (paths.length === 0) {
    stderr.write('usage: check --extract-only [--json] <file or folder…>\n');
    return 2;
  }
  const outlets = loadOutletTable();
  if (!outlets) stderr.write('note: outlet table not built (npm run -s cli -- build-outlets); outlets are as printed\n');
  let failed = 0;
  for await (const { input, outcome } of readInputs(paths, { outlets })) {
    if (!outcome.ok) {
      failed++;
      stdout.write(
        opts.json
          ? `${JSON.stringify({ input, ok: false, reason: outcome.reason, message: outcome.message })}\n`
          : `${input}: ${outcome.reason}: ${outcome.message}\n`,
      );
      continue;
    }
    const a = outcome.article;
    const line = {
      input,
      title: a.title,
      text: a.text,
      byline: a.byline,
      siteName: a.siteName,
      outlet: a.outlet,
      url: a.url,
      published: a.published,
      lang: a.lang,
    };
    if (opts.json) stdout.write(`${JSON.stringify(line)}\n`);
    else {
      stdout.write(
        `${input}\n  title: ${a.title}\n  outlet: ${a.outlet ?? 'unknown'}   published: ${a.published ?? 'unknown'}   lang: ${a.lang ?? 'unknown'}\n`,
      );
      stdout.write(
        `  url: ${a.url ?? 'unknown'}   byline: ${a.byline ?? 'unknown'}\n  text: ${a.text.length} characters, ${a.text.split('\n\n').length} paragraphs\n`,
      );
    }
  }
  return failed > 0 ? 1 : 0;
}
