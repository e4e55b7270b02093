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
    'Readers like you help support Android Police. When you make a purchase using links on our site, we may earn an affiliate commission. Read More.',
  ])('drops: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Note: when you buy a ferry ticket online, the operator charges a booking fee of £2.',
    'Note: The council will publish the budget in March.',
    'When you make a purchase at the farm shop, the co-op keeps a share for the school fund.',
  ])('keeps: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("AD_LINES: a commerce inset's commission label (G/O Media)", () => {
  it.each(['G/O Media may get a commission', 'We may earn a commission', 'Kotaku may earn an affiliate commission'])(
    'drops the label: %s',
    (line) => {
      expect(isBoilerplateLine(line)).toBe(true);
    },
  );

  it.each([
    // A sentence of the story ends on its stop, or names no one in capitals.
    'Brokers may earn a commission.',
    'Estate agents may earn a commission of up to 3 percent on each sale, the report said.',
    'the seller may get a commission',
  ])('keeps: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("AD_LINES: a blog's written-out affiliate note and Amazon's required sentence", () => {
  it.each([
    'This post may contain affiliate links, which means I may receive a small commission, at no cost to you, if you make a purchase through a link. As an Amazon Associate I earn from qualifying purchases. Read my full disclosure policy.',
    'This post contains affiliate links, which means I’ll receive a commission if you purchase through my links, at no extra cost to you. Please read full disclosure for more information.',
    'This post may contain affiliate links. Please read my disclosure for more info.',
    'Disclosure: This blog contains affiliate links. As an Amazon Associate, we earn from qualifying purchases.',
    'As an Amazon Associate I earn from qualifying purchases.',
  ])('drops the note: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // A clause after the links that names no commission, a third person, or a story going on after the note's words.
    'This post contains affiliate links, which the FTC requires bloggers to disclose in plain words.',
    'As an Amazon Associate, she earned from qualifying purchases for years before the program cut its rates.',
    'As an Amazon Associate I earn from qualifying purchases, but the rates were cut twice last year, so the blog now runs on reader support.',
    'This post may contain affiliate links. Last spring we drove to the coast with our two boys.',
  ])('keeps the story: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('AD_LINES: the reading prompt in an ad placeholder', () => {
  it.each(['Scroll down to continue reading', 'Advertisement - Scroll down to continue reading', 'Scroll to continue'])(
    'drops: %s',
    (line) => {
      expect(isBoilerplateLine(line)).toBe(true);
    },
  );

  it.each([
    'Scroll down to continue reading the council’s report, which runs to 214 pages.',
    'Readers had to scroll down to continue reading, and most gave up.',
  ])('keeps the story: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
