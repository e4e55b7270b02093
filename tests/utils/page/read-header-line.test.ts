import { describe, expect, it } from 'vitest';
import { isBareByline, isSectionLabel, readHeaderLine } from '../../../utils/page/read-header-line';

const line = (text: string, start = 0) => ({ text, start, end: start + text.length });

describe('readHeaderLine', () => {
  it.each([
    ['Posted by Noor Haddad on March 3, 2012 at 10:14 am', ['Noor Haddad'], '2012-03-03'],
    ['By Noor Haddad | Nov 06 2012 | 1:13 pm | 27 Comments', ['Noor Haddad'], '2012-11-06'],
    // Movable Type's entry meta row, with the trackback tally after the comment count.
    [
      'By Noor Haddad on November 8, 2011 9:37 PM | Permalink | Comments (3) | TrackBacks (1)',
      ['Noor Haddad'],
      '2011-11-08',
    ],
    ['By Noor Haddad | Nov 06 2012 | 3 Comments | 2 Pingbacks', ['Noor Haddad'], '2012-11-06'],
    ['Noor Haddad, Associated Press', ['Noor Haddad'], undefined],
    ['Published 2 hours ago', [], undefined],
    ['Today at 05:30', [], undefined],
    ['Yesterday at 6:40 pm', [], undefined],
    ['Opdateret i dag kl. 14.05 I dag kl. 11.02', [], undefined],
    ['Oppdatert i går kl. 18:40', [], undefined],
    ['igår 18:40', [], undefined],
    ['Päivitetty tänään klo 9.12', [], undefined],
    ['heute, 14:05 Uhr', [], undefined],
    ['Сегодня, 14:05', [], undefined],
    ['Вчора о 18:40', [], undefined],
    ['Автор: Мария Орлова Сегодня, 14:05', ['Мария Орлова'], undefined],
    ['Аутор: Иван Петровић 28.11.2026. 14:05', ['Иван Петровић'], '2026-11-28'],
    ['28 ноември 2026, 14:05 4 312 прочитания', [], '2026-11-28'],
    ['Coastal Life | 20 July 2012', [], '2012-07-20'],
    ['Noor Haddad November 27, 2026 at 9:41 AM UTC Updated on November 27, 2026 at 12:03 PM UTC', [], '2026-11-27'],
    ['Posted: Nov 26, 2026 / 06:15 PM CST Updated: Nov 26, 2026 / 09:02 PM CST', [], '2026-11-26'],
    ['By Noor Haddad | nhaddad@westfieldpost.example | The Westfield Post', ['Noor Haddad'], undefined],
    [
      'Noor Haddad · Harbour News · Posted: Nov 28, 2026 5:00 AM AST | Last Updated: 2 hours ago',
      ['Noor Haddad'],
      '2026-11-28',
    ],
    ['Noor Haddad, Local Democracy Reporter 8:41 pm on 28 November 2026', ['Noor Haddad'], '2026-11-28'],
    ['Issued on: 28/11/2026 - 10:42 Modified: 28/11/2026 - 12:05', [], '2026-11-28'],
    ['By — Noor Haddad, Associated Press — Wren Abbott, Associated Press', ['Noor Haddad', 'Wren Abbott'], undefined],
    ['By — Noor Haddad — Nov 21, 2026', ['Noor Haddad'], '2026-11-21'],
    ['November 22, 2026 | A version of this story appeared in Volume 104, Issue 38', [], '2026-11-22'],
    [
      'Updated Oct 29 2012 - 9:25am · Posted Oct 29 2012 - 9:20am by Noor Haddad · 0 comments',
      ['Noor Haddad'],
      '2012-10-29',
    ],
    ['Posted Oct 29 2012 - 9:20am by Noor Haddad', ['Noor Haddad'], '2012-10-29'],
    ['Last updated 6:05 PM, Nov 20, 2026', [], '2026-11-20'],
    ['and last updated 6:05 PM, Nov 20, 2026', [], '2026-11-20'],
    ['Publié le 20 novembre 2026 à 06h00 Temps de Lecture 3 min.', [], '2026-11-20'],
    ['Veröffentlicht am 18. November 2026 um 14.32 Uhr', [], '2026-11-18'],
    ['Publicerad 2026-11-27 06.00 Uppdaterad 2026-11-27 09.42', [], '2026-11-27'],
    ['Oppdatert 27.11.2026', [], '2026-11-27'],
    ['Input 2026.11.27 14:22', [], '2026-11-27'],
    ['Updated 2026.11.27 15:03', [], '2026-11-27'],
    ['Güncelleme: 27.11.2026 - 11:15', [], '2026-11-27'],
    ['First Published: Nov 28 2026 | 9:41 AM IST', [], '2026-11-28'],
    ['Last Updated: Nov 28 2026 | 11:05 PM IST', [], '2026-11-28'],
    ['First published on: 28 Nov 2026 | 9:41 am', [], '2026-11-28'],
    ['November 28, 2026 - 10:12AM 2 min read Join the conversation', [], '2026-11-28'],
    ['Nov 28, 2026 - 9:05PM AEDT · 3 min read', [], '2026-11-28'],
    ['Published Nov 28, 2026 • Last updated Nov 28, 2026 • 3 minute read Join the conversation', [], '2026-11-28'],
    ['Last updated Nov 28, 2026 • 3 minute read', [], '2026-11-28'],
    ['نُشر: 11:45-27 نوفمبر 2026 م ـ 26 جمادى الأولى 1448 هـ', [], '2026-11-27'],
    ['آخر تحديث: 27 نوفمبر 2026', [], '2026-11-27'],
    ['آخر تحديث: ٢٧ تشرين الثاني ٢٠٢٦', [], '2026-11-27'],
    ['Freitag, 27. November 2026', [], '2026-11-27'],
    ['Publié le vendredi 27 novembre 2026 à 06h00', [], '2026-11-27'],
    ['Publié le 27 novembre 2026 à 5 h 00 Mis à jour à 9 h 12', [], '2026-11-27'],
    ['viernes, 27 de noviembre de 2026', [], '2026-11-27'],
    ['sexta-feira, 27 de novembro de 2026', [], '2026-11-27'],
    ['piątek, 27 listopada 2026', [], '2026-11-27'],
    ['Data publicării: 28.11.2026 14:22 Data actualizării: 28.11.2026 15:05', [], '2026-11-28'],
    ['subota, 28.11.2026. u 11:47', [], '2026-11-28'],
    ['Objavljeno: 28.11.2026. 11:47', [], '2026-11-28'],
    ['Publikuar: 28/11/2026 18:30', [], '2026-11-28'],
    ['الجمعة ٢٧ تشرين الثاني ٢٠٢٦', [], '2026-11-27'],
    ['٢٧ تشرين الثاني/نوفمبر ٢٠٢٦', [], '2026-11-27'],
    ['Baltimore, Md., Nov 17, 2026 / 19:05 pm', [], '2026-11-17'],
    ['Vatican City, Italy, Nov 17, 2026', [], '2026-11-17'],
    ['Madrid - 28 nov 2026 - 14:05 CET', [], '2026-11-28'],
    ['28.nov.2026 às 14h05', [], '2026-11-28'],
    ['Atualizado: 28.nov.2026 às 16h20', [], '2026-11-28'],
    ['28 novembre 2026 (modifica il 28 novembre 2026 | 14:05)', [], '2026-11-28'],
    ["28 novembre 2026 3' di lettura", [], '2026-11-28'],
    ['November 26, 2026 - Halifax, Nova Scotia - Fisheries and Oceans Canada', [], '2026-11-26'],
    ['June 3, 2026 – Ottawa, Ontario – Public Health Agency of Canada', [], '2026-06-03'],
    ['Published 14:32, 12 March 2020 GMT | Last updated 15:05, 12 March 2020 GMT', [], '2020-03-12'],
    ['Updated 09:10, 3 June 2021 BST', [], '2021-06-03'],
    // The writer's handle between name and date (Evening Standard and The Independent, 2017-2021; blog themes).
    ['Noor Haddad @noorhaddad 10 November 2020', ['Noor Haddad'], '2020-11-10'],
    ['Noor Haddad (@noor_haddad) · May 3, 2026', ['Noor Haddad'], '2026-05-03'],
  ])('should read %j', (text, names, iso) => {
    const fields = readHeaderLine(line(text, 10));
    expect(fields?.bylines.map((name) => name.text)).toEqual(names);
    expect(fields?.date?.iso).toBe(iso);
    for (const name of fields?.bylines ?? [])
      expect(name.span && text.slice(name.span.start - 10, name.span.end - 10)).toBe(name.text);
  });

  it('should hand back body text after a labelled date and its time', () => {
    expect(readHeaderLine(line('Updated Oct 29 2012 - 9:25am — The council met on Monday.'))?.rest?.text).toBe(
      'The council met on Monday.',
    );
  });

  it('should hand back body text after a date labelled in two words', () => {
    expect(readHeaderLine(line('Last updated Nov 28, 2026 — The council met on Monday.'))?.rest?.text).toBe(
      'The council met on Monday.',
    );
  });

  it('should hand back body text after a labelled date, its time first and its zone after', () => {
    expect(readHeaderLine(line('Updated 09:10, 3 June 2021 BST — The council met on Monday.'))?.rest?.text).toBe(
      'The council met on Monday.',
    );
  });

  it('should hand back body text after a labelled date', () => {
    expect(readHeaderLine(line('Published 2023-09-12 Joined by officials, he left.'))?.rest?.text).toBe(
      'Joined by officials, he left.',
    );
  });

  it.each([['Publié à 5 h 00 Mis à jour à 9 h 12'], ['Published 5:00 a.m.'], ['Updated: 14:05 BST']])(
    'should read the time-only stamp %j as a header line with no date',
    (text) => {
      const fields = readHeaderLine(line(text));
      expect(fields?.bylines).toEqual([]);
      expect(fields?.date).toBeUndefined();
      expect(fields?.rest).toBeUndefined();
    },
  );

  it.each([
    ['The council met on March 3, 2012 to vote.'],
    ['Le conseil se réunira à 9 h 00 pour voter le budget.'],
    ['Published at 9:00 the report was read by the whole council before noon.'],
    ['Harbour Day November 27, 2026 was the wettest on record.'],
    ['By the end of the year the wall was done'],
    ['The mayor, a keen reporter, March 3, 2012'],
    ['Harbour Day, Westfield Post March 3, 2012 was the busiest on record.'],
    ['Harbour Works'],
    ['Baltimore, Md., voted on Nov 17, 2026 to close the harbour road.'],
    ['Rome, Italy, and Paris signed the harbour treaty on Nov 17, 2026.'],
    ['I dag kl. 14.00 åbner butikken igen efter en lang ombygning af hele stueetagen.'],
    ['Heute um 10:30 beginnt die Sitzung des Stadtrats mit einer Schweigeminute.'],
    ['Сегодня в 10:30 начнется заседание городской думы, на котором утвердят бюджет.'],
    ['and the last ferry left at 6:05 PM, Nov 20, 2026, an hour late.'],
    ['By — the end of the year, the wall was done'],
    ['By —'],
    ['March 3, 2012 - 9:30 The council met on Monday to discuss the wall.'],
    ['First Harbour Day Nov 28 2026 | 9:41 AM IST was the busiest on record.'],
    ['March 3, 2012 - 9:30AM The council met on Monday to discuss the wall.'],
    ['28 novembre 2026 (il consiglio ha votato il bilancio dopo una lunga seduta notturna).'],
    ['Flight 11:45-27 November 2026 left late and the harbour closed for the night.'],
    ['Madrid - 28 nov 2026 fue el día en que el Gobierno aprobó el plan de vivienda rural.'],
    ['El plan - 28 nov 2026 - 14:05 CET'],
    ['June 3, 2026 - Ottawa - The minister said the recall would cover every province.'],
    ['June 3, 2026 - Ottawa, Ontario - Health Canada is recalling two brands of baby formula'],
    ['Publicat pe 28.11.2026, raportul a fost discutat luni în consiliul local al orașului Brașov.'],
    ['Subota, 28.11.2026. bila je najhladniji dan u Splitu otkako se mjeri temperatura zraka.'],
    ['وقال الوزير في 27 نوفمبر 2026 إن الخطة ستنفذ خلال عام كامل قبل بداية فصل الصيف.'],
    ['12 March 2020 GMT was the hour the clocks went wrong across the whole country.'],
    ['12 March 2020 NASA engineers said the launch would slip by a week.'],
    ['The council told @harbourcouncil on 10 November 2020 that the wall was done.'],
    ['Harbour Council @harbourcouncil 10 November 2020 voted to close the road.'],
    ['— Noor Haddad (@noorhaddad) November 10, 2020 and the thread went on.'],
    [''],
  ])('should not read %j', (text) => {
    expect(readHeaderLine(line(text))).toBeUndefined();
  });
});

