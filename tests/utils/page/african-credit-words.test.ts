import { describe, expect, it } from 'vitest';
import { readKnownByline } from '../../../utils/page/read-known-byline';

const read = (text: string, name: string) => readKnownByline({ text, start: 0, end: text.length }, [name]);
const names = (text: string, name: string) =>
  read(text, name)?.bylines.map((byline) => text.slice(byline.span?.start, byline.span?.end));

describe('readKnownByline with the credit words of African languages written in Latin script', () => {
  it.each([
    ['Swahili', 'Na Mussa Kalinga', 'Mussa Kalinga'],
    ['Hausa', 'Daga Ibrahim Sule', 'Ibrahim Sule'],
    ['Yoruba, precomposed dots', 'Lati ọwọ Florence Babaṣọla', 'Florence Babaṣọla'],
    ['Yoruba, no dots', 'Lati owo Florence Babasola', 'Florence Babasola'],
    ['Kinyarwanda', 'Yanditswe na Nkurunziza Patrick', 'Nkurunziza Patrick'],
  ])('should read the declared writer of a %s byline', (_name, text, name) => {
    expect(names(text, name)).toEqual([name]);
  });

  it('should read the date after a Kinyarwanda byline', () => {
    const text = 'Yanditswe na Nkurunziza Patrick 28 Ugushyingo 2026';
    expect(read(text, 'Nkurunziza Patrick')?.date?.iso.slice(0, 10)).toBe('2026-11-28');
  });

  it.each([
    [
      'a Swahili sentence',
      'Na Mussa Kalinga alisema wakulima wameanza kutumia mifuko hiyo mwaka huu.',
      'Mussa Kalinga',
    ],
    ['a Hausa sentence', 'Daga Ibrahim Sule ne muka samu labarin cewa an raba taki a jihar.', 'Ibrahim Sule'],
    ['a name the metadata does not give', 'Na Amina Juma', 'Mussa Kalinga'],
  ])('should leave %s', (_name, text, name) => {
    expect(read(text, name)).toBeUndefined();
  });
});
