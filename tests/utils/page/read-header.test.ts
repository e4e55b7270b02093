import { describe, expect, it } from 'vitest';
import { readHeader, readHeaderSteps } from '../../../utils/page/read-header';
import { splitLines } from '../../../utils/page/split-lines';

const header = (input: string) => readHeader(splitLines(input));

describe('readHeader', () => {
  it.each([
    ['date 2023-09-12 First paragraph here.', '2023-09-12', 0],
    ['Published: September 12, 2023\nBody text.', '2023-09-12', 1],
    ['Updated 12 Sep 2023\nBody text.', '2023-09-12', 1],
    ['Posted on 2023-09-12T10:00:00Z\nBody text.', '2023-09-12T10:00:00Z', 1],
    ['September 12, 2023\nBody text.', '2023-09-12', 1],
    ['Published: 2023-09-12\nUpdated: 2023-09-13\nBody text.', '2023-09-12', 2],
  ])('should read the date of %j', (input, iso, consumed) => {
    const result = header(input);
    expect(result.date?.iso).toBe(iso);
    expect(result.date?.span && input.slice(result.date.span.start, result.date.span.end)).toBe(result.date?.text);
    expect(result.consumed).toBe(consumed === 0 ? 1 : consumed);
  });

  it('should hand back the body text after a separator without the separator', () => {
    const input = 'Published 2023-09-12 — The council voted on Monday.\nMore.';
    const rest = header(input).bodyRest;
    expect(rest?.text).toBe('The council voted on Monday.');
    expect(rest && input.slice(rest.start, rest.end)).toBe(rest?.text);
  });

  it('should hand back the body text that shares the date line', () => {
    const input = ' date 2023-09-12 Joined by officials, he left.\nMore.';
    const rest = header(input).bodyRest;
    expect(rest?.text).toBe('Joined by officials, he left.');
    expect(rest && input.slice(rest.start, rest.end)).toBe(rest?.text);
  });

  it.each([
    ['The first paragraph is plain text. It has no date.\nSecond.'],
    ['Date night ideas are everywhere this year.\nSecond.'],
    ['Published reports said the talks failed.\nSecond.'],
  ])('should find no date in %j', (input) => {
    const result = header(input);
    expect(result.date).toBeUndefined();
    expect(result.consumed).toBe(0);
  });

  it('should read a headline, byline and date in any order', () => {
    const input = 'Leaders meet at the border station\nBy Ana López and Li Wei\nSeptember 12, 2023\nBody text.';
    const result = header(input);
    expect(result.headline?.text).toBe('Leaders meet at the border station');
    expect(result.bylines.map((name) => name.text)).toEqual(['Ana López', 'Li Wei']);
    expect(result.date?.iso).toBe('2023-09-12');
    expect(result.consumed).toBe(3);
  });

  it.each([
    ['By Lucia Brenner · May 14, 2024', 'May 14, 2024'],
    ['By Ana López and Li Wei | Updated: 2024-05-15', '2024-05-15'],
  ])('should read a byline with a date beside it: %j', (first, dateText) => {
    const input = `${first}\nBody text.`;
    const result = header(input);
    expect(result.bylines.length).toBeGreaterThan(0);
    expect(result.date?.text).toBe(dateText);
    expect(result.date?.span && input.slice(result.date.span.start, result.date.span.end)).toBe(dateText);
    expect(result.headline).toBeUndefined();
    expect(result.consumed).toBe(1);
  });

  it.each([
    ['A first line that ends like a sentence.\nSecond.'],
    ['World\nSecond line.'],
    ['Only one line without a stop'],
    ['Wow!!\nSecond line.'],
  ])('should not take %j as a headline', (input) => {
    expect(header(input).headline).toBeUndefined();
  });

  describe('real header-line shapes', () => {
    it.each([
      ['by marta on December 29, 2010', ['marta'], '2010-12-29'],
      ['Posted by Jane Doe on March 3, 2012 at 10:14 am', ['Jane Doe'], '2012-03-03'],
      ['by Olu Bakare on Aug 8, 2012 9:00 AM MST in Garden Notes', ['Olu Bakare'], '2012-08-08'],
      ['By Rena Kowal, 28 May 2010', ['Rena Kowal'], '2010-05-28'],
      ['Monday, November 12, 2012, by Tomas Ruiz', ['Tomas Ruiz'], '2012-11-12'],
      ['Posted, August 9th, 2012, By Ida Moss', ['Ida Moss'], '2012-08-09'],
      ['by Lee Park on 11/26/2012 • No Comments | Hobbies', ['Lee Park'], '2012-11-26'],
      ['By Ana Vidal, Monday 05 November 2012', ['Ana Vidal'], '2012-11-05'],
      ['Posted by on July 18, 2012 at 11:00 AM EDT', [], '2012-07-18'],
      ['by on June 25, 2012', [], '2012-06-25'],
      ['1:54 pm August 9, 2012, by Rosa Kim', ['Rosa Kim'], '2012-08-09'],
      ['by Ida Moss. Posted on 1:00 pm Thursday Aug 9, 2012', ['Ida Moss'], '2012-08-09'],
      ['Features October 28, 2012 by Noor Haddad', ['Noor Haddad'], '2012-10-28'],
      ['Written by Noor Haddad on 19/10/12', ['Noor Haddad'], '2012-10-19'],
    ])('should read the byline and date of %j', (first, names, iso) => {
      const input = `A headline about the harbour\n${first}\nThe first paragraph of the story.`;
      const result = header(input);
      expect(result.headline?.text).toBe('A headline about the harbour');
      expect(result.bylines.map((name) => name.text)).toEqual(names);
      for (const name of result.bylines)
        expect(name.span && input.slice(name.span.start, name.span.end)).toBe(name.text);
      expect(result.date?.iso).toBe(iso);
      expect(result.date?.span && input.slice(result.date.span.start, result.date.span.end)).toBe(result.date?.text);
      expect(result.consumed).toBe(2);
      expect(result.bodyRest).toBeUndefined();
    });

    it.each([
      ['October 30, 2012', '2012-10-30'],
      ['Wednesday, November 7, 2012', '2012-11-07'],
      ['Tuesday, November 06, 2012 | 11:00 AM', '2012-11-06'],
      ['UPDATE October 30, 2012 at 10:20', '2012-10-30'],
      ['24 July 2012 Last updated at 12:01', '2012-07-24'],
      ['Posted on: 08-17-2012', '2012-08-17'],
      ['Published: November 5th, 2012 | Tags: harbour, storms, council, flood wall, Marlow Bay', '2012-11-05'],
      ['updated 4:36 p.m. ET July 23, 2012', '2012-07-23'],
      ['Updated 3:14 PM EST, Tue November 28, 2026', '2026-11-28'],
      ['Posted on 3:30 pm Tuesday Nov 13, 2012', '2012-11-13'],
      ['MARLOW, Kent. July 24, 2012 (AP)', '2012-07-24'],
      ['HARBOURTON July 24, 2012', '2012-07-24'],
      ['Coastal Life | 20 July 2012', '2012-07-20'],
      ['Posted at 11/07/2012 1:23 AM | Updated as of 11/07/2012 1:23 AM', '2012-07-11'],
      ['Date:November 5, 2012 | Category:Harbour Life | Author:Noor Haddad', '2012-11-05'],
      ['For Immediate Release: Nov. 5, 2012', '2012-11-05'],
      ['harbour-news.com • Monday November 5, 2012', '2012-11-05'],
      ['on October 31, 2012 at 11:54 AM, updated October 31, 2012 at 11:58 AM', '2012-10-31'],
      ['Thursday, 01 November 2012 in Harbour Life, Storms | Permalink', '2012-11-01'],
    ])('should read the date line %j', (first, iso) => {
      const result = header(`A headline about the harbour\n${first}\nThe first paragraph of the story.`);
      expect(result.date?.iso).toBe(iso);
      expect(result.consumed).toBe(2);
    });

    it.each([
      ['By JOHN SMITH, Associated Press', ['JOHN SMITH']],
      ['By Ana Vidal, Staff Writer', ['Ana Vidal']],
      ['By Ana Vidal in Kyiv', ['Ana Vidal']],
      ['By Ana Vidal - 4 Comments', ['Ana Vidal']],
      ['Ana Vidal, Associated Press', ['Ana Vidal']],
      ['Ana Vidal | Reuters', ['Ana Vidal']],
      ['By Ana Vidal, Li Wei and Bo Chen | Financial Times,', ['Ana Vidal', 'Li Wei', 'Bo Chen']],
      ['Posted by Ana Vidal | View all posts by Ana Vidal', ['Ana Vidal']],
      ['by Marlow Sun on Aug 8, 2012 9:00 AM MST', ['Marlow Sun']],
      ['By Ana Vidal Thu., Aug. 9 2012 at 1:00 PM', ['Ana Vidal']],
      ['By ANA VIDAL Associated Press', ['ANA VIDAL']],
      ['November 10, 2012 By Ana Vidal 1 Comment', ['Ana Vidal']],
      ['Monday 10.29.2012 , Posted by Ana Vidal', ['Ana Vidal']],
    ])('should keep only the names of %j', (first, names) => {
      const result = header(`A headline about the harbour\n${first}\nThe first paragraph of the story.`);
      expect(result.bylines.map((name) => name.text)).toEqual(names);
      expect(result.consumed).toBe(2);
    });

    it.each([
      ['TECHNOLOGY | 8 Hours Ago By Noor Haddad', ['Noor Haddad']],
      ['Published 2 hours ago', []],
    ])('should take a relative time line %j as header, with no date', (first, names) => {
      const result = header(`A headline about the harbour\n${first}\nThe first paragraph of the story.`);
      expect(result.bylines.map((name) => name.text)).toEqual(names);
      expect(result.date).toBeUndefined();
      expect(result.consumed).toBe(2);
    });

    it('should read a byline whose name and outlet are on the next line', () => {
      const result = header(
        'A headline about the harbour\nBy\nNoor Haddad, Jewish Wire Agency\nThe first paragraph of the story.',
      );
      expect(result.bylines.map((name) => name.text)).toEqual(['Noor Haddad']);
      expect(result.consumed).toBe(3);
    });

    it('should not read a bare "By" over a sentence as a byline', () => {
      const result = header('A headline about the harbour\nBy\nthe end of the week, the wall held.\nMore text.');
      expect(result.bylines).toEqual([]);
    });

    it('should read a byline whose name is on the next line', () => {
      const result = header('A headline about the harbour\nBy\nNoor Haddad\nThe first paragraph of the story.');
      expect(result.bylines.map((name) => name.text)).toEqual(['Noor Haddad']);
      expect(result.consumed).toBe(3);
    });

    it.each([
      ['A headline about the harbour\nA headline about the harbour\nBy Noor Haddad\nBody text here.', 3],
      ['A headline about the harbour\nBy Noor Haddad\nAP Television Writer\nBody text here.', 3],
      ['A headline about the harbour\nPress Association\nBody text here.', 2],
      ['A headline about the harbour\nBy Noor Haddad\nTweet this\nBody text here.', 3],
      ['A headline about the harbour\nby Noor Haddad\nNovember 6, 2012 · 6:33 AM\n0\nBody text here.', 4],
      ['A headline about the harbour\nThe Associated Press – 1 hour 14 minutes ago\nBody text here.', 2],
      ['A headline about the harbour\n| Tags: harbour, storms, council\nBody text here.', 2],
      ['A headline about the harbour\nBy Noor Haddad · 17 Comments\nBody text here.', 2],
      ['A headline about the harbour\n· 17 Comments\nBody text here.', 2],
      ['A headline about the harbour\nComments ()\nBody text here.', 2],
      ['A headline about the harbour\nBy REUTERS\nPublished: July 24, 2012\nBody text here.', 3],
      ['A headline about the harbour\n/\nBy Noor Haddad\nBody text here.', 3],
      [
        'A headline about the harbour\nSmartphones\nBy Noor Haddad | Nov 06 2012 | 1:13 pm | 27 Comments\nBody text.',
        3,
      ],
      ['A headline about the harbour\nTech & Science\nMarch 3, 2012\nBody text here.', 3],
      ['A headline about the harbour\nNetwork news\n19/11/2018\nBody text here.', 3],
      ['A headline about the harbour\nPress release|14 June 2022|ID: 298114\nBody text here.', 2],
      ['A headline about the harbour\nPress release Ref. NEA/2021/066 8 June 2021\nBody text here.', 2],
      ['A headline about the harbour\n5 min read\nListen to this article\nBody text here.', 3],
      ['A headline about the harbour\nFriday\nOct\n23\nBody text here.', 4],
      ['A headline about the harbour\nBy Noor Haddad\nThe Washington Post\nBody text here.', 3],
    ])('should take header furniture out of the body in %j', (input, consumed) => {
      expect(header(input).consumed).toBe(consumed);
    });

    it.each([
      ['Who will rebuild the harbour wall?\nThe first paragraph of the story.', 1],
      ['The harbour wall is finally rebuilt!\nThe first paragraph of the story.', 1],
      ['Gone!\nby Noor Haddad on July 17, 2012\nBody text here.', 2],
      ['Sea walls\nOctober 30, 2012\nBody text here.', 2],
    ])(
      'should take a question, an exclamation or a short line over a byline as the headline: %j',
      (input, consumed) => {
        const result = header(input);
        expect(result.headline?.text).toBe(input.split('\n')[0]);
        expect(result.consumed).toBe(consumed);
      },
    );

    it.each([
      ['A headline about the harbour\nBy the end of the year, the harbour will reopen on March 3, 2012.\nMore.'],
      ['A headline about the harbour\nBy the end of the year the wall was done\nMore.'],
      ['A headline about the harbour\nThe council met on March 3, 2012 to vote.\nMore.'],
      ['A headline about the harbour\nMarch 3, 2012 was the coldest day of the winter in the town.\nMore.'],
      ['A headline about the harbour\nOn October 30, 2012 the storm reached the coast and flooded it.\nMore.'],
      ['A headline about the harbour\nAP source: deal reached\nMore.'],
      ['A headline about the harbour\nReuters reported the talks had failed.\nMore.'],
      ['A headline about the harbour\nFiled under: Local The council voted on Monday to rebuild the wall.\nMore.'],
      ['A headline about the harbour\n2 Comments\nAnn\nFair point.'],
      ['A headline about the harbour\nVersion 1.5.12 is out now\nMore.'],
      ['A headline about the harbour\nUPDATE on October 19, 2011: the council voted to rebuild the wall\nMore.'],
      [
        'A headline about the harbour\nLONDON July 24, 2012 (AP) — The council voted on Monday to rebuild the wall.\nMore.',
      ],
      ['A headline about the harbour\n3 days ago I walked along the harbour wall and saw it.\nMore.'],
      ['A headline about the harbour\nYes\nBy the end of the year the wall was done\nMore.'],
      ['A headline about the harbour\nHarbour Works\nThe council voted on Monday to rebuild the wall.\nMore.'],
      ['A headline about the harbour\nAna Vidal, the mayor, said the wall would hold.\nMore.'],
      ['A headline about the harbour\nAna Vidal, Reuters reported, said the wall would hold\nMore.'],
      ['A headline about the harbour\nLast Tuesday at 4:36 pm the council met on July 23, 2012\nMore.'],
    ])('should leave the body line of %j in the body', (input) => {
      const result = header(input);
      expect(result.consumed).toBe(1);
      expect(result.bylines).toEqual([]);
      expect(result.date).toBeUndefined();
      expect(result.bodyRest).toBeUndefined();
    });
  });

  describe("with the page's declared headline", () => {
    it.each([
      ['Backwards.\nThe council voted on Monday to rebuild the wall.', 'Backwards.'],
      ['Gone\nThe council voted on Monday to rebuild the wall.', 'Gone | The Harbour Times'],
      ['Harbour works…\nThe council voted on Monday to rebuild the wall.', 'Harbour Works - Local News'],
      ['The wall, again.\nThe council voted on Monday to rebuild the wall.', 'The wall, again'],
    ])('should take a first line naming it as the headline whatever its shape: %j', (input, declared) => {
      const result = readHeader(splitLines(input), declared);
      expect(result.headline?.text).toBe(input.split('\n')[0]);
      expect(result.consumed).toBe(1);
    });

    it.each([
      ['Backwards.\nThe council voted on Monday to rebuild the wall.', 'Forwards'],
      ['The council voted on Monday to rebuild the harbour wall after the storm.\nMore.', 'Harbour'],
      ['Harbo.\nThe council voted on Monday to rebuild the wall.', 'Harbour wall'],
      ['Backwards.\nThe council voted on Monday to rebuild the wall.', '!!!'],
    ])('should leave a first line not naming it in the body: %j', (input, declared) => {
      const result = readHeader(splitLines(input), declared);
      expect(result.headline).toBeUndefined();
      expect(result.consumed).toBe(0);
    });

    it('should take a site title and its links over the line naming it out of the body', () => {
      const input =
        'The Harbour Blog\nHome · RSS Feed\nWall rebuilt at last\nby Ann Lee on March 3, 2012\nThe council voted.';
      const result = readHeader(splitLines(input), 'Wall rebuilt at last');
      expect(result.headline?.text).toBe('Wall rebuilt at last');
      expect(result.bylines.map((byline) => byline.text)).toEqual(['Ann Lee']);
      expect(result.consumed).toBe(4);
    });

    it.each([
      ['The council voted on Monday to rebuild it.\nWall rebuilt at last\nMore text.'],
      ['One\nTwo\nThree\nFour\nWall rebuilt at last\nMore text.'],
    ])('should not look for it under body text or far down: %j', (input) => {
      const result = readHeader(splitLines(input), 'Wall rebuilt at last');
      expect(result.headline?.text).not.toBe('Wall rebuilt at last');
      expect(result.consumed).toBeLessThan(2);
    });

    it('should leave a kicker printed in the headline line out of the headline', () => {
      const input = "Harbour Floods 'We Built the Wall Too Low'\nThe council voted on Monday to rebuild the wall.";
      const result = readHeader(splitLines(input), "'We Built the Wall Too Low'");
      expect(result.headline?.text).toBe("'We Built the Wall Too Low'");
      const span = result.headline?.span;
      expect(span && input.slice(span.start, span.end)).toBe("'We Built the Wall Too Low'");
      expect(result.consumed).toBe(1);
    });

    it('should read the byline and date under a headline it names', () => {
      const result = readHeader(
        splitLines('Gone\nBy Noor Haddad\nMarch 3, 2012\nThe council voted on Monday to rebuild the wall.'),
        'Gone',
      );
      expect(result.headline?.text).toBe('Gone');
      expect(result.bylines.map((byline) => byline.text)).toEqual(['Noor Haddad']);
      expect(result.date?.iso).toBe('2012-03-03');
      expect(result.consumed).toBe(3);
    });
  });

  describe('a byline split over two lines', () => {
    it('should read an organisation the metadata declares under a bare credit line', () => {
      const input =
        'Harbour Power opens a battery plant\nNews provided by\nHarbour Power Inc.\nNov 03, 2026, 08:00 ET\nThe plant opened today.';
      const result = readHeader(splitLines(input), 'Harbour Power opens a battery plant', ['Harbour Power Inc.']);
      expect(result.bylines.map((byline) => byline.text)).toEqual(['Harbour Power Inc.']);
      expect(result.date?.iso).toBe('2026-11-03');
      expect(result.consumed).toBe(4);
    });

    it("should read a broadcaster's desk over a writer the metadata names as header", () => {
      const input =
        'Hail flattens wheat\nABC Wimmera\nChloe Bennett\nSat 28 Nov\nGrowers counted their losses on Friday.';
      const result = readHeader(splitLines(input), 'Hail flattens wheat', ['Chloe Bennett']);
      expect(result.bylines.map((byline) => byline.text)).toEqual(['Chloe Bennett']);
      expect(result.standfirst).toBeUndefined();
      expect(result.consumed).toBe(4);
    });

    it('should keep a short line over an undeclared name as the standfirst', () => {
      const input = 'Hail flattens wheat\nABC Wimmera\nChloe Bennett\nGrowers counted their losses on Friday.';
      const result = readHeader(splitLines(input), 'Hail flattens wheat', ['Tom Hartley']);
      expect(result.consumed).toBe(1);
    });

    it('should not read an undeclared organisation under a bare credit line as a writer', () => {
      const input =
        'Harbour Power opens a battery plant\nNews provided by\nHarbour Power Inc.\nThe plant opened today.';
      const result = readHeader(splitLines(input), 'Harbour Power opens a battery plant');
      expect(result.bylines).toEqual([]);
    });
  });

  describe('furniture under the headline', () => {
    it.each([
      ['A headline about the harbour\nTravel » City Guide » Food\nComments:8\nThe council voted on Monday.', 3, []],
      ['A headline about the harbour\nBy Ann Lee | Reuters – 1 hour ago\nThe council voted on Monday.', 2, ['Ann Lee']],
      ['A headline about the harbour\nBy Ann Lee | harbour-news.com\nThe council voted on Monday.', 2, ['Ann Lee']],
      [
        'A headline about the harbour\n2 hours ago\nAnn Lee\nBBC News, Somerset\nThe council voted on Monday.',
        4,
        ['Ann Lee'],
      ],
      ['A headline about the harbour\nListen to this article\n4 min\nThe council voted on Monday.', 3, []],
      [
        'A headline about the harbour\nAnn Lee\nHeartland Health Desk\nPublished October 7, 2020 at 5:01 AM CDT\nThe council voted on Monday.',
        4,
        ['Ann Lee'],
      ],
    ])('should take breadcrumbs, a comment tally and a credited site or agency off the body: %j', (input, n, names) => {
      const result = header(input);
      expect(result.consumed).toBe(n);
      expect(result.bylines.map((byline) => byline.text)).toEqual(names);
    });

    it.each([
      ['A headline about the harbour\nPrices rose » and then the council voted to rebuild the wall.\nMore.'],
      ['A headline about the harbour\nComments: the council had none to give on Monday\nMore.'],
      ['A headline about the harbour\nBy the harbour | Reuters\nMore.'],
    ])('should leave %j in the body', (input) => {
      expect(header(input).consumed).toBe(1);
    });
  });

  describe('names without "By"', () => {
    it.each([
      ['A headline about the harbour\nAna Vidal\nStaff Writer\nBody text here.', ['Ana Vidal'], 3],
      ['A headline about the harbour\nAna Vidal\nAssociated Press\nBody text here.', ['Ana Vidal'], 3],
      [
        'A headline about the harbour\nAna Vidal\nRiverton Courier\nPublished 5:02 a.m. ET Nov. 25, 2026\nBody text here.',
        ['Ana Vidal'],
        4,
      ],
      [
        'A headline about the harbour\nAna Vidal and Bo Chen\nharbour-news.com, Monday 29 October 2012 13.58 BST\nBody.',
        ['Ana Vidal', 'Bo Chen'],
        3,
      ],
    ])('should read the writers over a staff title, an agency or (several) over a date: %j', (input, names, n) => {
      const result = header(input);
      expect(result.bylines.map((byline) => byline.text)).toEqual(names);
      for (const name of result.bylines)
        expect(name.span && input.slice(name.span.start, name.span.end)).toBe(name.text);
      expect(result.consumed).toBe(n);
    });

    it.each([
      ['A headline about the harbour\nHarbour Life\nMarch 3, 2012\nBody text here.'],
      ['A headline about the harbour\nAP Television Writer\nAssociated Press\nBody text here.'],
      ['A headline about the harbour\nAna Vidal said the wall would hold\nStaff Writer\nBody text here.'],
    ])('should not take a section label, a staff title or a sentence as a writer: %j', (input) => {
      expect(header(input).bylines).toEqual([]);
    });

    it('should read the name beside its staff title over the date, under a standfirst', () => {
      const input =
        'A headline about the harbour\nThe wall will cost more than planned, engineers say.\nAna Vidal Senior Reporter\nposted on Oct. 21, 2015, at 2:08 p.m.\nThe council voted on Monday.';
      const result = header(input);
      expect(result.bylines.map((byline) => byline.text)).toEqual(['Ana Vidal']);
      expect(result.date?.iso).toBe('2015-10-21');
      expect(result.consumed).toBe(4);
    });

    it('should read a staff title alone under a standfirst as the byline furniture over the date', () => {
      const input =
        'A headline about the harbour\nThe wall will cost more than planned, engineers say.\nBuzzFeed News Reporter\nposted on Oct. 21, 2015, at 2:08 p.m.\nThe council voted on Monday.';
      const result = header(input);
      expect(result.date?.iso).toBe('2015-10-21');
      expect(result.consumed).toBe(4);
    });

    it("should leave a paragraph as the body when a publication's name and a dated comment follow it", () => {
      const input =
        'A headline about the harbour\nOn Sunday the wall gave way near the pier, and the council met late into the night.\nHarbour Evening Times\nAnonymous\nNovember 12, 2012 01:17 PM ET\nA comment.';
      const result = header(input);
      expect(result.standfirst).toBeUndefined();
      expect(result.consumed).toBe(1);
    });

    it('should take a title-case first line over a date as the headline, not a writer and title', () => {
      const result = header('Council Names New Editor\nMarch 3, 2015\nThe council voted on Monday.');
      expect(result.headline?.text).toBe('Council Names New Editor');
      expect(result.bylines).toEqual([]);
    });
  });

  describe('a standfirst between headline and byline', () => {
    it('should read the byline and date under it and hand the standfirst back as body', () => {
      const input =
        'A headline about the harbour\nThe wall will cost more than planned, engineers say\nBy Ann Lee Published 9 November 2012 15:29\nThe council voted on Monday.';
      const result = header(input);
      expect(result.standfirst?.map((line) => line.text)).toEqual([input.split('\n')[1]]);
      expect(result.bylines.map((byline) => byline.text)).toEqual(['Ann Lee']);
      expect(result.date?.iso).toBe('2012-11-09');
      expect(result.consumed).toBe(3);
    });

    it.each([
      [
        'abstract bullets',
        'A headline about the harbour\nRepairs run four months late\nThe council blames a clay shortage\nAnn Lee November 27, 2026 at 9:41 AM UTC Updated on November 27, 2026 at 12:03 PM UTC\nThe wall is late.',
        ['Repairs run four months late', 'The council blames a clay shortage'],
        [],
        4,
      ],
      [
        'a section label over the standfirst',
        'A headline about the harbour\nLocal\nThe council blames a clay shortage and a contractor dispute.\nBy Ann Lee, Staff writer Updated Nov 27, 2026 5:30 p.m.\nThe wall is late.',
        ['The council blames a clay shortage and a contractor dispute.'],
        ['Ann Lee'],
        4,
      ],
      [
        "a column's label between the standfirst and the byline (Inc.)",
        'A headline about the harbour\nThe council blames a clay shortage and a contractor dispute.\nEXPERT OPINION\nBy Ann Lee, Founder, Harbour Advisory\nNov 27, 2026\nThe wall is late.',
        ['The council blames a clay shortage and a contractor dispute.'],
        ['Ann Lee'],
        5,
      ],
    ])('should read the byline under a standfirst of several lines (%s)', (_case, input, standfirst, names, n) => {
      const result = header(input);
      expect(result.standfirst?.map((line) => line.text)).toEqual(standfirst);
      expect(result.bylines.map((byline) => byline.text)).toEqual(names);
      expect(result.date?.iso).toBe('2026-11-27');
      expect(result.consumed).toBe(n);
    });

    it("should leave a long summary paragraph over a poster's name and byline as body (a forum story)", () => {
      const summary = Array.from({ length: 12 }, () => 'The harbour wall needs repairs.').join(' ');
      const result = header(`A headline about the harbour\n${summary}\nAnonymous\nby Anonymous Coward\nFirst comment.`);
      expect(result.standfirst).toBeUndefined();
      expect(result.consumed).toBe(1);
    });

    it.each([
      [
        'over the standfirst',
        'No. 84\nFor forty years, a keeper recorded every ship that passed.',
        ['For forty years, a keeper recorded every ship that passed.'],
      ],
      ['alone over the byline', 'Vol. 3, Issue 14', undefined],
    ])('should read a magazine issue number under the headline as a label (%s)', (_case, lines, standfirst) => {
      const result = header(`The Keeper’s Ledger\n${lines}\nBy Ann Lee\nThe ledger is bound in green cloth.`);
      expect(result.standfirst?.map((line) => line.text)).toEqual(standfirst);
      expect(result.bylines.map((byline) => byline.text)).toEqual(['Ann Lee']);
    });

    it('should keep a standfirst opening on a ranking, not an issue number', () => {
      const result = header(
        'The Keeper’s Ledger\nNo. 1 seed falls in the first round\nBy Ann Lee\nThe match was short.',
      );
      expect(result.standfirst?.map((line) => line.text)).toEqual(['No. 1 seed falls in the first round']);
    });

    it.each([
      ['three writers, an Oxford comma', 'Ann Lee, Bo Chen, and Cy Diaz', ['Ann Lee', 'Bo Chen', 'Cy Diaz']],
      ['two writers', 'Ann Lee and Bo Chen', ['Ann Lee', 'Bo Chen']],
    ])('should read bare names under a standfirst, over the date, as the byline (%s)', (_case, names, bylines) => {
      const input = `Stuck in Place\nWhy renters in small cities are moving less\n${names}\nJune 9, 2021\nThe council voted.`;
      const result = header(input);
      expect(result.standfirst?.map((line) => line.text)).toEqual(['Why renters in small cities are moving less']);
      expect(result.bylines.map((byline) => byline.text)).toEqual(bylines);
      expect(result.date?.iso).toBe('2021-06-09');
      expect(result.consumed).toBe(4);
    });

    it.each([
      ['one name, as likely a section label', 'Harbour Life'],
      ['a second line of the standfirst', 'And what it costs the town'],
    ])('should not read a line under a standfirst as names when it is %s', (_case, line) => {
      const input = `Stuck in Place\nWhy renters in small cities are moving less\n${line}\nJune 9, 2021\nThe council voted.`;
      expect(header(input).bylines).toEqual([]);
    });

    it.each([
      ['A headline about the harbour\nThe wall will cost more.\nThe council voted on Monday.\nBy Ann Lee\nMore.'],
      ['The council voted on Monday to rebuild the wall after the storm.\nThe wall will cost more.\nBy Ann Lee\nMore.'],
      ['A headline about the harbour\nThe wall will cost more.\nTweet this\nMore.'],
    ])('should leave the header alone without a headline or a byline/date line right under one line: %j', (input) => {
      const result = header(input);
      expect(result.standfirst).toBeUndefined();
      expect(result.bylines).toEqual([]);
    });
  });
});