describe('isBareByline', () => {
  it.each([['By'], ['Posted by'], ['Written By:']])('should take %j', (text) => {
    expect(isBareByline(text)).toBe(true);
  });

  it.each([['By Ann Lee'], ['Bypass'], ['']])('should not take %j', (text) => {
    expect(isBareByline(text)).toBe(false);
  });
});

describe('isSectionLabel', () => {
  it.each([
    ['Smartphones'],
    ['Tech & Science'],
    ['TECHNOLOGY |'],
    ['Future Thinking'],
    ['Press release'],
    ['Network news |'],
    ['Press release|'],
  ])('should take %j', (text) => {
    expect(isSectionLabel(text)).toBe(true);
  });

  it.each([
    ['the council met'],
    ['Yes, the wall held'],
    ['One Two Three Four'],
    [''],
    ['Work began on'],
    ['The council met again'],
  ])('should not take %j', (text) => {
    expect(isSectionLabel(text)).toBe(false);
  });
});

describe('readHeaderLine on a newsroom meta row: document type, date and reference', () => {
  it.each([
    ['Press release|14 June 2022|ID: 298114', '2022-06-14'],
    ['Press release | 14 June 2022', '2022-06-14'],
    ['Press release Ref. NEA/2021/066 8 June 2021', '2021-06-08'],
    ['Media statement 8 June 2021', '2021-06-08'],
  ])('should read %j as a header line', (text, iso) => {
    expect(readHeaderLine(line(text))?.date?.iso).toBe(iso);
  });

  it.each([
    ['Work began on 8 June 2021 at the harbour site after years of delay'],
    ['Press release 8 June 2021 was the day the council and the union agreed terms'],
    ['The ferry resumed 8 June 2021 after the strike ended'],
  ])('should leave %j', (text) => {
    expect(readHeaderLine(line(text))).toBeUndefined();
  });
});

