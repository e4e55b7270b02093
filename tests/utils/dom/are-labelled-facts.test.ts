import { describe, expect, it } from 'vitest';
import { areLabelledFacts } from '../../../utils/dom/are-labelled-facts';

const VENUE = /^(?:address|hours|price)$/i;

describe('areLabelledFacts', () => {
  it('should read labelled lines, enough of them under known labels, as facts', () => {
    expect(areLabelledFacts(['Address: 12 Dock Road', 'Hours: 5–11 pm', 'Chef: Ann Lee'], VENUE, 3, 2)).toBe(true);
  });

  it.each([
    ['too few lines', ['Address: 12 Dock Road', 'Hours: 5–11 pm'], 3, 2],
    ['too few known labels', ['Address: 12 Dock Road', 'Chef: Ann Lee', 'Seats: 40'], 3, 2],
    ['a line without a label', ['Address: 12 Dock Road', 'Hours: 5–11 pm', 'We went twice and paid our way.'], 3, 2],
  ])('should leave %s', (_case, lines, minLines, minKnown) => {
    expect(areLabelledFacts(lines, VENUE, minLines, minKnown)).toBe(false);
  });
});