describe('readHeader on a company blog’s author chips', () => {
  const headline = 'How we cut CI time in half';
  const known = ['Priya Natarajan', 'Tomas Lindqvist'];

  it('should read the job title under each named writer as header', () => {
    const input = `${headline}\nPriya Natarajan\nStaff Engineer, Build Infrastructure\nTomas Lindqvist\nDeveloper Experience Lead\nAt the start of this year a CI run took 41 minutes.`;
    const result = readHeader(splitLines(input), headline, known);
    expect(result.bylines.map((byline) => byline.text)).toEqual(known);
    expect(result.consumed).toBe(5);
  });

  it('should leave a title-shaped line that follows no writer’s name in the body', () => {
    const input = `${headline}\nHead of Design\nAt the start of this year a CI run took 41 minutes.`;
    expect(readHeader(splitLines(input), headline, known).consumed).toBe(1);
  });

  it('should leave a sentence under the name in the body', () => {
    const input = `${headline}\nPriya Natarajan\nOur lead engineer rebuilt the pipeline.`;
    expect(readHeader(splitLines(input), headline, known).consumed).toBe(2);
  });
});

describe('readHeader on a service news hub’s byline and unit', () => {
  const headline = 'Sustainment brigade opens new field kitchen training lane';

  it('should read the unit under the byline as header', () => {
    const input = `${headline}\nStory by Sgt. Ann Lee\n92nd Sustainment Brigade\nFORT HALVERN, Kan. – Cooks trained on a new lane here March 9.`;
    const result = readHeader(splitLines(input), headline);
    expect(result.bylines.map((byline) => byline.text)).toEqual(['Sgt. Ann Lee']);
    expect(result.consumed).toBe(3);
  });

  it('should leave a unit-shaped line that follows no byline in the body', () => {
    const input = `${headline}\nFort Halvern Garrison\nFORT HALVERN, Kan. – Cooks trained on a new lane here March 9.`;
    expect(readHeader(splitLines(input), headline).consumed).toBe(1);
  });
});