describe('readHeaderLine: a meta row with a name, a date, a section and a reading time', () => {
  it.each([
    ['Ann Lee November 28, 2026 11:20 Politics Reading time: 3 minutes', '2026-11-28'],
    ['Анна Звейниеце 28 ноября, 2026 11:20 Новости Примерное время чтения: 3 минуты', '2026-11-28'],
    ['Ann Lee November 28, 2026 Reading time: 3 minutes', '2026-11-28'],
  ])('should read %s as a header line', (text, iso) => {
    expect(readHeaderLine(line(text))?.date?.iso).toBe(iso);
  });

  it.each([
    ['Ann Lee November 28, 2026 was the day the council finally voted on the harbour plan'],
    ['Council Meeting November 28, 2026 Residents Speak About The Harbour Plan At Length Tonight'],
  ])('should leave %s', (text) => {
    expect(readHeaderLine(line(text))).toBeUndefined();
  });
});

describe('readHeaderLine on Russian-language date labels', () => {
  it.each([
    ['Дата публикации: 18 ноября 2026 14:05', '2026-11-18'],
    ['Дата обновления: 19.11.2026 09:30', '2026-11-19'],
  ])('should read %j as a date', (text, iso) => {
    const fields = readHeaderLine(line(text, 10));
    expect(fields?.bylines).toEqual([]);
    expect(fields?.date?.iso).toBe(iso);
  });

  it('should not read a sentence on a publication date as a header line', () => {
    expect(
      readHeaderLine(line('Дата публикации доклада пока не определена, сообщили в министерстве.'))?.date,
    ).toBeUndefined();
  });
});

