// Accessibility check with axe-core (issue 6 item 7): the serious and critical violations on a page, summarised
// so a failing assertion names the rule and the elements.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags([...WCAG_TAGS]).analyze();
  return summarise(result.violations);
}

/** The WCAG 2.1 A and AA rules, in both browsers. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: readonly unknown[] }[];
}

/** The serious and critical violations, each naming its rule and up to three of its elements. */
export function summarise(violations: readonly Violation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.map(String).join(' '))
          .join(', ')}`,
    );
}
