import { describe, expect, it } from 'vitest';
import { readClosingLines } from '../../../utils/page/read-closing-lines';
import { splitLines } from '../../../utils/page/split-lines';

const BODY = 'The council voted on Monday to rebuild the harbour wall.\nWork starts in the spring.';

describe('readClosingLines', () => {
  it.each([
    ['A version of this article appeared in print on 11/06/2012, on page A12 with the headline: Wall Rebuilt.', 1],
    ['Original Post: https://harbour-news.example/2012/11/wall', 1],
    ['Via: Harbour Blog', 1],
    ['H/T: Ann Lee', 1],
    ['Tags: harbour, storms, council', 1],
    ['Posted on July 19th, 2012', 1],
    ['Posted on November 9, 2012 at 6:41 AM • 7 Comments', 1],
    ['Via: Harbour Blog\nOriginal Post: https://harbour-news.example/wall', 2],
    ['Write to Ann Lee at ann.lee@harbour-news.example', 1],
    ['Originally posted 2011-04-26 19:03:38.', 1],
    ['Posted by Ann Lee at October 28, 2012 01:23 PM\nShare\nAdvertisement', 3],
    ['___\nVia: Harbour Blog', 2],
    ['* * *', 1],
    [
      '___\nFollow AP’s coverage of water issues at https://apnews.com/hub/water.\nThe Associated Press receives support from a foundation for coverage of water policy. The AP is solely responsible for all content.',
      3,
    ],
    ['Follow our coverage of the storm on harbour-news.example/storm', 1],
    ['By Kim Hae-yeon (hykim@harbourherald.example)', 1],
    ['hjkim@harbour-agency.example', 1],
    ['BY PARK MIN-JI [park.minji@harbourdaily.example]', 1],
    ['Reporter Kim Ji-hoon jhkim@harbourherald.example', 1],
    [
      'Maren Solberg, Associate Professor of Animal Behaviour, University of Oslo\nThis article is republished from The Conversation under a Creative Commons license. Read the original article.',
      2,
    ],
    ['Li Wei, Reader in Physics, Imperial College London', 1],
    ['Media Contact:\nLeah Ostrowski\nHarbour Power Inc.\n775-555-0142\nSOURCE Harbour Power Inc.', 5],
    ['###\nContacts\nAnn Lee, Harbour Power\npress@harbourpower.example', 4],
    ['Media contact: Ann Lee, 555-0142, press@harbourpower.example', 1],
    ['jpe/dpa', 1],
    ['Źródło: Portal Wiadomości', 1],
    ['Quelle: dpa', 1],
    ['Sources: Harbour Authority, European Maritime Safety Agency', 1],
    ['Quellen: dpa, Reuters', 1],
    ['Sumber: Antara', 1],
    ['(kha/AFP)', 1],
    ['First Published: Nov 28 2026 | 9:41 AM IST', 1],
    ['/atm', 1],
    ['/cb/jpv', 1],
    ['– Rappler.com', 1],
    ['—INQUIRER.net', 1],
    ['For more news about the latest weather and flooding updates, visit our special page.\n/atm', 2],
    ['For more updates on the storm, click here.', 1],
  ])('should take the closing note %j', (closing, taken) => {
    expect(readClosingLines(splitLines(`${BODY}\n${closing}`)).taken).toBe(taken);
  });

  it('should read a footer byline and date into metadata', () => {
    const input = `${BODY}\nPosted by Noor Haddad at October 28, 2012 01:23 PM`;
    const closing = readClosingLines(splitLines(input));
    expect(closing.taken).toBe(1);
    expect(closing.bylines.map((byline) => byline.text)).toEqual(['Noor Haddad']);
    expect(closing.date?.iso).toBe('2012-10-28');
    const span = closing.date?.span;
    expect(span && input.slice(span.start, span.end)).toBe(closing.date?.text);
  });

  it.each([
    ['By Noor Haddad'],
    ['November 6, 2012'],
    ['Source Harbour Blog'],
    ['Sources close to the harbour board said the vote would be delayed until spring.'],
    [
      'Sources: three harbour board members, who asked not to be named because the talks were private, said the vote would slip to the spring.',
    ],
    ['Reporter Kim Ji-hoon'],
    ['Reporter Kim Ji-hoon said she had written to jhkim@harbourherald.example about the harbour wall.'],
    ['Źródło wody w porcie wyschło po raz pierwszy od dekady.'],
    [
      'Kaynak: belediyenin verilerine göre deniz otobüsleri ekim ayında günde ortalama 62 bin yolcu taşıdı ve bu sayı geçen yılın aynı döneminde 44 bin civarındaydı.',
    ],
    ['Via the harbour road, the trucks reached the town on Monday after a long detour around the flooded bridge.'],
    ['By the end of the year, the wall was finished on March 3, 2012.'],
    ['A version of the plan was shown to the council.'],
    ['The wall was finished on March 3, 2012.'],
    ['Write to the council if you want the wall rebuilt sooner.'],
    ['$5'],
    ['1-0'],
    ['Follow the money, the inspector said, and you will find who paid for the wall.'],
    ['Follow our coverage of the storm as it develops.'],
    ['The museum receives support from the council, which also pays for the wall.'],
    ['By then the council had written to the owners (owners@harbour.example) twice.'],
    ['The residents wrote to the harbour office [office@harbour.example] twice before the wall was rebuilt.'],
    ['Ann Lee, a lecturer at the University of Oslo, said the wall would hold.'],
    ['This article is about the harbour wall, which was republished from old plans.'],
    ['Harbour Council, University Road'],
    ['and/or'],
    ['km/h'],
    ['/s'],
    ['The council posted the plans on Harbour.com.'],
    ['Harbour.com'],
    ['For more news, residents turned to the local radio station after the power went out.'],
    ['For more news about the wall, the council said, residents should wait until Monday.'],
  ])('should leave %j in the body', (closing) => {
    expect(readClosingLines(splitLines(`${BODY}\n${closing}`)).taken).toBe(0);
  });

  it.each([
    ['Ann Lee is a staff writer covering the harbour and the council.', 1],
    ['Ann Lee\nAnn Lee is a staff writer covering the harbour. She previously worked for the Coast Post.', 2],
    ['Ann covers local government for the Ledger. Reach her at ann@ledger.example.', 1],
    ['ANN LEE\nAnn is the Ledger’s harbour reporter.', 2],
    ['Ann Lee writes about ports and shipping.\nShare', 2],
    ['Ann Lee', 1],
    ['ANN LEE\nShare', 2],
  ])('should take the bio or the bare name of a writer the byline names, %j', (closing, taken) => {
    expect(readClosingLines(splitLines(`${BODY}\n${closing}`), ['Ann Lee']).taken).toBe(taken);
  });

  it.each([
    ['Ben Roe is a fellow at the Harbour Institute, which paid for the study.', ['Ann Lee']],
    ['Ann Lee is a staff writer covering the harbour.', []],
    ['Ann is the Ledger’s harbour reporter.', ['Ann']],
    ['Ann Lee said the wall is the council’s to fix, and the money is there.', ['Ann Lee']],
    [`Ann Lee is a staff writer. ${'She covers the harbour. '.repeat(25)}`, ['Ann Lee']],
    ['Ben Roe', ['Ann Lee']],
    ['Ann', ['Ann']],
    ['Ann Lee', []],
  ])('should leave %j in the body (byline %j)', (closing, authors) => {
    expect(readClosingLines(splitLines(`${BODY}\n${closing}`), authors).taken).toBe(0);
  });

  it('should leave a rule between paragraphs in the body', () => {
    const input = `${BODY}\n___\nThe second part of the story follows the rule.\nIt ends here.`;
    expect(readClosingLines(splitLines(input)).taken).toBe(0);
  });

  it('should look only at the last lines', () => {
    const notes = ['Via: A', 'Via: B', 'Via: C', 'Via: D'].join('\n');
    expect(readClosingLines(splitLines(`${BODY}\n${notes}`)).taken).toBe(3);
  });

  it('should give nothing for no lines', () => {
    expect(readClosingLines([])).toEqual({ taken: 0, bylines: [] });
  });

  describe('with a long feature above', () => {
    const FEATURE = `${'The river dropped another tenth of a foot on Tuesday, and the town council met again. '.repeat(20)}`;

    it.each([
      ['Editor: Sam Reyes\nFact-checker: Lee Anh Tran\nCopy editor: Jo Whitfield', 3],
      ['Editor: Sam Reyes\nFact-checker: Lee Tran\nCopy editor: Jo Park\nIllustrations by Ann Lee\nShare', 5],
      ['Edited by Sam Reyes | Fact-checked by Lee Tran', 1],
      ['Via: Harbour Blog\nEditor: Sam Reyes', 2],
      ['Credits\nWords: Ann Lee\nPhotography and video: Bo Ek\nDigital production: Sam Reyes\nEditor: Jo Park', 5],
      ['Story credits\nReporting: Ann Lee\nDesign & development: Bo Ek', 3],
    ])('should take the staff credits %j', (closing, taken) => {
      expect(readClosingLines(splitLines(`${FEATURE}\n${closing}`)).taken).toBe(taken);
    });

    it.each([
      ['a "Credits" line over no credits', 'Credits\nShare', 1],
      ['a "Credits" line over a sentence', 'Credits\nThe council thanked the volunteers.', 0],
    ])('should leave %s in the body', (_case, closing, taken) => {
      expect(readClosingLines(splitLines(`${FEATURE}\n${closing}`)).taken).toBe(taken);
    });

    it('should leave a transcript line with a role label in the body', () => {
      expect(readClosingLines(splitLines(`${FEATURE}\nEditor: Yes, we ran it.`)).taken).toBe(0);
    });
  });

  it('should leave staff credits that are a short post itself in the body', () => {
    const post = 'The Daily Edit: this week’s cover\nArt director: Gail Moreno\nPhoto editor: Ann Lee\nDesigner: Bo Ek';
    expect(readClosingLines(splitLines(post)).taken).toBe(0);
  });
});