describe('readHeaderLine on a WordPress meta row joined by slashes, with the updated date printed beside the first', () => {
  it('should read the byline and the first date of "5 Comments / By Ann Lee / February 18, 2026 February 19, 2026"', () => {
    const text = '5 Comments / By Owen Threlfall / February 18, 2026 February 19, 2026';
    const fields = readHeaderLine(line(text));
    expect(fields?.bylines.map((name) => name.text)).toEqual(['Owen Threlfall']);
    expect(fields?.date).toMatchObject({ iso: '2026-02-18', text: 'February 18, 2026' });
    expect(fields?.rest).toBeUndefined();
  });

  it('should read a byline and a date joined by a slash', () => {
    const fields = readHeaderLine(line('By Ann Lee / March 3, 2026'));
    expect(fields?.bylines.map((name) => name.text)).toEqual(['Ann Lee']);
    expect(fields?.date?.iso).toBe('2026-03-03');
  });

  it.each(['Apples / pears / By Ann Lee', '5 Comments / By Ann Lee / March 3, 2026 was the coldest day of the year'])(
    'should not read %j as a header line',
    (text) => {
      expect(readHeaderLine(line(text))).toBeUndefined();
    },
  );
});

describe('readHeaderLine on a meta row with a labelled view counter', () => {
  it.each([
    ['Total Views: 3112 November 21, 2019 by Lena Marchetti', '2019-11-21'],
    ['Post Views: 1,234 | March 3, 2026 | By Lena Marchetti', '2026-03-03'],
    ['November 21, 2019 by Lena Marchetti | Post Views: 1,234', '2019-11-21'],
    ['November 21, 2019 by Lena Marchetti Total Views: 3112', '2019-11-21'],
  ])('should read the byline and date of %j', (text, iso) => {
    const fields = readHeaderLine(line(text));
    expect(fields?.bylines.map((name) => name.text)).toEqual(['Lena Marchetti']);
    expect(fields?.date?.iso).toBe(iso);
    expect(fields?.rest).toBeUndefined();
  });

  it.each([
    'Total Views: 3112 on March 3, 2026 the harbour closed for the winter after the storm broke its wall.',
    'Post views rose on March 3, 2026 after the redesign',
    'Views: 89 of the harbour wall on March 3, 2026',
  ])('should not read %j as a header line', (text) => {
    expect(readHeaderLine(line(text))).toBeUndefined();
  });
});

