import { describe, expect, it } from 'vitest';
import { readReleaseSpan } from '../../../utils/page/read-release-span';
import { splitLines } from '../../../utils/page/split-lines';

const DATELINE = 'RENO, Nev., Nov. 3, 2026 /PRNewswire/ -- Harbour Power Inc. today opened a battery plant in Nevada.';
const STORY = [
  'The plant will supply 120,000 homes during the evening peak.',
  '"It moves power across the day," she said.',
];
const span = (lines: readonly string[]) => readReleaseSpan(splitLines(lines.join('\n')));

describe('readReleaseSpan', () => {
  it.each([
    ['an About heading', ['About Harbour Power', 'Harbour Power builds storage.']],
    ['an About heading ending on the legal form', ['About Harbour Power Inc.', 'Harbour Power builds storage.']],
    ['the forward-looking statements', ['Forward-Looking Statements', 'This press release contains …']],
    ['a safe harbor statement', ['Safe Harbor Statement:', 'Statements in this release …']],
    ['the end mark', ['#  #  #', 'Media:', 'Ann Lee']],
    ['the end mark without spaces', ['###']],
  ])('should end the release at %s', (_, tail) => {
    expect(span([DATELINE, ...STORY, ...tail])).toEqual({ start: 0, end: 3 });
  });

  it.each([
    ['Business Wire', 'PITTSBURGH--(BUSINESS WIRE)--Corvale Robotics today unveiled a forklift.'],
    ['GlobeNewswire', 'BERGEN, Norway, Nov. 19, 2026 (GLOBE NEWSWIRE) -- Nordvik Ferries ASA ordered ferries.'],
    ['EIN Presswire', 'AUSTIN, TX, November 19, 2026 /EINPresswire.com/ -- A clinic opened a program.'],
    ['a PR Newswire language feed', 'MIAMI, Nov. 3, 2026 /PRNewswire-HISPANIC/ -- Harbour Power opened a plant.'],
    ['a company newsroom', 'JANESVILLE, Wis., Nov. 20, 2026 – Brightmeadow Foods today announced a new plant.'],
    ['a newsroom with a double hyphen', 'DETROIT, March 4, 2027 -- Acme Motors announced today it will build a plant.'],
  ])('should start the release at the %s dateline, under a pull quote', (_, dateline) => {
    expect(span(['We want to find them years earlier.', dateline, ...STORY, 'About Harbour Power'])).toEqual({
      start: 1,
      end: 4,
    });
  });

  it.each([
    ['a story without a wire dateline', ['A plant opened in Nevada on Monday.', ...STORY, 'About the author']],
    [
      'a news story under a dateline',
      ['WASHINGTON, Nov. 3, 2026 — The Senate voted on Monday.', ...STORY, 'About the survey'],
    ],
    ['a dateline deep in the story', [...STORY, 'Last week:', DATELINE, 'About Harbour Power']],
  ])('should keep the whole of %s', (_, lines) => {
    expect(span(lines)).toEqual({ start: 0, end: lines.length });
  });

  it.each([
    ['a sentence starting with About', 'About 40 workers built the plant over two years.'],
    ['a long line starting with About', 'About a third of the power goes to homes in the county and the rest to mines'],
    ['a paragraph about the statements', 'Forward-looking statements in the filing were cautious, analysts said.'],
  ])('should keep %s in the release', (_, line) => {
    expect(span([DATELINE, ...STORY, line])).toEqual({ start: 0, end: 4 });
  });
});

