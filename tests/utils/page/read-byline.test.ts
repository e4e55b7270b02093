import { describe, expect, it } from 'vitest';
import { isPictureCredit, readByline } from '../../../utils/page/read-byline';

const line = (text: string, start = 0) => ({ text, start, end: start + text.length });

describe('readByline', () => {
  it.each([
    ['By Jim Heintz', ['Jim Heintz']],
    ['By JIM HEINTZ and HYUNG-JIN KIM', ['JIM HEINTZ', 'HYUNG-JIN KIM']],
    ['by Ana López, Kim Tong-Hyung and Li Wei', ['Ana López', 'Kim Tong-Hyung', 'Li Wei']],
    ['By Ana López, Li Wei, and Bo Chen', ['Ana López', 'Li Wei', 'Bo Chen']],
    ['By Ana López & Li Wei', ['Ana López', 'Li Wei']],
    ['Posted by Ana López', ['Ana López']],
    ['Written By: Ana López', ['Ana López']],
    ['News provided by Harbour Power', ['Harbour Power']],
    ['Interview Conducted by Ana López', ['Ana López']],
    ['Interview by Ana López and Li Wei', ['Ana López', 'Li Wei']],
    ['Interviewed by Ana López', ['Ana López']],
    // The piece's kind before "by", as think tanks and opinion desks print it.
    ['Blog Post by Ana López', ['Ana López']],
    ['Commentary by Ana López and Li Wei', ['Ana López', 'Li Wei']],
    ['Analysis by Ana López, CNN', ['Ana López']],
    ['Op-Ed by Ana López', ['Ana López']],
    ['By JOHN SMITH, Associated Press', ['JOHN SMITH']],
    ['By Ana López, The Coast Gazette', ['Ana López']],
    ['By Ana López in Lisbon', ['Ana López']],
    ['By Jane Doe and John Roe, CNN', ['Jane Doe', 'John Roe']],
    ['By Ana López @analopez', ['Ana López']],
    ['By Megan Hartwell mhartwell@prairiecourier.com', ['Megan Hartwell']],
    ['Posted by Ana López in Harbour News.', ['Ana López']],
    // The editor or medical reviewer credited after the writer is not a writer.
    ['By Lena Moss edited by Jeanne Pike', ['Lena Moss']],
    ['By Lena Moss; Medically reviewed by Jo Roe, MD', ['Lena Moss']],
    ['By Lena Moss and Li Wei, fact-checked by Jo Roe', ['Lena Moss', 'Li Wei']],
    // Who the writer is, after the name, as op-ed pages set it.
    ['By Tove Lind, a senior fellow at the Harbour Institute of International Affairs.', ['Tove Lind']],
    ['By Ana López, an associate professor of history at Coast University', ['Ana López']],
    // The role after a spaced slash, as Taiwanese papers set it.
    ['By Lin Mei-hua / Staff reporter', ['Lin Mei-hua']],
    ['By Lin Mei-hua and Chen Wei / Staff reporters', ['Lin Mei-hua', 'Chen Wei']],
    // Spanish and Portuguese bylines, with the writer's role or outlet after the name.
    ['Por Lucía Benítez', ['Lucía Benítez']],
    ['Por Ana López, corresponsal', ['Ana López']],
    ['Por Renata Albuquerque, g1 Campinas e Região', ['Renata Albuquerque']],
    ['Por Ana Lima, da Redação', ['Ana Lima']],
    ['Автор: Мария Орлова', ['Мария Орлова']],
    ['Аутор: Иван Петровић', ['Иван Петровић']],
    ['Autor: Jan Nowak', ['Jan Nowak']],
    ['Author: Dana Whitfield', ['Dana Whitfield']],
    ['Authors: Ann Lee and Bo Roe', ['Ann Lee', 'Bo Roe']],
  ])('should read the names of %j', (text, names) => {
    expect(readByline(line(text))?.map((name) => name.text)).toEqual(names);
  });

  it.each([
    ['By contrast, the economy grew.'],
    ['By 2025 the plant will close'],
    ['By the way'],
    ['By email to press@council.gov.uk'],
    ['Bypass road reopens'],
    ['By the end of the year'],
    ['By the end of the year in Kyiv, the talks had failed.'],
    ['By Friday in Kyiv the talks had failed for good.'],
    ['Posted by the team (see below)'],
    ['By Friday the draft had been reviewed by lawyers.'],
    ['By then the plan was edited by the board'],
    ['By Monday, a deal was reached.'],
    ['By Friday, a former mayor had joined the race for the harbour seat.'],
    ['By 2025 / 2026 the plant will close'],
    ['By one estimate, a very long sentence that goes on and on well past any byline length here'],
    ['Por Navidad, los comercios abrirán hasta las 22.'],
    ['Por eso el Senado votó en contra'],
    ['Por 41 votos a favor y 28 en contra'],
    ['Interviewed by police, the driver said nothing.'],
    ['Interview by interview, the case fell apart.'],
    ['Автор книги Мария Орлова выступит в субботу'],
    ['Автор: неизвестен'],
    ['Author Dana Whitfield will sign copies of her novel on Friday.'],
    ['Author: unknown'],
    ['Authorities said the road would reopen Monday.'],
    ['Analysis by the committee found no fault.'],
    ['Commentary by Friday would be premature, the minister said.'],
    ['Article by article, the treaty was taken apart.'],
  ])('should not read %j', (text) => {
    expect(readByline(line(text))).toBeUndefined();
  });

  it('should read a lower-case handle only when asked to', () => {
    expect(readByline(line('by marta'))).toBeUndefined();
    expect(readByline(line('by marta'), { anyCase: true })?.map((name) => name.text)).toEqual(['marta']);
    expect(readByline(line('by the end of the year'), { anyCase: true })).toBeUndefined();
  });

  it.each([
    ['Posted by tmatt', ['tmatt']],
    ['Submitted by admin', ['admin']],
    ['posted by dave_k', ['dave_k']],
  ])("should read a blog engine's account credit %j with its lower-case handle", (text, names) => {
    expect(readByline(line(text))?.map((name) => name.text)).toEqual(names);
  });

  it.each(['Posted by the river', 'Written by hand', 'By randfish', 'Posted by mistake.'])(
    'should not read %j as a byline without a date',
    (text) => {
      expect(readByline(line(text))).toBeUndefined();
    },
  );

  it('should give spans into the input', () => {
    const input = 'xx\nBy Ana López and Li Wei';
    for (const name of readByline(line('By Ana López and Li Wei', 3)) ?? []) {
      expect(name.span && input.slice(name.span.start, name.span.end)).toBe(name.text);
    }
  });

  it("should leave a writer's handle out of the name", () => {
    const input = 'By ANA LOPEZ (@analopez) and LI WEI (@liwei)';
    const names = readByline(line(input)) ?? [];
    expect(names.map((name) => name.text)).toEqual(['ANA LOPEZ', 'LI WEI']);
    for (const name of names) expect(name.span && input.slice(name.span.start, name.span.end)).toBe(name.text);
  });
});