describe('readHeaderLine in Urdu, Persian and Kurdish', () => {
  it.each([
    ['ہفتہ 28 نومبر 2026', '2026-11-28'],
    ['سه‌شنبه ۱ دسامبر ۲۰۲۶', '2026-12-01'],
  ])('should read a weekday and a date %j', (text, iso) => {
    expect(readHeaderLine(line(text))).toMatchObject({ bylines: [], date: { iso } });
  });

  it('should read an outlet and city before the date as a dateline that names no one', () => {
    const fields = readHeaderLine(line('ڕووداو - هەولێر ٢٩-١١-٢٠٢٦ - ١٠:٠٥'));
    expect(fields).toMatchObject({ bylines: [], date: { iso: '2026-11-29' } });
    expect(fields?.rest).toBeUndefined();
  });

  it('should leave a sentence that ends on a date to the body', () => {
    expect(
      readHeaderLine(line('گفت‌وگوها از این هفته در تهران و بغداد ادامه می‌یابد و تا ۲۹ نوامبر ۲۰۲۶')),
    ).toBeUndefined();
    expect(readHeaderLine(line('الاجتماع عقد في بيروت 27 نوفمبر 2026 وحضره وزراء الخارجية العرب.'))).toBeUndefined();
  });
});

describe('readHeaderLine on Le Monde’s stamp with its update ("modifié le …")', () => {
  it('should read "Publié le …, modifié le …" as one date line, the first date kept', () => {
    const fields = readHeaderLine(line('Publié le 28 novembre 2026 à 07h30, modifié le 28 novembre 2026 à 18h48'));
    expect(fields?.bylines).toEqual([]);
    expect(fields?.date?.iso).toBe('2026-11-28');
    expect(fields?.rest).toBeUndefined();
  });

  it('should not read a sentence on what someone changed as a header line', () => {
    expect(
      readHeaderLine(line('Il a modifié le 28 novembre 2026 sa déclaration de patrimoine.'))?.date,
    ).toBeUndefined();
  });
});

