// Accessibility check in Firefox with axe-core (the engine @axe-core/playwright runs in Chromium): its source is
// run in the page through Marionette (which compiles it itself, so the extension pages' CSP does not block it),
// then the serious and critical violations are summarised as the Chromium suite does (harness/a11y.ts).
import axe from 'axe-core';
import { waitFor } from '../harness/extension.js';
import type { Tab } from './harness.js';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export async function seriousViolations(tab: Tab): Promise<string[]> {
  const checked = await tab.run<{ passes: number; violations: Violation[] }>(
    `${axe.source}
     return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => ({
       passes: result.passes.length,
       violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) })),
     }));`,
  );
  // A page axe found nothing to check on is no page that passed.
  if (checked.passes === 0) throw new Error('axe-core checked no rule on the page');
  const { violations } = checked;
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
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
