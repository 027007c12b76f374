import { describe, expect, it } from 'vitest';
import { dedupeParagraphs } from '../../../lib/extract/dedupe-paragraphs';

describe('duplicate-paragraphs', () => {
  const a = 'The council approved the new budget on Monday after a long debate.';
  const b = 'Opposition members said the plan would raise local taxes next year.';
  it('drops a body printed twice', () => {
    expect(dedupeParagraphs([a, b, a, b])).toEqual([a, b]);
  });
  it('drops a paragraph repeated inside an earlier, longer one', () => {
    const merged = `${a} ${b} Residents will vote on it in spring, officials said.`;
    expect(dedupeParagraphs([merged, b])).toEqual([merged]);
  });
  it('keeps short repeats, which can be real', () => {
    expect(dedupeParagraphs(['No.', a, 'No.'])).toEqual(['No.', a, 'No.']);
  });
});