describe('readHeaderLine on a Korean label glued to its date', () => {
  it.each([
    ['등록2026-11-27 14:05', '2026-11-27'],
    ['수정2026-11-27 15:10', '2026-11-27'],
    ['송고2026-11-27 14:05', '2026-11-27'],
  ])('should read "%s" as a date line', (text, iso) => {
    const fields = readHeaderLine(line(text));
    expect(fields?.date?.iso).toBe(iso);
    expect(fields?.rest).toBeUndefined();
  });

  it.each(['지난해 2026.11 자료에 따르면 늘었다.', '회의는2026-11-27 열린다고 시청이 밝혔다.'])(
    'should keep the sentence "%s" out',
    (text) => {
      expect(readHeaderLine(line(text))?.date).toBeUndefined();
    },
  );
});

describe('readHeaderLine with a research institute’s date label', () => {
  it.each([
    ['Publishing date 20 November 2026', '2026-11-20'],
    ['Publication date: 3 March 2025', '2025-03-03'],
    ['Date published: March 3, 2025', '2025-03-03'],
    ['Date of publication 12 June 2024', '2024-06-12'],
  ])('should read the labelled date %j', (text, iso) => {
    expect(readHeaderLine(line(text))).toMatchObject({ bylines: [], date: { iso } });
  });

  it('should leave a sentence about publishing dates to the body', () => {
    expect(readHeaderLine(line('Publishing dates for the series have not been set, the editor said.'))).toBeUndefined();
  });
});

describe('readHeaderLine on Korean stamps with a closing dot or a morning/afternoon word', () => {
  it.each([
    ['입력 2026.11.27. 14:05', '2026-11-27'],
    ['입력 2026. 11. 27. 오후 2:05', '2026-11-27'],
    ['수정 2026.11.28. 오전 9:40', '2026-11-28'],
    ['Published May 3, 2012. 10:14 am', '2012-05-03'],
  ])('should read "%s" as one date line', (text, iso) => {
    const fields = readHeaderLine(line(text));
    expect(fields?.date?.iso).toBe(iso);
    expect(fields?.rest).toBeUndefined();
  });

  it('should not read a sentence going on after a date and a full stop as a header line', () => {
    const fields = readHeaderLine(line('May 3, 2012. 10 people were hurt in the crash.'));
    expect(fields === undefined || fields.rest !== undefined).toBe(true);
  });
});

