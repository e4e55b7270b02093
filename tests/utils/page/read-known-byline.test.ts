import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../utils/page/read-header';
import { readKnownByline } from '../../../utils/page/read-known-byline';
import { splitLines } from '../../../utils/page/split-lines';

const KNOWN = ['Ann Lee-Moreno'];
const read = (text: string) => readKnownByline({ text, start: 0, end: text.length }, KNOWN);

describe('readKnownByline', () => {
  it.each([
    ['By Ann Lee-MorenoNov. 27, 2026 Updated 6:05 am EST', '2026-11-27'],
    ['Ann Lee-Moreno Contributing Reporter', undefined],
    ['Ann Lee-MorenoHarbour Sport at Kingsmead Park', undefined],
    ['By Ann Lee-Moreno Home Entertainment Editor published 25 November 2026', '2026-11-25'],
    ['ann lee-moreno | 3 December 2026', '2026-12-03'],
    ['Text Ann Lee-Moreno', undefined],
    ['Tekst: Ann Lee-Moreno', undefined],
    ['Writer: Ann Lee-Moreno', undefined],
    ['Author: Ann Lee-Moreno | 28 Nov 2026', '2026-11-28'],
    ['Ann Lee-Moreno / İzmir', undefined],
    ['Ann Lee-Moreno in Oslo', undefined],
    ['Ann Lee-Moreno in New York', undefined],
    ['Ann Lee-Moreno à Montréal', undefined],
    ['Ann Lee-Moreno en Madrid', undefined],
    ['Ann Lee-Moreno el Nuevo Herald', undefined],
    ['Ann Lee-Moreno la Repubblica', undefined],
    ['Par Ann Lee-Moreno Publié le 28/11/2026 à 07:15 Mis à jour le 28/11/2026 à 09:40', '2026-11-28'],
    ['Von Ann Lee-Moreno', undefined],
    ['dal nostro inviato Ann Lee-Moreno 28 Novembre 2026 alle 12:42 3 minuti di lettura', '2026-11-28'],
    ['dalla nostra corrispondente Ann Lee-Moreno', undefined],
    ['Beirut: Ann Lee-Moreno', undefined],
    ['Tel Aviv: Ann Lee-Moreno', undefined],
    ['Ann Lee-MorenoPublished: 10:42, 28 Nov 2026 Updated: 11:15, 28 Nov 2026', '2026-11-28'],
    ['Par Ann Lee-Moreno Publié le 27 novembre 2026 à 09:30 Lecture : 4 minutes.', '2026-11-27'],
    ['Dr Ann Lee-Moreno', undefined],
    ['Prof. Ann Lee-Moreno | 28 Nov 2026', '2026-11-28'],
    ['By Dr. Ann Lee-Moreno', undefined],
    ['Reporter Ann Lee-Moreno', undefined],
    ['Ann Lee-Morenonews.com.au', undefined],
    ['Ann Lee-Moreno news.com.au', undefined],
    ['Ann Lee-Moreno stuff.co.nz 28 Nov 2026', '2026-11-28'],
  ])('should read the declared writer from %j', (text, iso) => {
    const result = read(text);
    expect(result?.bylines.map((name) => text.slice(name.span?.start, name.span?.end))).toEqual([
      text.includes('ann lee') ? 'ann lee-moreno' : 'Ann Lee-Moreno',
    ]);
    expect(result?.date?.iso.slice(0, 10)).toBe(iso);
    expect(result?.date && text.slice(result.date.span?.start, result.date.span?.end)).toBe(result?.date?.text);
  });

  it.each([
    ['a sentence about the writer', 'Ann Lee-Moreno said the club would appeal the ban on Monday'],
    ['a sentence ending in a full stop', 'Ann Lee-Moreno, the club captain, will miss the final.'],
    ['a long paragraph opening with the name', `Ann Lee-Moreno ${'Scored Twice '.repeat(8)}`],
    ['another writer', 'By Bo Chen Staff Writer'],
    ['a sentence after a role word', 'Text Ann Lee-Moreno wrote is on page two'],
    ['another writer after a role word', 'Foto Ann Lee-Moreno'],
    ['a role word without its colon opening a sentence', 'Writer Ann Lee-Moreno Lives In Kyoto Now'],
    ['another writer after a role label', 'Writer: Bo Chen'],
    ['a longer name that starts like the known one', 'Ann Lee-Morenowski Staff Writer'],
    ['a sentence placing the writer in a city', 'Ann Lee-Moreno in Oslo said the fund would sell'],
    ['a sentence with a lower-case word after the city', 'Ann Lee-Moreno in Oslo last week'],
    ['a French sentence placing the writer in a city', 'Ann Lee-Moreno à Montréal a confirmé la vente'],
    ['a Spanish sentence after the writer', 'Ann Lee-Moreno el Martes Anunció la venta'],
    ['another writer after a French credit word', 'Par Bo Chen'],
    ['another writer after an Italian envoy credit', 'dal nostro inviato Bo Chen'],
    ['another writer after a place', 'Beirut: Bo Chen'],
    ['a place and the writer opening a sentence', 'Beirut: Ann Lee-Moreno Filed This Report Late'],
    ['a long label before the writer', 'Reporting from the harbour: Ann Lee-Moreno'],
    ['a sentence about the titled writer', 'Dr Ann Lee-Moreno said the trial would resume on Monday'],
    ['another titled writer', 'Dr Bo Chen'],
    ["another writer after the Korean papers' role word", 'Reporter Bo Chen'],
    ['a sentence after the role word', 'Reporter Ann Lee-Moreno asked the minister on Monday'],
  ])('should leave %s alone', (_, text) => {
    expect(read(text)).toBeUndefined();
  });

  it.each([
    ['Ann Lee-Moreno and Bo Chen-Ortiz', ['Ann Lee-Moreno', 'Bo Chen-Ortiz']],
    ['By Ann Lee-Moreno, Bo Chen-Ortiz & Cy Diaz-Hart', ['Ann Lee-Moreno', 'Bo Chen-Ortiz', 'Cy Diaz-Hart']],
    ['Bo Chen-Ortiz, and Ann Lee-Moreno | 28 Nov 2026', ['Bo Chen-Ortiz', 'Ann Lee-Moreno']],
  ])('should read the co-writers the metadata names from %j', (text, names) => {
    const result = readKnownByline({ text, start: 0, end: text.length }, [...KNOWN, 'Bo Chen-Ortiz', 'Cy Diaz-Hart']);
    expect(result?.bylines.map((name) => text.slice(name.span?.start, name.span?.end))).toEqual(names);
  });

  it.each([
    ['Par Ann Lee-Moreno et Belga', ['Ann Lee-Moreno', 'Belga']],
    ['Von Ann Lee-Moreno und Dee Fox', ['Ann Lee-Moreno', 'Dee Fox']],
    ['Por Ann Lee-Moreno y Dee Fox', ['Ann Lee-Moreno', 'Dee Fox']],
  ])('should read the last writer the metadata does not name, joined in the language of %j', (text, names) => {
    const result = read(text);
    expect(result?.bylines.map((name) => text.slice(name.span?.start, name.span?.end))).toEqual(names);
  });

  it.each([
    ['a French sentence after the writer', 'Par Ann Lee-Moreno et ses collègues'],
    ['a French sentence with a full stop', 'Ann Lee-Moreno et Belga ont signé.'],
    ['a joined name that goes on into a sentence', 'Ann Lee-Moreno et Dee Fox ont signé le texte'],
  ])('should leave %s alone', (_, text) => {
    expect(read(text)).toBeUndefined();
  });

  it.each([
    ['a co-writer the metadata does not name', 'Ann Lee-Moreno and Dee Fox'],
    ['a sentence after the pair', 'Ann Lee-Moreno and Bo Chen-Ortiz met in Kyoto in 2019'],
  ])('should leave %s alone', (_, text) => {
    expect(readKnownByline({ text, start: 0, end: text.length }, [...KNOWN, 'Bo Chen-Ortiz'])).toBeUndefined();
  });

  it('should read the writer after the city an Arabic byline names first', () => {
    const text = 'بيروت: نذير رضا';
    const result = readKnownByline({ text, start: 0, end: text.length }, ['نذير رضا']);
    expect(result?.bylines.map((name) => text.slice(name.span?.start, name.span?.end))).toEqual(['نذير رضا']);
  });

  it('should claim no line for a declared name too short to trust', () => {
    expect(readKnownByline({ text: 'AP Photo', start: 0, end: 8 }, ['AP'])).toBeUndefined();
  });

  it.each([['山口健太'], ['김민준']])('should read the CJK writer %j the metadata names, alone on its line', (name) => {
    const result = readKnownByline({ text: name, start: 0, end: name.length }, [name]);
    expect(result?.bylines.map((byline) => byline.text)).toEqual([name]);
  });

  it.each([
    ['a Japanese sentence opening with the writer', '山口健太は駅で話を聞いた'],
    ['a Korean sentence opening with the writer', '김민준이 현장을 찾았다'],
  ])('should leave %s alone', (_, text) => {
    expect(readKnownByline({ text, start: 0, end: text.length }, ['山口健太', '김민준'])).toBeUndefined();
  });

  it('should claim no line for a two-letter Latin name', () => {
    expect(readKnownByline({ text: 'Li Photo', start: 0, end: 8 }, ['Li'])).toBeUndefined();
  });
});

