import { describe, expect, it } from 'vitest';
import { readContactBlock } from '../../../utils/page/read-contact-block';
import { splitLines } from '../../../utils/page/split-lines';

const BODY = 'Harbour Power opened a battery plant on Monday.\nIt will supply 120,000 homes.';
const taken = (closing: string): number => readContactBlock(splitLines(`${BODY}\n${closing}`));

describe('readContactBlock', () => {
  it.each([
    ['Media Contact:\nLeah Ostrowski\nHarbour Power Inc.\n775-555-0142\npress@harbourpower.example', 5],
    ['Media Contact:\nLeah Ostrowski\n775-555-0142\nSOURCE Harbour Power Inc.', 4],
    ['Press contacts\nAnn Lee\n+44 20 7946 0958\nInvestor Relations Contact:\nBo Chen\nir@harbourpower.example', 6],
    ['Media inquiries: Ann Lee, press@harbourpower.example', 1],
    ['For more information, contact:\nAnn Lee\nann.lee@harbourpower.example', 3],
    ['SOURCE Harbour Power Inc.', 1],
    // The label alone closing the article: its contact was furniture on the page (a `media-contact` list).
    ['Media contact:', 1],
  ])('should take the contact lines %j', (closing, count) => {
    expect(taken(closing)).toBe(count);
  });

  it.each([
    // No phone or address under the label: a heading over the story's own last lines.
    ['Contacts\nAnn Lee\nBo Chen'],
    // Sentences under the label are the story's text.
    ['Contacts\nThe council said it had been in contact with the families of all 14 residents this week.\n555-0142'],
    // "Source:" is a source note, read with the other closing notes.
    ['Source: Harbour Power annual report'],
    ['The source said the plant would open in March.'],
    // A label without its colon as the last line, with nothing under it, or with the story after it.
    ['Media contacts'],
    ['Media contact:\nThe council said it had been in contact with the families of all 14 residents this week.'],
  ])('should leave %j in the article', (closing) => {
    expect(taken(closing)).toBe(0);
  });

  it('should take nothing from an empty article', () => {
    expect(readContactBlock([])).toBe(0);
  });
});

describe('readContactBlock, a contact written as one sentence', () => {
  it('should take a statistics office’s "For more information … contact us (phone; e-mail)" sentence under its label', () => {
    expect(
      taken(
        'Contact information\nFor more information, or to enquire about the concepts, methods or data quality of this ' +
          'release, contact us (toll-free 1-800-263-1136; 514-283-8300; infostats@statcan.example) or Media Relations.',
      ),
    ).toBe(2);
  });

  it.each([
    [
      'a long sentence with no phone or address',
      'Contacts\nFor more information about the plant, residents were told to contact the council at its next meeting.',
    ],
    [
      'a long sentence that does not open on the phrase',
      'Contacts\nResidents who want to know more about the plant can contact the council on 555-0142 this week, it said.',
    ],
  ])('should leave %s in the article', (_case, closing) => {
    expect(taken(closing)).toBe(0);
  });
});

describe('readContactBlock, labels of European wires', () => {
  it.each([
    ['Pressekontakt:\nStadtwerke Lindenau GmbH\nAnnika Brösel\nTelefon: 05931 555-2210', 4],
    ['Medienkontakt\nAnn Lee\npresse@harbourpower.example', 3],
    ['Rückfragehinweis:\nWiener Bäder\nMag. Eva Hofer\n+43 1 555 0142', 4],
    ['Contact presse :\nMarie Dubois\n+33 1 55 55 01 42', 3],
    ['Contacto de prensa:\nLucía Gómez\nprensa@harbourpower.example', 3],
  ])('should take the contact lines %j', (closing, count) => {
    expect(taken(closing)).toBe(count);
  });

  it('should keep a German story line naming a press contact', () => {
    expect(taken('Der Pressekontakt der Stadt war am Montag nicht zu erreichen.\n05931 555-2210')).toBe(0);
  });
});
