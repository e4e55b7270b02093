import { describe, expect, it } from 'vitest';
import { isCountPart, isCreditPart, isHeaderFurniture, isTagList } from '../../../utils/page/is-header-furniture';

describe('isHeaderFurniture', () => {
  it.each([
    ['AP Television Writer'],
    ["Women's football news reporter"],
    ['Reporting from Marston, Ohio'],
    ['Reporting from London and Paris'],
    ['A version of this story appeared in Volume 104, Issue 38'],
    ['This article appeared in the December 2026 issue of Harbour Engineering'],
    ['Press Association'],
    ['JIJI'],
    ['Kyodo'],
    ['PTI'],
    ['Yonhap'],
    ['The Associated Press – 1 hour 14 minutes ago'],
    ['Associated Press – 1 hr 14 mins ago'],
    ['Tweet this'],
    ['Share · Email · Print'],
    ['0'],
    ['· 17 Comments'],
    ['Comments ()'],
    ['Permalink | Comments (3) | TrackBacks (1)'],
    ['| 2 Comments | 1 TrackBack'],
    ['Comments:8'],
    ['Travel » City Guide » Food'],
    ['| Tags: harbour, storms, council'],
    ['/'],
    ['By REUTERS'],
    ['By The Associated Press'],
    ['5 min read'],
    ['· 4 min read'],
    ['| 6 minute read'],
    ['Listen to this article'],
    ['Listen · 4:12'],
    ['Listen to this article 00:00 4:12 Loading... 1x'],
    ['Share on Facebook Share on Twitter'],
    ['Print|'],
    ['Share | Save | Copy link'],
    ['Friday'],
    ['Oct'],
    ['Oct192012'],
    ['| Permalink'],
    ['In Networking, Personal Branding, Social Media | 1 Comment'],
    ['Posted in Harbour News'],
    ['The Washington Post'],
    ['Marlow Bay Gazette'],
    ['Share Facebook Copy Link copied Email X LinkedIn'],
    ['4 min'],
    ['3:52'],
    ['BBC News, Somerset'],
    ['Sky News'],
    ['Senior Reporter, HuffPost'],
    ['Staff Writer, Harbour Gazette'],
    ['0 (0) 0'],
    ['12 (3)'],
    ['From: Harbour Gazette'],
    ['Source: Reuters'],
    ['Leadership · CEOs'],
    ['Markets | Commodities'],
    ['Jordan Pell @jpell'],
    ['Finance & economics | Safe as bullion'],
    ['Middle East & Africa | Oil and water'],
    ['Listen to this story. Enjoy more audio and podcasts on iOS or Android.'],
    ['Medically Reviewed by Priya Raman, MD on November 25, 2026'],
    ['Medically reviewed by Dr. Jo Roe'],
    ['Fact-checked by Jo Roe'],
    ['Foto Anna Ek'],
    ['Photo: Ann Lee'],
    ['Photographs by Ana Ferreira-Holt'],
    ['Photos by Jo Roe'],
    ['Bild: Per Holm'],
    ['KOMPAS.com/RINA OKTAVIANI'],
    ['Reuters/Ann Lee'],
    ['Newspaper section: News'],
    ['Section: Business'],
    ['4:52 min'],
    ['Voiced by Amazon Polly'],
    ['Narrated by Ann Lee'],
    ['Powered by AudioCraft'],
    ['3 min Powered by AudioCraft'],
    ['Watch: Why rural clinics are closing03:41'],
    ['Video: Flood water pours through the high street (1:12)'],
    ['Sat 28 Nov'],
    ['28 November'],
    ['Edited By Ann Lee'],
    ['/ 2:12 PM EST / CBS News'],
    ['송고 2026-11-27 14:05'],
    ['입력 2026.11.27 14:05 수정 2026.11.27 15:21'],
    ['2026年11月27日 14時05分'],
    ['发布时间：2026-11-27 14:05:00'],
    ['김민준기자'],
    ['김민준 기자 mjkim@yna.co.kr'],
    ['记者 陈晓雨'],
    ['記者：林怡君、王小明'],
    ["3' di lettura"],
    ['4 minuti di lettura'],
    ['Long Beach, CA'],
    ['Washington, DC'],
  ])('should take %j as furniture', (text) => {
    expect(isHeaderFurniture(text)).toBe(true);
  });

  it.each([
    ['17 Comments'],
    // Alone it heads the trackback list.
    ['TrackBacks (1)'],
    ['Trackbacks were how blogs answered each other | Permalink'],
    ['Load more comments'],
    ['Bastano 3 minuti di lettura per capire il piano.'],
    ['Reuters reported the talks had failed.'],
    ['A version of this plan appeared in the council minutes in May, officials said, but it was never put to a vote.'],
    ['This article of the treaty appeared in every draft.'],
    ['Reviewed by the council, the plan was approved.'],
    ['reviewed by nobody'],
    ['Foto of the week'],
    ['Photos show the flooded harbour at dawn.'],
    ['Photographs by the harbour master show the damage.'],
    ['Photographs by Ann Lee show the flooded harbour.'],
    ['Rates rose 2.5/3 points'],
    ['AP source: deal reached'],
    ['Prices rose » and then the council voted to rebuild the wall.'],
    ['Comments: the council had none to give on Monday'],
    ['Filed under: Local The council voted on Monday to rebuild the wall.'],
    ['The council voted on Monday.'],
    ['Yes'],
    ['Listen to me, the mayor said.'],
    ['By Noor Haddad'],
    ['5 reasons to read'],
    ['Friday was cold'],
    ['Share prices fell'],
    ['In Kyiv, the talks failed'],
    ['In the end, the wall held'],
    ['The post office closed'],
    ['Times were hard'],
    ['4 minutes to midnight'],
    ['Copy that, the pilot said.'],
    ['Good news'],
    ['Fake News, the president said.'],
    ['The reporter, who asked not to be named'],
    ["The mayor's office called the reporter."],
    ['Reporting from the flood zone was hard, she said.'],
    ['From: the mayor, who said the plan would work.'],
    ['From the archive'],
    ['Source: a council official said the wall would hold'],
    ['Leadership'],
    ['Banks brace for rules | Markets wobble as yields climb'],
    ['Write to @jpell with your questions about the plan'],
    ['Finance & economics | Banks are lending again, and that is good news.'],
    ['Salt & pepper | a recipe'],
    ['Listen to this story and you will understand why the vote matters, the mayor told the crowd.'],
    ['Listen to this article 4:12 play it to the council, she said.'],
    ['Tass reported the talks had failed.'],
    ['Section 144: what the order means for protests in the city.'],
    ['Newspaper sections were cut from twelve to eight pages in 2019.'],
    ['Voiced by volunteers, the audio guide tells the harbour story.'],
    ['Narrated by the mayor, the film was shown on Monday.'],
    ['Powered by volunteers, the harbour museum reopened on Monday.'],
    ['The News'],
    ['Watch: the council votes on Monday at 10:30'],
    ['Watch: The council votes on Monday from 10:30'],
    ['Watch the council vote live at 19:00'],
    ['28 November was the coldest day'],
    ['Edited by hand, the film took a year to finish.'],
    ['Hours / minutes / seconds'],
    ['01:52 PM EDT'],
    ['2026년 11월 27일 정부는 새 대책을 발표했다.'],
    ['记者从住房和城乡建设部获悉，今年以来各地共完成两万余部。'],
    ['김민준 기자는 이 사건을 오래 취재했다.'],
    ['Ann Lee, PA'],
    ['Ann Lee, AP'],
    ['Long Beach, California, voted to close the pier on Tuesday.'],
  ])('should not take %j as furniture', (text) => {
    expect(isHeaderFurniture(text)).toBe(false);
  });
});