describe('readClosingLines with the writer’s initials in brackets', () => {
  it.each([['(mag)'], ['(oprac. jk)'], ['(ewa)']])('should take the sign-off %j', (closing) => {
    expect(readClosingLines(splitLines(`${BODY}\n${closing}`)).taken).toBe(1);
  });

  it.each([['(AP)'], ['(sic)!'], ['(Reuters)'], ['(to be continued)'], ['(photos below)']])(
    'should leave %j in the body',
    (closing) => {
      expect(readClosingLines(splitLines(`${BODY}\n${closing}`)).taken).toBe(0);
    },
  );
});

describe('readClosingLines on a desk editor’s credit in square brackets (Xinhua)', () => {
  it.each([['[Editor: ZL]'], ['[Editor: Zhou Lan]'], ['[Edited by Ann Lee]'], ['[Responsible editor: Li Wen]']])(
    'should take the sign-off %j',
    (closing) => {
      expect(readClosingLines(splitLines(`${BODY}\n${closing}`)).taken).toBe(1);
    },
  );

  it.each([
    ['(Editing by Ann Lee)'],
    ['[Editor’s note: the council met again on Friday and approved the plan.]'],
    [
      '[Editor: the figures above were revised on Friday after the ministry corrected its data, and the table was updated.]',
    ],
    ['Editors said the plan was approved.'],
  ])('should leave %j in the body', (closing) => {
    expect(readClosingLines(splitLines(`${BODY}\n${closing}`)).taken).toBe(0);
  });
});

