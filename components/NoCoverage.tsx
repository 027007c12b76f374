// The honest empty state: the article was read, but no event in the index matches it. We show what we read
// (title, outlet, date) so the reader can judge, and never offer the nearest event instead. A page that reports no
// event (a review, a guide, a reference page, a listing) says so: Parallax compares news reports. And whether the
// index reaches the article's date at all ("your coverage ends 22 May 2025: updates are off"), so "nobody covered
// this" is not confused with "Parallax stopped learning".
import type { Report } from '../lib/types.js';
import { PAGE_TYPE_LABEL } from '../lib/extract/page-type.js';
import type { Freshness } from '../lib/updates/freshness.js';
import { coverageOfDate } from '../lib/ui/freshness.js';
import { describePageType } from '../lib/ui/match-evidence.js';
import { ArticleMeta } from './ArticleMeta.js';

export function NoCoverage({
  report,
  freshness = null,
  now = new Date(),
}: {
  report: Report;
  freshness?: Freshness | null;
  now?: Date;
}) {
  const type = report.match.notReport ? report.match.pageType : undefined;
  const dated = type ? null : coverageOfDate(report.article.published, freshness, now);
  return (
    <div class="stack" role="status" data-testid={type ? 'not-report' : 'no-coverage'}>
      {type ? (
        <>
          <h1>Not a news report</h1>
          <p>
            This looks like {PAGE_TYPE_LABEL[type.type]}: Parallax compares news reports of an event, so it does not look for
            other outlets' coverage of this page.
          </p>
          <p class="muted small">Decided from the page's structure, not its topic: {describePageType(type)}.</p>
        </>
      ) : (
        <>
          <h1>No known coverage</h1>
          <p>None of the events in Parallax's index matches this article, so there is nothing to compare yet.</p>
          {dated && <p data-testid="coverage-date">{dated}</p>}
          {report.match.message && !/^no known coverage/i.test(report.match.message) && (
            <p class="muted small">{report.match.message}</p>
          )}
        </>
      )}
      <div class="card">
        <p class="small muted">What Parallax read on this page:</p>
        <p data-testid="article-title" dir="auto">
          {report.article.title || 'untitled'}
        </p>
        <ArticleMeta article={report.article} />
      </div>
    </div>
  );
}
