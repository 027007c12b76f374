// One stacked bar with a text legend: the share of outlets per category. The legend carries the numbers, so
// nothing depends on telling colours apart; unknown is hatched and always named.
import type { Segment } from '../lib/ui/distribution.js';

export function DistributionBar({
  title,
  segments,
  colorOf,
  testid,
}: {
  title: string;
  segments: Segment[];
  colorOf: (key: string, index: number) => string;
  testid: string;
}) {
  const summary = segments.map((s) => `${s.label} ${s.count}`).join(', ');
  return (
    <figure class="distribution" data-testid={testid}>
      <figcaption class="small muted">{title}</figcaption>
      <div class="bar" role="img" aria-label={`${title}: ${summary}`}>
        {segments.map((s, i) => (
          <span
            key={s.key ?? 'unknown'}
            class={s.key === null ? 'seg-unknown' : undefined}
            style={{ width: `${s.share * 100}%`, background: s.key === null ? undefined : colorOf(s.key, i) }}
          />
        ))}
      </div>
      <ul class="legend" aria-hidden="true">
        {segments.map((s, i) => (
          <li key={s.key ?? 'unknown'}>
            <span
              class={`swatch${s.key === null ? ' seg-unknown' : ''}`}
              style={s.key === null ? undefined : { background: colorOf(s.key, i) }}
            />
            {s.label} {s.count}
          </li>
        ))}
      </ul>
    </figure>
  );
}
