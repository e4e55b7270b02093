import { describe, expect, it } from 'vitest';
import { isStaffCredit } from '../../../utils/page/is-staff-credit';

describe('isStaffCredit', () => {
  it.each([
    'Editor: Sam Reyes',
    'Fact-checker: Lee Anh Tran',
    'Copy editor: Jo Whitfield',
    'Photo editors: Ann Lee, Bo Ek and Jo Park',
    'Editor: Sam Reyes | Fact-checker: Lee Tran',
    'Illustrations by Ann Lee and Bo Ek',
    'Edited by Sam Reyes',
    'ART DIRECTION: Mia Holt',
    'Podcast production by Ann Lee and Bo Ek.',
    'Audio engineering by Mia Holt',
    'Words: Kieran Dunmore',
    'Photography and video: Ella Tighe',
    'Digital production: Sam Pieterse',
    'Reporting: Ann Lee and Bo Ek',
    'Design & development: Mia Holt',
  ])('should read %j as a staff credit', (line) => {
    expect(isStaffCredit(line)).toBe(true);
  });

  it.each([
    'Editor: Yes, we ran the story. We stand by it.',
    'Edited by hand, the film lost an hour of footage.',
    'The editor: Sam Reyes, who ran the paper for 20 years, said no.',
    'Editor: Sam',
    'Produced by volunteers over three summers.',
    'Production by the state oil company fell 4% last year.',
    'Podcast production by hand takes longer than anyone thinks.',
    'Editor: Sam Reyes said the paper would appeal.',
    'Words: Cheap, Talk and Nothing',
    'Reporting: the agency said the figures were late.',
    'Production: down 4% on last year.',
    'Video: Kieran Dunmore rides the route',
    '',
  ])('should not read %j as a staff credit', (line) => {
    expect(isStaffCredit(line)).toBe(false);
  });
});