describe('readHeaderLine on a Korean or Chinese stamp with both its dates on one line', () => {
  it.each([
    ['입력 2026.11.27 14:05 수정 2026.11.27 15:10', '2026-11-27'],
    ['입력 2026.11.27. 14:05 수정 2026.11.28. 09:10', '2026-11-27'],
    ['입력 2026.11.27 14:05 | 수정 2026.11.27 15:10', '2026-11-27'],
    ['更新 2026年11月27日 14時05分', '2026-11-27'],
  ])('should read "%s" as one date line with the first date', (text, iso) => {
    const fields = readHeaderLine(line(text));
    expect(fields?.date?.iso).toBe(iso);
    expect(fields?.rest).toBeUndefined();
  });

  it('should part a sentence after a labelled stamp from it', () => {
    const text =
      '입력 2026.11.27 14:05 서울시는 오늘 오전 시청에서 내년도 예산안을 발표하며 복지 예산을 늘리겠다고 밝혔다.';
    expect(readHeaderLine(line(text))?.rest?.text).toBe(
      '서울시는 오늘 오전 시청에서 내년도 예산안을 발표하며 복지 예산을 늘리겠다고 밝혔다.',
    );
  });
});

describe('readHeaderLine: a writer and a hyphenated paper before the stamp', () => {
  it('should read the name and date of a Gannett metabar of 2019', () => {
    const fields = readHeaderLine(
      line(
        'Ann Lee, Green Bay Press-Gazette Published 12:04 p.m. CT June 11, 2019 | Updated 4:32 p.m. CT June 11, 2019',
      ),
    );
    expect(fields?.bylines.map((byline) => byline.text)).toEqual(['Ann Lee']);
    expect(fields?.date?.iso).toBe('2019-06-11');
    expect(fields?.rest).toBeUndefined();
  });

  it('should not read a sentence naming such a paper', () => {
    expect(
      readHeaderLine(line('Ann Lee, Green Bay Press-Gazette editor since June 11, 2019, said no.')),
    ).toBeUndefined();
  });
});

describe('readHeaderLine on a meta row whose first or last part the page reader took off', () => {
  it('should read the byline and date of "/ By Ann Lee / February 18, 2026" (its comments link gone)', () => {
    const text = '/ By Owen Threlfall / February 18, 2026 February 19, 2026';
    const fields = readHeaderLine(line(text));
    expect(
      fields?.bylines.map((name) => ({ name: name.text, at: name.span && text.slice(name.span.start, name.span.end) })),
    ).toEqual([{ name: 'Owen Threlfall', at: 'Owen Threlfall' }]);
    expect(fields?.date).toMatchObject({ iso: '2026-02-18', text: 'February 18, 2026' });
  });

  it('should read the byline of "by Ann Lee ·" (its comments count gone)', () => {
    expect(readHeaderLine(line('by Chris Pearson ·'))?.bylines.map((name) => name.text)).toEqual(['Chris Pearson']);
  });

  it.each([
    'Apples · pears ·',
    '/ pears / By Ann Lee',
    '| By Ann Lee / March 3, 2026 was the coldest day of the year',
    '/usr/bin By Ann Lee',
  ])('should not read %j as a header line', (text) => {
    expect(readHeaderLine(line(text))).toBeUndefined();
  });
});

describe('readHeaderLine: a byline beside a labelled category or tag list', () => {
  it.each([
    [
      'Posted on March 16, 2016 by Communications Office | Category: District News',
      'Communications Office',
      '2016-03-16',
    ],
    ['By Ann Lee | Filed under: Schools, Budget', 'Ann Lee', undefined],
  ])('should read %j as a header line', (text, name, iso) => {
    const fields = readHeaderLine(line(text));
    expect(fields?.bylines.map((byline) => byline.text)).toEqual([name]);
    expect(fields?.date?.iso.slice(0, 10)).toBe(iso);
    expect(fields?.rest).toBeUndefined();
  });

  it.each([
    'By Ann Lee | Category: the council voted to close the bridge for repairs this summer.',
    'Category: District News | The board voted on Tuesday.',
  ])('should not read %j as a header line', (text) => {
    expect(readHeaderLine(line(text))?.rest).toBeUndefined();
    expect(readHeaderLine(line(text))?.bylines ?? []).toEqual([]);
  });
});