describe('readHeader with declared writers', () => {
  it('should take the byline line under a standfirst as header', () => {
    const input = [
      'Harbour club rebuilds its pitching lab',
      'The club spent two years on a new approach.',
      'By Ann Lee-MorenoNov. 27, 2026',
      'The building does not look like much from the outside.',
    ].join('\n');
    const header = readHeader(splitLines(input), 'Harbour club rebuilds its pitching lab', KNOWN);
    expect(header.standfirst?.map((line) => line.text)).toEqual(['The club spent two years on a new approach.']);
    expect(header.consumed).toBe(3);
    expect(header.date?.iso.slice(0, 10)).toBe('2026-11-27');
  });

  it('should keep a first paragraph that opens with the writer as body', () => {
    const input = ['Harbour club rebuilds its pitching lab', 'Ann Lee-Moreno said the lab would open in May.'].join(
      '\n',
    );
    expect(readHeader(splitLines(input), 'Harbour club rebuilds its pitching lab', KNOWN).consumed).toBe(1);
  });
});

describe('readKnownByline in a script without capitals', () => {
  const readUrdu = (text: string) => readKnownByline({ text, start: 0, end: text.length }, ['ویب ڈیسک']);

  it('should read the name with a weekday and a date after it', () => {
    expect(readUrdu('ویب ڈیسک ہفتہ 28 نومبر 2026')).toMatchObject({
      bylines: [{ text: 'ویب ڈیسک' }],
      date: { iso: '2026-11-28' },
    });
  });

  it('should leave a sentence that opens with the name', () => {
    expect(readUrdu('ویب ڈیسک کی رپورٹ کے مطابق اجلاس ہفتہ کو ہوگا')).toBeUndefined();
  });
});