describe('isCountPart', () => {
  it.each([
    ['17 Comments'],
    ['No comments'],
    ['Discuss (0)'],
    ['TrackBacks (1)'],
    ['TrackBack (0)'],
    ['2 Pingbacks'],
    ['1 hour ago'],
    ['3 days ago'],
    ['an hour ago'],
    ['a day ago'],
    ['35 mins ago'],
    ['2 hrs ago'],
    ['1 hr 14 mins ago'],
    ['80 views'],
    ['1:13 pm'],
    ['View all posts by Ann Lee'],
    ['Temps de Lecture 3 min.'],
    ['Lesezeit: 4 Min.'],
    ['Tiempo de lectura: 3 min'],
    ['Lecture de 4 min'],
    ['Lecture : 4 min'],
    ['Lecture : 4 minutes.'],
    ['4 min de lecture'],
    ['Просмотров: 12 480'],
    ['Переглядів: 8 215'],
    ['4 312 прочитания'],
    ['3h'],
    ['2d ago'],
    ['45m'],
  ])('should take %j as a count', (text) => {
    expect(isCountPart(text)).toBe(true);
  });

  it.each([
    ['Comments are welcome'],
    ['17 harbour walls'],
    ['a day ago the river rose'],
    ['an hour ago, she said'],
    ['2 hrs ago the dam gave way'],
    ['Lecture de 4 minutes de poésie au parc'],
    ['Просмотров стало больше'],
    ['4 312 прочитания на книги'],
    ['3 hectares'],
    ['2026'],
    ['5m people'],
  ])('should not take %j', (text) => {
    expect(isCountPart(text)).toBe(false);
  });
});

