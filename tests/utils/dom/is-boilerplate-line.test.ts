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
    'Sign-up To The Newsletter And Get A Free eBook',
    'To receive these entries once a month by e-mail, sign up for the Harbour Letter newsletter.',
    'NEWSLETTER SIGN UP',
    'Subscribe to comments on this entry',
    'Powered by Movable Type.',
    'Be The First To Comment',
    'Follow @TidewaterNews',
    '« Ferry returns | Main | Quay reopens »',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The council read more than three hundred letters before it voted.',
    'Advertisement revenue fell by a third last year, the company said.',
    'Share prices rose on Monday after the announcement.',
    'Posted letters poured in after the flood, the council said.',
    'Next to the library, a new bakery opened on the same day.',
    'Powered by wind and tide, the old ferry crossed the bay in four hours.',
    'Main Street was closed for the parade on Sunday.',
    'Subscribe to the idea that small harbours matter, and the rest follows.',
    'Posted by Wren Abbott at 08:12',
    'Written by Ada Moss',
    'People who subscribe to the theory say the newsletter was only the start of a long campaign that ran for years.',
  ])('should keep the prose line "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