describe('readByline: the writer’s group after the name', () => {
  it.each([
    ['By Theresa Quill, Parish Outreach Committee', ['Theresa Quill']],
    ['By Jenna Marsh, Harlow PTO Booster Club', ['Jenna Marsh']],
    ['By Ann Lee, Metro Desk', ['Ann Lee']],
    ['By Ann Lee and Bo Roe, Student Council', ['Ann Lee', 'Bo Roe']],
  ])('should read "%s" as the writer alone', (input, names) => {
    expect(readByline(line(input))?.map((name) => name.text)).toEqual(names);
  });

  it('should still read a co-writer whose name holds none of the group words', () => {
    expect(readByline(line('By Ann Lee, Bo Roe'))?.map((name) => name.text)).toEqual(['Ann Lee', 'Bo Roe']);
  });
});

describe('readByline with a think tank writer’s post after the name', () => {
  it.each([
    ['By Tomasz Wrona, Research Fellow for Defence and Military Analysis', ['Tomasz Wrona']],
    ['By Ann Lee and Bo Roe, Senior Fellows, Energy and Climate Program', ['Ann Lee', 'Bo Roe']],
    ['By Ann Lee, Economist, Trade and Investment', ['Ann Lee']],
  ])('should read %j as the writers only', (text, names) => {
    expect(readByline(line(text))?.map((name) => name.text)).toEqual(names);
  });

  it('should still read co-writers listed one by one', () => {
    expect(readByline(line('By Ann Lee, Bo Roe and Cy Diaz'))?.map((name) => name.text)).toEqual([
      'Ann Lee',
      'Bo Roe',
      'Cy Diaz',
    ]);
  });
});

describe('readByline with a picture credit after the writer', () => {
  it.each([
    ['Words by Hollis Granger · Photography by Annika Rees', ['Hollis Granger']],
    ['Story by Ann Lee, photos by Bo Roe', ['Ann Lee']],
    ['By Ann Lee | Illustrations by Bo Roe', ['Ann Lee']],
    ['By Ann Lee and Jo Park; graphics by Bo Roe', ['Ann Lee', 'Jo Park']],
    ['By Kieran Dunmore and photographer Ella Tighe', ['Kieran Dunmore']],
    ['By Ann Lee and photographers Bo Roe and Cy Diaz', ['Ann Lee']],
    ['By Ann Lee with illustrator Bo Roe', ['Ann Lee']],
    ['By Ann Lee and Bo Roe', ['Ann Lee', 'Bo Roe']],
  ])('should read %s as its writers only', (text, names) => {
    expect(readByline(line(text))?.map((name) => name.text)).toEqual(names);
  });

  it.each([
    'Photography by Annika Rees',
    'By the photos by the river we waited for the boats to come in.',
    'By noon the mayor and photographer Bo Roe had left the pier.',
  ])('should read no writer in %s', (text) => {
    expect(readByline(line(text))).toBeUndefined();
  });
});

describe('isPictureCredit', () => {
  it.each(['Photography by Annika Rees', 'Photos by Bo Roe', 'Illustration by Jo Park'])('should read %s', (text) => {
    expect(isPictureCredit(text)).toBe(true);
  });

  it.each(['By Ann Lee', 'Photos of the river', 'Photos by the river were taken at dawn and sold in town.'])(
    'should not read %s',
    (text) => {
      expect(isPictureCredit(text)).toBe(false);
    },
  );
});
