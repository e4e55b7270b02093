import { describe, expect, it } from 'vitest';
import { STATION_LINES } from '../../../../utils/dom/boilerplate/station-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => STATION_LINES.some((pattern) => pattern.test(line));

describe('STATION_LINES', () => {
  it.each([
    'Listen to NewsTalk 870 KVRX on the free #iHeartRadio app!',
    'Listen to KFI AM 640 on the free #iHeartRadio app',
    'Listen live on the free Audacy app.',
    'Got a story we should cover? Text the studio at 555-917-0917 or email news@kxpr.org.',
    'Got a news tip?',
    'Text the newsroom at 555-0100.',
    'Listen duration 3′ 48″',
    'Listen 4:10',
    'Add to playlist',
    'Download as: Ogg MP3',
    'Download: MP3 | OGG',
  ])('drops the station line: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '',
    // Stories about apps, tips and listening keep their sentences.
    'Listen to the full interview on the free iHeartRadio app, the host told callers.',
    'Listen to what the neighbours say before you judge the plan.',
    'Got a story we should cover? That is the question the new editor asked readers, she said.',
    'Text the studio at any hour and someone answers, said the station manager.',
    'Callers who text the studio during the show often get a reply within minutes.',
    'Listen duration matters more than ratings, the researchers found.',
    'Add to playlist features were added to the app in 2024.',
    'Download as many MP3 files as you like, the archive said.',
  ])('keeps the story: %s', (line) => {
    expect(matches(line)).toBe(false);
  });

  it('keeps the story sentences out of the whole table too', () => {
    expect(isBoilerplateLine('Callers who text the studio during the show often get a reply within minutes.')).toBe(
      false,
    );
  });
});
