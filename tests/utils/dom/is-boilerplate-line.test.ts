import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../utils/dom/is-boilerplate-line';

describe('isBoilerplateLine', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Story continues below advertisement',
    'Read more: How the flood changed the town centre',
    'Sign up for our daily newsletter',
    'Related stories:',
    'Share this article',
    'Photo: Riverside Courier',
    '(AP Photo/Jane Doe)',
    '© 2024 Riverside Courier. All rights reserved.',
    'Copyright 2012 The Associated Press.',
    'Posted in Local news, Libraries | 2 Comments »',
    'Tags: library, flood, council',
    'You can follow any responses to this entry through the RSS feed.',
    '4 Responses to “Library reopens”',
    'Leave a Reply',
    'Next article',
    'E-mail',
    'Reprints',
    'No comments yet.',
    'Comments (0)',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The council read more than three hundred letters before it voted.',
    'Advertisement revenue fell by a third last year, the company said.',
    'Share prices rose on Monday after the announcement.',
    'Posted letters poured in after the flood, the council said.',
    'Next to the library, a new bakery opened on the same day.',
    'People who subscribe to the theory say the newsletter was only the start of a long campaign that ran for years.',
  ])('should keep the prose line "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