describe('readReleaseSpan: ACCESS Newswire, ots and earnings datelines, European About headings', () => {
  it.each([
    ['ACCESS Newswire', 'FORT WAYNE, IN / ACCESS Newswire / November 24, 2026 / Brightvale Robotics opened a depot.'],
    ['ACCESSWIRE between slashes', 'NEW YORK, NY / ACCESSWIRE / March 5, 2026 / Kestrel Labs signed a lease.'],
    ['an ots story', 'Lindenau (ots) - Die Stadtwerke haben am Montag eine Wärmepumpe in Betrieb genommen.'],
    ['an APA-OTS story', 'Wien (OTS) - Die Stadt Wien eröffnet ein neues Bad.'],
    ['an ots story from PR Newswire', 'Frankfurt (ots/PRNewswire) - Harbour Power hat ein Werk eröffnet.'],
    [
      'an earnings release',
      'SAN JOSE, Calif., Nov. 19, 2026 -- Corvan Systems, Inc. today reported financial results.',
    ],
  ])('should start the release at the %s dateline', (_, dateline) => {
    expect(span(['Highlights above it', dateline, ...STORY, 'About Harbour Power'])).toEqual({ start: 1, end: 4 });
  });

  it.each([
    ['German', 'Über die Stadtwerke Lindenau'],
    ['German with a colon', 'Über Harbour Power:'],
    ['French', 'À propos de Harbour Power'],
    ['French before a vowel', "À propos d'Harbour Power"],
    ['Spanish', 'Acerca de Harbour Power'],
    ['Portuguese', 'Sobre a Harbour Power'],
    ['Italian', 'Informazioni su Harbour Power'],
  ])('should end the release at a %s About heading', (_, heading) => {
    expect(span([DATELINE, ...STORY, heading, 'Harbour Power builds storage.'])).toEqual({ start: 0, end: 3 });
  });

  it.each([
    [
      'a news story whose source reported',
      'WASHINGTON, Nov. 3, 2026 — The Labor Department reported on Monday that hiring slowed.',
    ],
    ['a German sentence starting with Über', 'Über 40 Beschäftigte haben die Anlage in zwei Jahren gebaut.'],
    ['a Spanish sentence starting with Sobre', 'Sobre el terreno trabajan ya 40 personas en la obra del parque.'],
    ['a slash-dated line that is no wire', 'Reno / Nevada / November 3, 2026 / notes from the field'],
  ])('should keep %s', (_, line) => {
    const lines = [line, ...STORY];
    expect(span(lines)).toEqual({ start: 0, end: lines.length });
  });
});

describe("readReleaseSpan: Canadian issuers' forward-looking information", () => {
  it.each([['Forward-Looking Information'], ['Cautionary Statement Regarding Forward-Looking Information']])(
    'should end the release at %j',
    (heading) => {
      expect(span([DATELINE, ...STORY, heading, 'This news release contains …'])).toEqual({ start: 0, end: 3 });
    },
  );
});

describe('readReleaseSpan: the note on non-GAAP measures', () => {
  it.each([['Non-IFRS Measures'], ['Use of Non-GAAP Financial Measures'], ['Non-GAAP Financial Information']])(
    'should end the release at %j',
    (heading) => {
      expect(span([DATELINE, ...STORY, heading, 'Adjusted EBITDA is not a recognized measure …'])).toEqual({
        start: 0,
        end: 3,
      });
    },
  );

  it('should keep a sentence on non-GAAP measures', () => {
    const line = 'Non-GAAP measures rose 12% in the quarter, the company said.';
    expect(span([DATELINE, ...STORY, line])).toEqual({ start: 0, end: 4 });
  });
});

describe('readReleaseSpan: PRWeb and Asian wires', () => {
  it.each([
    ['PRWeb with the date after the tag', 'Denver, CO (PRWEB) November 24, 2026 -- Kestrel Labs opened an office.'],
    ['JCN Newswire', 'TOKYO, Nov 24, 2026 - (JCN Newswire) - Harbour Power K.K. opened a plant.'],
    ['ACN Newswire', 'SINGAPORE, Nov 24, 2026 - (ACN Newswire) - Harbour Power Pte opened a plant.'],
    ['Media OutReach', 'HONG KONG SAR - Media OutReach Newswire - 24 November 2026 - Harbour Power opened a plant.'],
  ])('should start the release at the %s dateline', (_, dateline) => {
    expect(span(['Highlights above it', dateline, ...STORY, 'About Harbour Power'])).toEqual({ start: 1, end: 4 });
  });

  it('should keep a story that names the wire in passing', () => {
    const lines = ['The company told Media OutReach - a wire - that it would list.', ...STORY, 'About the author'];
    expect(span(lines)).toEqual({ start: 0, end: lines.length });
  });
});
