import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

describe("an embedded post's frame (EMBED_FRAME_LINES)", () => {
  it.each([
    'Loading Twitter content',
    'Loading Instagram content',
    'Loading YouTube video…',
    'An dieser Stelle finden Sie einen externen Inhalt von X.com, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.',
    'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.',
  ])('drops the line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Loading of the ferry was delayed by the wind.',
    'Loading Twitter content took the page four seconds, the audit found.',
    'An dieser Stelle finden Sie einen Überblick über die wichtigsten Entwicklungen des Tages.',
    'Ich bin damit einverstanden, sagte der Bürgermeister am Abend.',
    '— Ohio Turnpike (@OhioTurnpikeInfo) November 28, 2026',
    'Eastbound lanes near MP 91 are reopening. Please slow down and stay well back from plows.',
  ])('keeps the line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
