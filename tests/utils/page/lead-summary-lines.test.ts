import { describe, expect, it } from 'vitest';
import { leadSummaryLines } from '../../../utils/page/lead-summary-lines';
import { splitLines } from '../../../utils/page/split-lines';

const STORY = 'Growers counted their losses on Friday after the storm.\nInsurers expect more claims.';

describe('leadSummaryLines', () => {
  it.each([
    [
      "In short: Hail flattened wheat across the region.\nSome lost most of their crop.\nWhat's next? Assessors visit next week.",
      3,
    ],
    ["Key points: Hail flattened wheat.\nWhat's next? Assessors visit next week.", 2],
    ['At a glance: Hail flattened wheat.\nWhat happens next? Assessors visit next week.', 2],
  ])('should count a labelled summary closed by its next-steps paragraph: %j', (summary, count) => {
    expect(leadSummaryLines(splitLines(`${summary}\n${STORY}`))).toBe(count);
  });

  it.each([
    ['a story that opens on the label as its own sentence', `In short: the wall held.\n${STORY}`],
    ['a label later in the story', `${STORY}\nIn short: the wall held.\nWhat's next? Repairs.`],
    ['a next-steps line too far down', `In short: a.\nb.\nc.\nd.\ne.\nWhat's next? f.\n${STORY}`],
    ['a question in prose', `In short, the wall held.\nWhat's next? The council will decide.\n${STORY}`],
    ['a summary that would be the whole article', "In short: the wall held.\nWhat's next? Repairs."],
    ['no lines', ''],
  ])('should count nothing for %s', (_, input) => {
    expect(leadSummaryLines(splitLines(input))).toBe(0);
  });
});
