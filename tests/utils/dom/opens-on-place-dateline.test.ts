import { describe, expect, it } from 'vitest';
import { opensOnPlaceDateline } from '../../../utils/dom/opens-on-place-dateline';

const URL = 'https://www.example.de/staedte/gelsenbach/stadt-schliesst-hallenbad-id214408227.html';

describe('opensOnPlaceDateline', () => {
  it.each([
    ['a place the URL files the story under', 'Gelsenbach. Das Hallenbad Nord schließt früher als geplant.', URL, ''],
    [
      'a place with an umlaut, spelt out in the URL',
      'Mülheim. Die Stadt baut eine neue Brücke über die Ruhr.',
      'https://www.example.de/staedte/muelheim/neue-bruecke-id1.html',
      '',
    ],
    [
      'a place of two words that the declared headline names',
      'Bad Homburg. Der Kurpark bekommt neue Bänke.',
      '',
      'Bad Homburg: Kurpark bekommt neue Bänke',
    ],
    ['a place joined by a slash', 'Mülheim/Ruhr. Die Stadt baut.', 'https://x.de/mulheim-ruhr/a.html', ''],
  ])('should find %s', (_case, text, url, headline) => {
    expect(opensOnPlaceDateline(text, url, headline)).toBe(true);
  });

  it.each([
    [
      'a one-word sentence opening a dek, named nowhere else',
      'Endlich. Nach zehn Jahren Streit ist die Brücke fertig.',
      URL,
      'Brücke über die Ruhr ist fertig',
    ],
    ['a place the page does not name', 'Essen. Die Stadt will sparen.', URL, 'Stadt will sparen'],
    [
      'an abbreviated title the URL and headline hold inside words',
      'Dr. Müller hat das Bad geprüft.',
      'https://x.de/drucken/dreier-id1.html',
      'Drei Bäder geprüft',
    ],
    ['a sentence that opens on a longer clause', 'Gelsenbach hat ein neues Bad. Es öffnet im Mai.', URL, ''],
    ['an English dateline with a dash (read elsewhere)', 'GELSENBACH — The pool will close.', URL, ''],
  ])('should not find %s', (_case, text, url, headline) => {
    expect(opensOnPlaceDateline(text, url, headline)).toBe(false);
  });
});