describe('readKnownByline in the languages of bilingual outlets', () => {
  it.each([
    ['Gan Ann Lee-Moreno 27 Tachwedd 2026', 'Ann Lee-Moreno'],
    ['le Ann Lee-Moreno', 'Ann Lee-Moreno'],
    ['Per Ann Lee-Moreno', 'Ann Lee-Moreno'],
  ])('should read the declared writer from %j', (text, name) => {
    const result = read(text);
    expect(result?.bylines.map((byline) => text.slice(byline.span?.start, byline.span?.end))).toEqual([name]);
  });

  it('should read a Chinese reporter label with its full-width colon', () => {
    const text = '記者：陳嘉欣 2026-11-28';
    const result = readKnownByline({ text, start: 0, end: text.length }, ['陳嘉欣']);
    expect(result?.bylines.map((byline) => byline.text)).toEqual(['陳嘉欣']);
    expect(result?.date?.iso.slice(0, 10)).toBe('2026-11-28');
  });

  it.each([
    ['Gan Ann Lee-Moreno y daeth y syniad, meddai hi wrth y cyngor'],
    ['le Ann Lee-Moreno and the rest of the crew, a trip to remember'],
  ])('should leave the sentence %j', (text) => {
    expect(read(text)).toBeUndefined();
  });
});

