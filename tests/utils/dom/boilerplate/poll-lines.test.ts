import { describe, expect, it } from 'vitest';
import { POLL_LINES } from '../../../../utils/dom/boilerplate/poll-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => POLL_LINES.some((pattern) => pattern.test(line));

describe('POLL_LINES', () => {
  it.each([
    'Total Votes: 1,020',
    'Total Voters: 812',
    'Total votes 3 418',
    'Return To Poll',
    'Take Our Poll',
    'View Results',
    'View Results Of This Poll',
    'Vote | View Results',
  ])('drops the poll widget line: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '',
    // A story's sentences about a vote, and a poll's question and answers, stay.
    'Total votes cast rose to 41,000, about 62% of registered voters, the elections director said.',
    'Total votes: the county counted 41,000 ballots by midnight.',
    'Should Harlan County buy the Whitcomb mill?',
    'Only if the study comes back clean (551 votes)',
    'Voters will return to the polls in March for the runoff.',
    'View results from every precinct on the county website, the clerk said.',
  ])('keeps: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});

describe('POLL_LINES on crowd-ranked lists', () => {
  it.each(['Vote up the cozy mysteries you would happily reread.', 'Vote up your favorites!'])(
    'drops the voting prompt: %s',
    (line) => {
      expect(matches(line)).toBe(true);
      expect(isBoilerplateLine(line)).toBe(true);
    },
  );

  it.each([
    'Vote up the road: the council will decide on the bypass in March. Residents can still write in.',
    'Readers were asked to vote up the finds they liked best.',
  ])('keeps: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