describe('readHeader: a writer named without "By" over a desk, under a publication byline', () => {
  it('should read the writer over a bureau line after the partner paper named as the byline (an aggregator copy)', () => {
    const input =
      'Zimbabwe: Masvingo Schools Get Solar Boreholes\nThe Herald (Harare)\n27 November 2026\nTendai Mashava\nMasvingo Bureau\nFORTY-TWO rural schools will have boreholes.';
    const result = readHeader(splitLines(input), 'Zimbabwe: Masvingo Schools Get Solar Boreholes', [
      'The Herald (Harare)',
    ]);
    expect(result.bylines.map((byline) => byline.text)).toEqual(['The Herald (Harare)', 'Tendai Mashava']);
    expect(result.consumed).toBe(5);
  });

  it.each([
    // A sentence under the byline is the story's first line, whatever follows.
    ['A headline about the harbour\nBy Ann Lee\nThe wall will hold, engineers say\nStaff Writer\nBody text here.', 2],
  ])('should leave %j to the body after the byline', (input, consumed) => {
    expect(header(input).consumed).toBe(consumed);
  });
});

describe('readHeader: a writer’s tagline between the byline and the date line', () => {
  const headline = 'What My Father’s Hardware Store Taught Me About Saying No';
  const known = ['Ruth Lee, Contributor'];

  it('should read the tagline under the byline and over the date as header (a contributor’s micro-bio)', () => {
    const input = `${headline}\nRuth Lee, Contributor\nFamily therapist, author of ‘The Quiet Table’\n02/14/2017 09:12 am ET Updated Dec 06, 2017\nMy father ran a hardware store.`;
    const result = readHeader(splitLines(input), headline, known);
    expect(result.date?.iso).toBe('2017-02-14');
    expect(result.consumed).toBe(4);
  });

  it('should leave the line under the byline in the body when no date line follows it', () => {
    const input = `${headline}\nRuth Lee, Contributor\nFamily therapists hear this every week\nMy father ran a hardware store.`;
    expect(readHeader(splitLines(input), headline, known).consumed).toBe(2);
  });
});