describe('readKnownByline in Indonesian and Malay', () => {
  it.each([
    ['Penulis Ann Lee-Moreno', 'Ann Lee-Moreno'],
    ['Oleh Ann Lee-Moreno', 'Ann Lee-Moreno'],
    ['Penulis: Ann Lee-Moreno', 'Ann Lee-Moreno'],
  ])('should read the declared writer from %j', (text, name) => {
    const result = read(text);
    expect(result?.bylines.map((byline) => text.slice(byline.span?.start, byline.span?.end))).toEqual([name]);
  });

  it.each([['Oleh Ann Lee-Moreno, jembatan itu dibangun pada 2009 dan menjadi jalan pintas warga.']])(
    'should leave the sentence %j',
    (text) => {
      expect(read(text)).toBeUndefined();
    },
  );
});

describe('readKnownByline after a series name', () => {
  const readTwo = (text: string) =>
    readKnownByline({ text, start: 0, end: text.length }, ['Ann Lee-Moreno', 'Bo Chen-Ortiz']);

  it.each([
    ['Critical Questions by Ann Lee-Moreno and Bo Chen-Ortiz', ['Ann Lee-Moreno', 'Bo Chen-Ortiz']],
    ['Expert Insight by Dr Ann Lee-Moreno', ['Ann Lee-Moreno']],
    ['Guest Post by Bo Chen-Ortiz', ['Bo Chen-Ortiz']],
  ])('should read the declared writers from %j', (text, names) => {
    expect(readTwo(text)?.bylines.map((byline) => text.slice(byline.span?.start, byline.span?.end))).toEqual(names);
  });

  it.each([
    ['Questions Raised by Ann Lee-Moreno’s Report Go Unanswered'],
    ['Critical questions by Ann Lee-Moreno went unanswered at the hearing'],
    ['Stand by Me'],
    ['Four Rules Written by Committees That Never Met by Ann Lee-Moreno'],
  ])('should leave %j', (text) => {
    expect(readTwo(text)).toBeUndefined();
  });
});

describe('readKnownByline on a writer credited with a wire service', () => {
  it.each([
    ['Ann Lee-Moreno and NCA NewsWire', ['Ann Lee-Moreno', 'NCA NewsWire']],
    ['Ann Lee-Moreno with AAP', ['Ann Lee-Moreno', 'AAP']],
    ['Ann Lee-Moreno and wires', ['Ann Lee-Moreno', 'wires']],
    ['By Ann Lee-Moreno and The Canadian Press', ['Ann Lee-Moreno', 'The Canadian Press']],
  ])('should read the writer and the wire of %j', (text, names) => {
    const result = read(text);
    expect(result?.bylines.map((name) => text.slice(name.span?.start, name.span?.end))).toEqual(names);
  });

  it.each([
    ['a wire that goes on into a sentence', 'Ann Lee-Moreno and AAP reporters found the boat'],
    ['a lower-case word ending on "wire"', 'Ann Lee-Moreno and barbwire'],
    ['a sentence with a full stop', 'Ann Lee-Moreno and Reuters agreed.'],
  ])('should leave %s alone', (_, text) => {
    expect(read(text)).toBeUndefined();
  });
});

