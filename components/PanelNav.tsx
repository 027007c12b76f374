// Jump links at the top of the side panel, so keyboard and screen-reader users reach each section directly.
import type { Report } from '../lib/types.js';

export function PanelNav({ report }: { report: Report }) {
  const links: [string, string, boolean][] = [
    ['claims', 'Claims', true],
    ['coverage', 'Coverage', true],
    ['omissions', 'Left out', report.omissions.length > 0],
    ['numbers', 'Numbers', report.numbers.length > 0],
    ['framing', 'Framing', report.framing.length > 0],
    ['timeline', 'Timeline', (report.story?.events.length ?? 0) > 1],
  ];
  return (
    <nav aria-label="Sections" class="panel-nav small">
      {links
        .filter(([, , on]) => on)
        .map(([id, label]) => (
          <a key={id} href={`#${id}`}>
            {label}
          </a>
        ))}
    </nav>
  );
}
