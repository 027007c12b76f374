// The honest empty state: the article was read, but no event in the index matches it. We show what we read
// (title, outlet, date) so the reader can judge, and never offer the nearest event instead.
import type { Report } from '../lib/types.js';
import { ArticleMeta } from './ArticleMeta.js';

export function NoCoverage({ report }: { report: Report }) {
  return (
    <div class="stack" role="status" data-testid="no-coverage">
      <h1>No known coverage</h1>
      <p>None of the events in Parallax's index matches this article, so there is nothing to compare yet.</p>
      {report.match.message && !/^no known coverage/i.test(report.match.message) && (
        <p class="muted small">{report.match.message}</p>
      )}
      <div class="card">
        <p class="small muted">What Parallax read on this page:</p>
        <p data-testid="article-title">{report.article.title || 'untitled'}</p>
        <ArticleMeta article={report.article} />
      </div>
    </div>
  );
}