describe('readKnownByline on the kind of piece before the writer and an e-mail after the name', () => {
  it.each([
    ['Eine Reportage von Ann Lee-Moreno, Kassel'],
    ['Ein Kommentar von Ann Lee-Moreno'],
    ['Kommentar von Ann Lee-Moreno'],
    ['Une analyse de Ann Lee-Moreno'],
    ["Un reportage d'Ann Lee-Moreno"],
  ])('should read the declared writer of %j', (text) => {
    expect(read(text)?.bylines.map((name) => name.text)).toEqual(['Ann Lee-Moreno']);
  });

  it('should read a writer with the e-mail address after the name', () => {
    expect(read('Ann Lee-Moreno ann.lee-moreno@paper.se')?.bylines.map((name) => name.text)).toEqual([
      'Ann Lee-Moreno',
    ]);
  });

  it.each([
    ['a kind of piece before someone the metadata does not name', 'Ein Kommentar von Bo Roe'],
    ['a kind of piece before a lower-case word', 'Eine Reportage von gestern'],
    ['a sentence about the e-mail', 'Ann Lee-Moreno wrote to ann@paper.se'],
    ['a sentence naming a web address', 'Ann Lee-Moreno runs news.com.au'],
    ['a lower-case word with a full stop', 'Ann Lee-Moreno left.'],
  ])('should leave %s alone', (_, text) => {
    expect(read(text)).toBeUndefined();
  });
});

describe('readKnownByline on the place the writer filed from before the name', () => {
  const agency = (text: string) => readKnownByline({ text, start: 0, end: text.length }, ['Público / EFE']);

  it.each([
    ['Madrid Público / EFE', 'Público / EFE'],
    ['Buenos Aires Público / EFE', 'Público / EFE'],
  ])('should read %j', (text, name) => {
    expect(agency(text)?.bylines.map((byline) => byline.text)).toEqual([name]);
  });

  it.each([
    ['a place of three words', 'Santa Cruz Tenerife Público / EFE'],
    ['a lower-case word before the name', 'según Público / EFE'],
    ['more after the name', 'Madrid Público / EFE informa de la venta'],
    ['a photo credit', 'Foto Público / EFE'],
  ])('should leave %s alone', (_, text) => {
    expect(agency(text)).toBeUndefined();
  });

  it('should read the signature under a standfirst as header', () => {
    const header = readHeader(
      splitLines(
        [
          'Los vecinos de Lavapiés frenan el cierre del mercado',
          'El Ayuntamiento aplaza la venta del edificio tras reunir la plataforma vecinal más de 9.000 firmas.',
          'Madrid Público / EFE',
          'Actualizado: 05/10/2017 16:40',
          'El Ayuntamiento de Madrid ha decidido aplazar al menos seis meses la venta del edificio.',
        ].join('\n'),
      ),
      'Los vecinos de Lavapiés frenan el cierre del mercado',
      ['Público / EFE'],
    );
    expect(header.consumed).toBe(4);
    expect(header.date?.iso).toBe('2017-10-05');
  });
});

describe("readKnownByline with the writer's handle after the name", () => {
  it.each([
    ['Ann Lee-Moreno@annlm Nov 14, 2017, 2:02pm EST', '2017-11-14'],
    ['Ann Lee-Moreno @annlm Nov 14, 2017, 2:02pm EST', '2017-11-14'],
    ['By Ann Lee-Moreno@annlm', undefined],
    ['Ann Lee-Moreno @annlm | 28 Nov 2026', '2026-11-28'],
  ])('should read the declared writer from %j', (text, iso) => {
    const result = read(text);
    expect(result?.bylines.map((name) => name.text)).toEqual(['Ann Lee-Moreno']);
    expect(result?.date?.iso.slice(0, 10)).toBe(iso);
  });

  it.each([
    ['a sentence after the handle', 'Ann Lee-Moreno @annlm said the plan was fine'],
    ['an e-mail address glued on', 'Ann Lee-Moreno@paper.se wrote back'],
  ])('should leave %s alone', (_, text) => {
    expect(read(text)).toBeUndefined();
  });
});
