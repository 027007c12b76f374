import { describe, expect, it } from 'vitest';
import { parseAbsoluteDate, parsePrintedDate } from '../../../lib/extract/printed-date';

describe('printed dates', () => {
  it('reads the forms the seeds print', () => {
    expect(parsePrintedDate('by Some Desk 21 May 2025, 15:04')?.date).toBe('2025-05-21');
    expect(parsePrintedDate('time22-05-2025')?.date).toBe('2025-05-22');
    expect(parsePrintedDate(' date 2025-04-26 Left Menu')?.date).toBe('2025-04-26');
    expect(parsePrintedDate('March 3rd, 2024')?.date).toBe('2024-03-03');
  });
  it('prefers a labelled publication date over an update date', () => {
    expect(parsePrintedDate('Desk | Updated: 27-04-2025 19:00 IST | Created: 26-04-2025 19:00 IST')?.date).toBe('2025-04-26');
  });
  it('keeps relative dates unknown', () => {
    expect(parsePrintedDate('time6 days ago')).toEqual({ date: null, relative: true });
    expect(parsePrintedDate('an hour ago')).toEqual({ date: null, relative: true });
  });
  it('does not read names or ambiguous dates as dates', () => {
    expect(parsePrintedDate('Russia Today')).toBeNull();
    expect(parseAbsoluteDate('04/05/2025')).toBeNull();
    expect(parseAbsoluteDate('04/25/2025')).toBe('2025-04-25');
    expect(parseAbsoluteDate('31-02-2025')).toBeNull();
  });
});
