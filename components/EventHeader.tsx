// Top of popup and side panel once there is an answer: the event, this article's outlet/date, the outlet count.
import type { Report } from '../lib/types.js';
import { ArticleMeta } from './ArticleMeta.js';
import { OutletCountLine } from './OutletCountLine.js';

export function EventHeader({ report }: { report: Report }) {
  return (
    <header class="stack" data-testid="event-header">
      <h1 data-testid="event-title" dir="auto" title={report.event?.title ?? report.article.title}>
        {report.event?.title ?? report.article.title}
      </h1>
      <ArticleMeta article={report.article} />
      <OutletCountLine report={report} />
    </header>
  );
}