describe('readClosingLines on an agency desk’s initials (EFE)', () => {
  it.each([['mcs/jl/ah'], ['ac/ja']])('should take the sign-off %j', (closing) => {
    expect(readClosingLines(splitLines(`${BODY}\n${closing}`)).taken).toBe(1);
  });

  it.each([['and/or'], ['km/h'], ['mcs/jl/ah/bb/cc']])('should leave %j in the body', (closing) => {
    expect(readClosingLines(splitLines(`${BODY}\n${closing}`)).taken).toBe(0);
  });
});

describe('readClosingLines on a Korean English edition', () => {
  it('should take the sign-off with the title after the name', () => {
    expect(readClosingLines(splitLines(`${BODY}\nPark Ji-hoon reporter jhpark@harbourherald.example`)).taken).toBe(1);
    expect(
      readClosingLines(splitLines(`${BODY}\nPark Ji-hoon staff reporter jhpark@harbourherald.example`)).taken,
    ).toBe(1);
  });

  it.each([
    ['The reporter wrote to owners@harbour.example twice.'],
    ['Park Ji-hoon reporter'],
    ['Park Ji-hoon, a reporter at the Herald, wrote to jhpark@harbourherald.example about the wall.'],
  ])('should leave %j in the body', (closing) => {
    expect(readClosingLines(splitLines(`${BODY}\n${closing}`)).taken).toBe(0);
  });
});

describe('readClosingLines on a Korean-language paper', () => {
  it('should take the reporter\'s sign-off: the name, "기자" and the address', () => {
    expect(readClosingLines(splitLines(`${BODY}\n정하늘 기자 hanul@harbourdaily.example`)).taken).toBe(1);
  });

  it.each([['정하늘 기자'], ['정하늘 기자는 hanul@harbourdaily.example 로 제보를 받는다고 말했다.']])(
    'should leave %j in the body',
    (closing) => {
      expect(readClosingLines(splitLines(`${BODY}\n${closing}`)).taken).toBe(0);
    },
  );
});

describe('readClosingLines under a think tank’s people cards', () => {
  it.each([['Written By'], ['Written by:']])('should take the label %j left over the writers’ cards', (closing) => {
    expect(readClosingLines(splitLines(`${BODY}\n${closing}`)).taken).toBe(1);
  });

  it.each([['The wall was written by hand into the plan.'], ['Written by the mayor in 1911, the plan still stands.']])(
    'should leave %j in the body',
    (closing) => {
      expect(readClosingLines(splitLines(`${BODY}\n${closing}`)).taken).toBe(0);
    },
  );
});

describe("readClosingLines on a desk editor's initials in capitals", () => {
  it.each([['ICR'], ['JLMR'], ['JLMR/LHM']])('should take the sign-off %j', (closing) => {
    expect(readClosingLines(splitLines(`${BODY}\n${closing}`)).taken).toBe(1);
  });

  it.each([['ICR wrote the report.'], ['JLMRSTUV'], ['Icr'], ['I'], ['ICR 2026']])(
    'should leave %j in the body',
    (closing) => {
      expect(readClosingLines(splitLines(`${BODY}\n${closing}`)).taken).toBe(0);
    },
  );
});

describe("readClosingLines on a Kinja post's source line", () => {
  it('should take the closing "Title | Source" line', () => {
    expect(readClosingLines(splitLines(`${BODY}\nKeyhold 6 release notes | Keyhold`)).taken).toBe(1);
  });

  it('should keep a last paragraph with a bar in a sentence', () => {
    expect(readClosingLines(splitLines(`${BODY}\nThe vote was close | the mayor said nothing.`)).taken).toBe(0);
  });
});
