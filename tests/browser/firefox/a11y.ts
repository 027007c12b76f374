// Accessibility check in Firefox with axe-core (the engine @axe-core/playwright runs in Chromium): its source is
// run in the page through Marionette (which compiles it itself, so the extension pages' CSP does not block it),
// then the serious and critical violations are summarised as the Chromium suite does (harness/a11y.ts).
import axe from 'axe-core';
import { summarise, WCAG_TAGS } from '../harness/a11y.js';
import { waitFor } from '../harness/extension.js';
import type { Tab } from './harness.js';

export async function seriousViolations(tab: Tab): Promise<string[]> {
  const checked = await tab.run<{ passes: number; violations: Parameters<typeof summarise>[0] }>(
    `${axe.source}
     return axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} } }).then((result) => ({
       passes: result.passes.length,
       violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) })),
     }));`,
  );
  // A page axe found nothing to check on is no page that passed.
  if (checked.passes === 0) throw new Error('axe-core checked no rule on the page');
  return summarise(checked.violations);
}

/** The same page in the dark scheme: a screenshot beside the light one, and axe again (contrast differs). */
export async function darkToo(
  tab: Tab,
  colorScheme: (s: 'light' | 'dark') => Promise<void>,
  name: string,
  options?: Parameters<Tab['screenshot']>[1],
): Promise<string[]> {
  await colorScheme('dark');
  try {
    await waitFor(
      'the dark scheme in the page',
      () => tab.run<boolean>('return matchMedia("(prefers-color-scheme: dark)").matches'),
      (dark) => dark,
      10_000,
    );
    await tab.screenshot(`${name}-dark`, options);
    return await seriousViolations(tab);
  } finally {
    await colorScheme('light');
  }
}
