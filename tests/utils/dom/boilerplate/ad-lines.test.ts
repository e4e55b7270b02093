import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

describe('a sponsor label with the sponsor named (AD_LINES)', () => {
  it.each([
    'Sponsored by Heartland Seed Co.',
    'Brought to you by Acme Insurance',
    'Presented by Lakeshore Health Alliance',
    'SPONSORED BY NORTHGATE ANALYTICS',
    'Sponsored by: Prairie Farm Credit',
  ])('drops the label: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // Sentences that open with the words go on past the name, or name no one in capitals.
    'Sponsored by the county council, the show drew 3,000 visitors on Saturday.',
    'Brought to you by your local co-op, the program pays half the cost of soil tests.',
    'Presented by Gov. Ann Field in March, the bill would cap rail freight charges.',
    'Sponsored by two local dealers.',
    'The show was sponsored by Heartland Seed Co.',
  ])('keeps the story: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('AD_LINES: a "Hide Ad" button on its own line', () => {
  it.each(['Hide Ad', 'Advertisement Hide Ad'])('drops: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each(['Hide ads from this advertiser, the settings page says, and they stop appearing.', 'Hide and seek'])(
    'keeps: %s',
    (line) => {
      expect(isBoilerplateLine(line)).toBe(false);
    },
  );
});

describe('AD_LINES: an ad slot\'s "Story Continued Below" label (POLITICO)', () => {
  it.each(['Story Continued Below', 'Advertisement Story Continued Below', 'Article continued below'])(
    'drops: %s',
    (line) => {
      expect(isBoilerplateLine(line)).toBe(true);
    },
  );

  it.each(['The story continued below the surface for years, the diver said.'])('keeps: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('AD_LINES: a text ad under its label spelt out in capitals (Nigerian dailies)', () => {
  it.each([
    'ADVERTISEMENT: OWN A PLOT IN LAGOS FROM ABROAD! Pay in 12 months with no hidden charges. Click here to book.',
    'ADVERTISEMENT: Call Ann on +2348000000000 for cheap flights to Abuja',
  ])('drops: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Advertisement: the council spent N40m on billboards last year, the report said.',
    'ADVERTISEMENT SPENDING rose by a third in the quarter, the agency said.',
  ])('keeps: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('AD_LINES: an affiliate disclosure under its "Note:" label (IDG sites)', () => {
  it.each([
    'Note: When you purchase something after clicking links in our articles, we may earn a small commission. Read our affiliate link policy for more details.',
    'Disclosure: If you buy through our links, we may earn a commission.',
  ])('drops: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Note: when you buy a ferry ticket online, the operator charges a booking fee of £2.',
    'Note: The council will publish the budget in March.',
  ])('keeps: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
