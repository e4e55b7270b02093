import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

describe("an embedded post's frame (EMBED_FRAME_LINES)", () => {
  it.each([
    'Loading Twitter content',
    'Loading Instagram content',
    'Loading YouTube video…',
    // A script widget's placeholder alone on its line (WP-PostRatings under its stars).
    'Loading ...',
    'Loading...',
    'Loading, please wait...',
    'An dieser Stelle finden Sie einen externen Inhalt von X.com, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.',
    'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden. Mehr dazu in unserer Datenschutzerklärung.',
  ])('drops the line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Loading of the ferry was delayed by the wind.',
    'Loading bay... the trucks took all night.',
    'Loading... the trucks took all night, the driver said.',
    'Loading Twitter content took the page four seconds, the audit found.',
    'An dieser Stelle finden Sie einen Überblick über die wichtigsten Entwicklungen des Tages.',
    'Ich bin damit einverstanden, sagte der Bürgermeister am Abend.',
    '— Ohio Turnpike (@OhioTurnpikeInfo) November 28, 2026',
    'Eastbound lanes near MP 91 are reopening. Please slow down and stay well back from plows.',
  ])('keeps the line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("an embedded post's frame: heise online's consent notice (EMBED_FRAME_LINES)", () => {
  it.each([
    'Mit Ihrer Zustimmung wird hier ein externes YouTube-Video (Google Ireland Limited) geladen.',
    'Mit Ihrer Zustimmung wird hier ein externer Mastodon-Beitrag (Mastodon gGmbH) geladen.',
    'Mit Ihrer Zustimmung wird hier eine externe Umfrage (Opinary GmbH) geladen.',
  ])('drops the line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Mit Ihrer Zustimmung wird hier ein externes Gutachten geladen, sagte der Richter, und das dauere Wochen.',
    'Mit Ihrer Zustimmung wird das Verfahren eingestellt.',
    'Mit Ihrer Zustimmung wird hier ein externes Büro die Anträge prüfen und dann die Ergebnisse vorlegen, das Geld dafür wird aus dem Haushalt geladen.',
  ])('keeps the line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("an embed's own lines: Borlabs Cookie's placeholder, Vimeo's credit, Google Maps' link (EMBED_FRAME_LINES)", () => {
  it.each([
    'You are currently viewing a placeholder content from YouTube. To access the actual content, click the button below. Please note that doing so will share data with third-party providers.',
    'Sie sehen gerade einen Platzhalterinhalt von Instagram. Um auf den eigentlichen Inhalt zuzugreifen, klicken Sie auf die Schaltfläche unten. Bitte beachten Sie, dass dabei Daten an Drittanbieter weitergegeben werden.',
    'Harbour Pool: the last summer from Harbour Films on Vimeo.',
    'The New Vimeo Player (You Know, For Videos) from Vimeo on Vimeo.',
    'View larger map',
  ])('drops the line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'You are currently viewing the council’s plans for the harbour, which go on show next week.',
    'A short film shot from the pier premiered on Vimeo.',
    'The documentary, made from archive footage, is now streaming on Vimeo.',
    'Residents can view a larger map of the flood zones at the library.',
  ])('keeps the line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("an embed's credit and the BBC's notes around an embed (EMBED_FRAME_LINES)", () => {
  it.each([
    'A Flourish chart',
    'A Flourish data visualization',
    'Created with Datawrapper',
    'via GIPHY',
    'Contributed to DocumentCloud by Ann Lee (Harbour News)',
    'Warning: Third party content may contain adverts',
    'The BBC is not responsible for the content of external sites.',
  ])('drops the line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'A Flourish chart shows the rise in rents since 2020, which the council disputes.',
    'The charts were created with Datawrapper by the paper’s data team.',
    'The council said it is not responsible for the content of external sites that host the petition, and took it down.',
    'Warning: the road will close at 6 p.m.',
  ])('keeps the line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("an Instagram embed's script-off lines in other languages and older codes (EMBED_FRAME_LINES)", () => {
  it.each([
    'Ver esta publicación en Instagram',
    'Diesen Beitrag auf Instagram ansehen',
    'Voir cette publication sur Instagram',
    'Visualizza questo post su Instagram',
    'Dit bericht op Instagram bekijken',
    'Una publicación compartida de Fonda Doña Chayo (@fondadonachayo)',
    'Een bericht gedeeld door mechelenlive',
    'Ein Beitrag geteilt von Harbour Pool (@harbourpool)',
    'A post shared by Harbour Pool (@harbourpool) on Nov 22, 2026 at 11:04am PST',
  ])('drops the line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'A post shared by the mayor drew 400 comments',
    'A post shared by Ann Lee on Facebook drew 400 comments.',
    'Een bericht gedeeld door de burgemeester leidde tot ophef in de gemeenteraad.',
    'Ver esta publicación en Instagram cuesta poco, dijo la empresa.',
  ])('keeps the line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("Hearst's note under an imported embed or its newsletter box (EMBED_FRAME_LINES)", () => {
  it.each([
    'This content is imported from Twitter. You may be able to find the same content in another format, or you may be able to find more information, at their web site.',
    'This content is imported from YouTube.',
    'This content is created and maintained by a third party, and imported onto this page to help users provide their email addresses. You may be able to find more information about this and similar content at piano.io',
  ])('should match %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'This content is imported from China, the importer said, and is sold under a local brand.',
    'Most of the content is created and maintained by a third party, the ministry admitted.',
  ])('should leave %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
