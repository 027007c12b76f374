// "Report a wrong match or grouping": kept in the user database only, read back for export as JSON.
import type { MatchFeedback } from '../protocol.js';
import type { UserDb } from './schema.js';

const FEEDBACK_CAP = 1_000;

export async function addFeedback(db: UserDb, report: Omit<MatchFeedback, 'at'>, now = new Date()): Promise<void> {
  await db.transaction('rw', db.feedback, async () => {
    await db.feedback.add({ ...report, at: now.toISOString() });
    const count = await db.feedback.count();
    if (count > FEEDBACK_CAP)
      await db.feedback.bulkDelete(
        await db.feedback
          .orderBy('at')
          .limit(count - FEEDBACK_CAP)
          .primaryKeys(),
      );
  });
}

export async function getFeedback(db: UserDb): Promise<MatchFeedback[]> {
  const rows = await db.feedback.orderBy('at').toArray();
  return rows.map(({ id: _id, ...rest }) => rest);
}
