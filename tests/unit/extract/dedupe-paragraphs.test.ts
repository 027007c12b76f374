import { describe, expect, it } from 'vitest';
import { dedupeParagraphs } from '../../../lib/extract/dedupe-paragraphs';

describe('duplicate-paragraphs', () => {
  const a = 'The council approved the new budget on Monday after a long debate.';
  const b = 'Opposition members said the plan would raise local taxes next year.';
  const c = 'Residents will be able to comment on the plan until the end of March.';
  const d = 'Eat a small meal with protein about an hour before your workout.';
  it('drops a body printed twice (a repeated run of paragraphs)', () => {
    expect(dedupeParagraphs([a, b, c, d, b, c, d])).toEqual([a, b, c, d]);
    expect(dedupeParagraphs([a, b, c, a, b, c])).toEqual([a, b, c]);
  });
  it('drops a paragraph printed twice in a row', () => {
    expect(dedupeParagraphs([a, a, b])).toEqual([a, b]);
  });
  it('keeps repeats that are content (the same step in two plans)', () => {
    expect(dedupeParagraphs(['Plan A', d, a, 'Plan B', d, b])).toEqual(['Plan A', d, a, 'Plan B', d, b]);
  });
  it('drops a pull quote repeated from a longer paragraph', () => {
    const merged = `${a} ${b} ${c}`;
    expect(dedupeParagraphs([merged, b])).toEqual([merged]);
  });
  it('keeps short repeats, which can be real', () => {
    expect(dedupeParagraphs(['No.', a, 'No.'])).toEqual(['No.', a, 'No.']);
  });
});