describe('readHeaderLine on a stamp with the dateline after it', () => {
  it.each([
    'June 14, 2016, 11:47 AM | MARLOWE HARBOR, Mich.',
    'March 3, 2015 | LONDON',
    'May 2, 2019 - Baltimore, Md.',
  ])('should read %j as a date line', (text) => {
    const fields = readHeaderLine(line(text));
    expect(fields?.date).toBeDefined();
    expect(fields?.rest).toBeUndefined();
    expect(fields?.bylines).toEqual([]);
  });

  it.each(['March 3, 2015 | The council met and voted.', 'June 14, 2016 was cold in Marlowe Harbor, Mich.'])(
    'should not read %j as a header line',
    (text) => {
      expect(readHeaderLine(line(text))).toBeUndefined();
    },
  );
});

describe('readHeaderLine with a picture credit beside the byline', () => {
  it.each([
    ['Words by Hollis Granger · Photography by Annika Rees', ['Hollis Granger']],
    ['By Ann Lee | Photos by Bo Roe | March 3, 2019', ['Ann Lee']],
  ])('should read %s as a byline row of its writers', (text, names) => {
    expect(readHeaderLine(line(text))?.bylines.map((name) => name.text)).toEqual(names);
  });
});

describe('readHeaderLine after a permalink mark', () => {
  it.each([
    ['★ Thursday, 8 September 2016', [], '2016-09-08'],
    ['¶ March 3, 2012', [], '2012-03-03'],
    ['∞ 8 September 2016', [], '2016-09-08'],
    ['★ by Ann Lee on March 3, 2012', ['Ann Lee'], '2012-03-03'],
  ])('should read %j as a date line', (text, names, iso) => {
    const fields = readHeaderLine(line(text));
    expect(fields?.bylines.map((name) => name.text)).toEqual(names);
    expect(fields?.date?.iso).toBe(iso);
  });

  it('should point the byline after the mark at its own text', () => {
    const text = '★ by Ann Lee on March 3, 2012';
    const name = readHeaderLine(line(text))?.bylines[0];
    expect(name?.span && text.slice(name.span.start, name.span.end)).toBe('Ann Lee');
  });

  it.each([
    '★ Five stars from the critics on March 3, 2012 for the show',
    '# March 3, 2012 was the coldest day of the year in the valley, the office said.',
  ])('should not read %j as a header line', (text) => {
    expect(readHeaderLine(line(text))).toBeUndefined();
  });
});

describe('readHeaderLine with a "Last update on:" stamp', () => {
  it('should read both dates of "Sat Nov 28, 2026 09:00 PM Last update on: Sat Nov 28, 2026 09:35 PM"', () => {
    const fields = readHeaderLine(line('Sat Nov 28, 2026 09:00 PM Last update on: Sat Nov 28, 2026 09:35 PM'));
    expect(fields?.date?.iso.slice(0, 10)).toBe('2026-11-28');
    expect(fields?.rest).toBeUndefined();
  });
});

describe("readHeaderLine on a bulletin's reference before its date", () => {
  it.each([
    ['Bulletin 07/2019 | Issued 14 March 2019 | Category: Regulation & Compliance', '2019-03-14'],
    ['Release No. 19-045 - March 14, 2019', '2019-03-14'],
  ])('should read %j as a header line', (text, iso) => {
    const fields = readHeaderLine(line(text));
    expect(fields?.bylines).toEqual([]);
    expect(fields?.date?.iso).toBe(iso);
  });

  it.each([
    ['Apollo 11 July 20, 1969 was the day the crew landed.'],
    ['Chapter 3 | March 14, 2019 was the day we met.'],
  ])('should not read %j', (text) => {
    expect(readHeaderLine(line(text))).toBeUndefined();
  });
});