describe('isCreditPart', () => {
  it.each([
    ['Reuters'],
    ['The Associated Press'],
    ['harbour-news.com'],
    ['Staff Writer'],
    ['Financial Times,'],
    ['Riverton Courier'],
    ['USA TODAY NETWORK'],
    ['alee@westfieldpost.example'],
    ['BBC News, Somerset'],
    ['University of Oslo'],
    ['Imperial College London'],
    ['The Francis Crick Institute'],
  ])('should take %j as a credit', (text) => {
    expect(isCreditPart(text)).toBe(true);
  });

  it.each([
    ['Reuters reported the talks had failed.'],
    ['Ann Lee'],
    ['the university said'],
    ['University lecturers went on strike.'],
    ['By the harbour'],
    ['The courier press'],
    ['Write to alee@westfieldpost.example'],
    ['Bad news, again.'],
  ])('should not take %j', (text) => {
    expect(isCreditPart(text)).toBe(false);
  });
});

describe('isTagList', () => {
  it.each([
    ['Tags: harbour, storms'],
    ['Filed under: Local'],
    ['| Categories: News, Weather'],
    ['Tagged // harbour, storms, council'],
    ['Explore related topics: harbour, storms'],
    ['Social Media Tags: harbour, storms'],
  ])('should take %j as a tag list', (text) => {
    expect(isTagList(text)).toBe(true);
  });

  it.each([
    ['Filed under: News The council voted on Monday.'],
    ['Tagged along with the others'],
    ['Local news'],
    ['Hot topics: the council said the wall would hold.'],
  ])('should not take %j', (text) => {
    expect(isTagList(text)).toBe(false);
  });
});

describe('isHeaderFurniture: reading times with a label', () => {
  it.each([
    ['Reading time: 3 minutes'],
    ['Estimated reading time: 4 minutes'],
    ['Read time: 3 min'],
    ['Reading time: about 6 minutes'],
    ['4-minute read'],
    ['Примерное время чтения: 3 минуты'],
    ['Время на прочтение: 5 мин.'],
  ])('should take %s', (text) => {
    expect(isHeaderFurniture(text)).toBe(true);
  });

  it.each([
    ['Reading time is 3 minutes for most people.'],
    ['Reading time: 3 minutes of pure joy'],
    ['Read time matters'],
  ])('should leave the sentence %s', (text) => {
    expect(isHeaderFurniture(text)).toBe(false);
  });
});