describe('readHeader: a meta row after the date that closes on its comment count', () => {
  const headline = 'Ferry fare rise pushed back to spring';
  const story = 'The Pell Island ferry will keep its current fares through the winter, the board said on Thursday.';

  it.each([
    ['November 8, 2019 Greta Lindqvist Local News, Pell Island 5 Comments', ['Greta Lindqvist']],
    ['Greta Lindqvist November 8, 2019 Local News 5 Comments', ['Greta Lindqvist']],
    ['November 8, 2019 Greta Lindqvist Local News, Pell Island 5 Comments', []],
  ])('should read %j as header (declared writers %j)', (row, known) => {
    const result = readHeader(splitLines(`${headline}\n${row}\n${story}`), headline, known);
    expect(result.date?.iso).toBe('2019-11-08');
    expect(result.consumed).toBe(2);
  });

  it('should leave a sentence of the story that ends on a count of comments', () => {
    const sentence = 'November 8, 2019 was the day the board met and read all 40 comments';
    const result = readHeader(splitLines(`${headline}\n${sentence}\n${story}`), headline, []);
    expect(result.consumed).toBe(1);
  });
});

describe('readHeader over a timeline', () => {
  const timeline = [
    'How the fight over the school unfolded',
    'By Ann Lee',
    'The board voted on Tuesday to close the school, ending a debate of three years. Here is how it unfolded.',
    'March 9, 2017',
    'A memo lists the school among buildings requiring evaluation. Few parents notice.',
    'October 24, 2017',
    'About 160 parents crowd into the library for a meeting planned for forty.',
  ];

  it("should leave the first entry's date to the body, with the introduction over it", () => {
    const result = header(timeline.join('\n'));
    expect(result.consumed).toBe(2);
    expect(result.date).toBeUndefined();
    expect(result.standfirst).toBeUndefined();
  });

  it('should still read a standfirst over a date line that opens no run of dates', () => {
    const result = header([...timeline.slice(0, 5), 'The board meets again in August.'].join('\n'));
    expect(result.date?.iso).toBe('2017-03-09');
    expect(result.standfirst?.map((line) => line.text)).toEqual([timeline[2]]);
  });
});

describe('readHeaderSteps', () => {
  it.each([
    [
      'a headline, a byline and a date',
      'Council backs new bridge\nBy Ann Lee\nSeptember 12, 2023\nThe council voted on Monday.',
    ],
    [
      'a kicker over the headline',
      'POLITICS\nCouncil backs new bridge\nBy Ann Lee | Published 2023-09-12\nThe council voted.',
    ],
    ['no header at all', 'The council voted on Monday to build a bridge.\nMore.'],
  ])('should read the same header as readHeader, a line a step, from %s', (_case, input) => {
    const lines = splitLines(input);
    const steps = readHeaderSteps(lines, 'Council backs new bridge');
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(0);
    expect(next.value).toEqual(readHeader(lines, 'Council backs new bridge'));
  });
});