describe("isHeaderFurniture: a commissioned photographer's or illustrator's credit", () => {
  it.each([
    ['Photograph by Dana Whitcombe for T Brand Studio'],
    ['Photographs by Ann Lee for The New York Times'],
    ['Photograph by Ann Lee'],
    ['Illustration by Mateo Rinn'],
    ['Illustrations: Ann Lee'],
  ])('should take %s', (text) => {
    expect(isHeaderFurniture(text)).toBe(true);
  });

  it.each([
    ['Photograph by Ann Lee for the first time in a decade, the harbour looked calm.'],
    ['Photographs by Ann Lee for years hung in the council chamber.'],
    ['Photograph by Ann Lee shows the flooded harbour.'],
    ['Illustration by Ann Lee won the prize in 2019.'],
    ['Illustrations of the harbour hung in the hall.'],
  ])('should leave the sentence %s', (text) => {
    expect(isHeaderFurniture(text)).toBe(false);
  });
});

describe('isHeaderFurniture: an unlabelled view count before the reading time', () => {
  it.each([['1,482 3 minutes read'], ['12,035 5 min read'], ['214 4 min read']])('should take %s', (text) => {
    expect(isHeaderFurniture(text)).toBe(true);
  });

  it.each([
    ['1,482 residents read the notice'],
    ['1,482 people took 3 minutes to read it'],
    ['2026 3 minutes of silence were observed'],
  ])('should leave the sentence %s', (text) => {
    expect(isHeaderFurniture(text)).toBe(false);
  });
});

describe('isHeaderFurniture on an Indonesian credit row', () => {
  it.each([['Editor Dimas Prasetyo'], ['Editor : Dimas Prasetyo'], ['Editor: Ann Lee']])(
    'should take the desk editor %j as furniture',
    (text) => {
      expect(isHeaderFurniture(text)).toBe(true);
    },
  );

  it.each([
    ['Editor Picks'],
    ['Editor Dimas Prasetyo said the bridge would reopen in March.'],
    ['Editors at the paper'],
  ])('should leave %j', (text) => {
    expect(isHeaderFurniture(text)).toBe(false);
  });
});

describe("isCreditPart: a partner newsroom under the writer, as public radio stations print a collaborative's story", () => {
  it.each([
    'Heartland Health Desk',
    'Kansas News Service',
    'Harbor Public Media',
    'Gulf States Newsroom',
    'Ozark Public Radio',
  ])('should read %j as a credit', (text) => {
    expect(isCreditPart(text)).toBe(true);
  });

  it.each([
    'The front desk',
    'A newsroom in crisis',
    'Public media funding was cut',
    'Left the desk at noon',
    'The Public Radio Act',
  ])('should not read %j as one', (text) => {
    expect(isCreditPart(text)).toBe(false);
  });
});

describe('isCreditPart: a regional desk under the writer', () => {
  it.each(['Masvingo Bureau', 'Harare Bureau', 'Abuja bureau'])('should read %j as a credit', (text) => {
    expect(isCreditPart(text)).toBe(true);
  });

  it.each(['Federal Bureau of Investigation', 'The bureau closed in 2019.'])('should not read %j as one', (text) => {
    expect(isCreditPart(text)).toBe(false);
  });
});

describe('isHeaderFurniture: a bare view count with its thousands grouped', () => {
  it.each([['1,284'], ['12.480'], ['1,204,381']])('should take %s', (text) => {
    expect(isHeaderFurniture(text)).toBe(true);
  });

  it.each([['1,28'], ['1,284 residents signed'], ['3.5'], ['12,48,000']])('should leave %s', (text) => {
    expect(isHeaderFurniture(text)).toBe(false);
  });
});

describe('isCreditPart: a paper whose name ends on a hyphenated word', () => {
  it.each(['Green Bay Press-Gazette', 'St. Louis Post-Dispatch', 'The Star-Ledger', 'Chicago Sun-Times'])(
    'should read %j as a credit',
    (text) => {
      expect(isCreditPart(text)).toBe(true);
    },
  );

  it.each(['well-known Times', 'Sign-Up Sheet', 'The re-Post', 'Cross-Country Trip'])(
    'should not read %j as one',
    (text) => {
      expect(isCreditPart(text)).toBe(false);
    },
  );
});
