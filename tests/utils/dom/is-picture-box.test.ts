import { describe, expect, it } from 'vitest';
import { isPictureBox } from '../../../utils/dom/is-picture-box';
import { elementOf } from './element-of';

const IMG = '<img src="a.jpg" alt="">';

describe('isPictureBox', () => {
  describe('a picture with its caption in plain blocks', () => {
    it.each([
      [
        'a picture with caption and credit in plain blocks',
        '<div class="css-a1"><img src="a.jpg" alt=""><div class="css-b2">Ann Lee speaks at the harbour on Monday.</div><div>Bo Roe | Getty Images</div></div>',
      ],
      [
        'a picture with its credit',
        '<div><picture><img src="a.jpg"></picture><span>Photo: Harbour Ledger</span></div>',
      ],
      [
        'a gallery slide',
        '<div><img src="g1.jpg" alt=""><div>An artist’s impression of the comet. Harbour Observatory</div><div>1 of 4</div></div>',
      ],
      [
        "a caption whose credit is named as the picture's author",
        '<div class="article-image"><img src="a.jpg" alt=""><div class="image-description">Паркирани коли в центъра<span class="image-author">Снимка: Ана Петрова</span></div></div>',
      ],
    ])('should find %s', (_case, html) => {
      expect(isPictureBox(elementOf(html))).toBe(true);
    });

    it.each([
      [
        'a list item with its heading and photo',
        '<div><h2>1. Open the curtains.</h2><img src="a.jpg"><p>Daylight is the strongest signal your body clock gets.</p></div>',
      ],
      ['a paragraph beside a picture', '<div><img src="a.jpg"><p>We painted the kitchen yellow this week.</p></div>'],
      ['a block of text without a picture', '<div>Ann Lee speaks at the harbour on Monday.</div>'],
      ['a picture alone', '<div><img src="a.jpg" alt="Harbour"></div>'],
      [
        'a blog post written straight into its box',
        '<div><div><a href="a.jpg"><img src="a.jpg"></a></div> I found a giant puffball this morning.<br><br>That is cool!</div>',
      ],
      [
        "an author's photo with the byline",
        '<div><img src="ann.jpg"><a href="/author/ann-lee" class="css-x">Ann Lee</a><div><time datetime="2026-11-28">Nov 28, 2026</time></div></div>',
      ],
      [
        "an author's photo with a byline no markup names",
        '<div><img src="ann.jpg"><div><span>By <a href="/author/ann-lee">Ann Lee</a></span><div>Published November 25, 2026</div></div></div>',
      ],
      [
        'a step of a how-to set in spans',
        '<span><a href="s.jpg"><img src="s.jpg"></a><span>4. Next, right-click Properties for the connection you wish to share.</span></span>',
      ],
      ['a paragraph holding a picture', '<p><img src="a.jpg"> The wall, as it stood in 1850.</p>'],
      [
        'a long block beside a picture',
        `<div><img src="a.jpg"><div>${'The wall stood for a century. '.repeat(15)}</div></div>`,
      ],
    ])('should keep %s', (_case, html) => {
      expect(isPictureBox(elementOf(html))).toBe(false);
    });
  });

  describe('a picture whose caption ends on its credit', () => {
    it.each([
      [
        'a layout table with the caption in the row under the picture',
        `<table><tbody><tr><td>${IMG}</td></tr><tr><td>Cranes stand at the port on Nov. 20. (Harbour Agency)</td></tr></tbody></table>`,
      ],
      [
        'a div with the picture and a paragraph ending on a credit line',
        `<div>${IMG}<p>A train leaves the station on Thursday.<br>Photo: Harbour Agency</p></div>`,
      ],
      [
        'a layout table with a caption in square brackets',
        `<table><tr><td><a href="/p">${IMG}</a></td></tr><tr><td>A pharmacist arranges medicine on Thursday. [HARBOUR]</td></tr></table>`,
      ],
      [
        'a div with the caption beside the picture’s wrapper, ending on an agency in square brackets',
        `<div><div>${IMG}</div><span>A pharmacist arranges medicine on Thursday. [HARBOUR NEWS]</span></div>`,
      ],
      [
        'a caption ending on a photographer credit',
        `<div>${IMG}<p>Workers inspect boards at a plant. Photo by Ann Lee</p></div>`,
      ],
      [
        'a caption ending on a credit labelled with the paper’s name',
        `<div>${IMG}<p>A worker inspects a chamber on Friday. Post Photo: Ann Lee</p></div>`,
      ],
      [
        'a chart with its caption ending on its source and maker',
        `<div>${IMG}<p>Monthly rainfall, 2026, millimetres. Source: Harbour Met Office. Chart by The Ledger.</p></div>`,
      ],
      [
        'a chart with its caption ending on its source',
        `<div>${IMG}<p>Ferry passengers by year. Data: Harbour Agency</p></div>`,
      ],
      [
        'a caption ending on a Cyrillic photo label',
        `<div>${IMG}<p>Элеватор на юге страны. Фото: Анна Смирнова</p></div>`,
      ],
      [
        'a caption ending on a Bulgarian photo label',
        `<div>${IMG}<p>Паркирани коли в центъра. Снимка: Ана Петрова</p></div>`,
      ],
      [
        'a German caption ending on its "Bild:" credit in an element of its own',
        `<div class="absatzbild"><div>${IMG}</div><div><p>Helfer sichern einen Deich an der Oder.</p><span>Bild: dpa</span></div></div>`,
      ],
      [
        'a caption ending on a "Foto:" label',
        `<div>${IMG}<p>Vrijwilligers vullen zandzakken in Venlo. Foto: Anna de Vries</p></div>`,
      ],
      [
        'a layout table cell with the picture and, under a line break, its credited caption in a font tag',
        `<table align="right"><tr><td>${IMG}<br><font size="1"><i>The tower was built in 1958. (Courier photo by Ann Lee)</i></font></td></tr></table>`,
      ],
    ])('should find %s', (_case, html) => {
      expect(isPictureBox(elementOf(html))).toBe(true);
    });

    it.each([
      [
        'a paragraph with the picture inside its text',
        `<div><p>${IMG}The council met on Monday. (It had not met since May.)</p></div>`,
      ],
      [
        'a layout table cell with the picture beside text of its own (a story line, not a caption)',
        `<table><tr><td>${IMG}The council met on Monday. (It had not met since May.)</td></tr></table>`,
      ],
      [
        'a div whose caption ends on a credit in brackets (kept as the caption’s last words on 2012 pages)',
        `<div>${IMG}<p>A train leaves the station on Thursday. (Harbour Agency Photo by Ann Lee)</p></div>`,
      ],
      [
        'a div whose caption ends on a note in square brackets',
        `<div>${IMG}<p>Figure 1. The new backup screen. [click to enlarge]</p></div>`,
      ],
      [
        'a German paragraph beside a picture that only speaks of a picture mid-sentence',
        `<div>${IMG}<p>Das Bild: ein Deich, der im Juli fast brach, und Helfer, die tagelang Sandsäcke stapelten.</p></div>`,
      ],
      ['a caption with no credit', `<div>${IMG}<p>A train leaves the station on Thursday.</p></div>`],
      [
        'a caption whose last sentence only mentions a photo',
        `<div>${IMG}<p>A train leaves the station on Thursday. The first photo: a blur</p></div>`,
      ],
      [
        'a paragraph beside a picture that says where a figure comes from mid-sentence',
        `<div>${IMG}<p>The data: ferry use doubled since May, and the office says more boats are coming this summer.</p></div>`,
      ],
      [
        'a box holding two pictures',
        `<div>${IMG}${IMG}<p>Trains leave the station on Thursday. (Harbour Agency)</p></div>`,
      ],
      [
        'a box with story text past a caption’s length',
        `<div>${IMG}<p>${'The council approved the budget on Monday after a long debate. '.repeat(6)}(Harbour Agency)</p></div>`,
      ],
      ['a box with a list beside the picture', `<div>${IMG}<ul><li>Photo: Harbour Agency</li></ul></div>`],
      [
        'a dek beside a thumbnail with its credit',
        `<div><div><p>The app has hit 100 million downloads. The maker still gives no totals.</p></div><div>${IMG}<span>photo: Harbour Agency</span></div></div>`,
      ],
      ['a paragraph', `<p>${IMG}<span>A train leaves the station. (Harbour Agency)</span></p>`],
    ])('should keep %s', (_case, html) => {
      expect(isPictureBox(elementOf(html))).toBe(false);
    });
  });
});

describe('isPictureBox with a caption ending on a Perso-Arabic photo label', () => {
  it.each([
    [
      'Urdu, after the Urdu full stop',
      `<div>${IMG}<p>فضائی آلودگی کے باعث شہر میں حد نگاہ کم ہو گئی۔ فوٹو: فائل</p></div>`,
    ],
    ['Persian', `<div>${IMG}<p>بازار غله‌فروشی در شهر هرات. عکس: اطلاعات روز</p></div>`],
    ['Kurdish', `<div>${IMG}<p>کارکردن لە پڕۆژەی ئاو. وێنە: ڕووداو</p></div>`],
  ])('should find the box (%s)', (_case, html) => {
    expect(isPictureBox(elementOf(html))).toBe(true);
  });

  it('should not find a paragraph of the story that mentions a photo', () => {
    const html = `<div>${IMG}<p>وزیر گفت عکس‌های منتشرشده از این حادثه جعلی است و پلیس در حال بررسی آن‌ها است و نتیجه را اعلام می‌کند.</p></div>`;
    expect(isPictureBox(elementOf(html))).toBe(false);
  });
});

describe('isPictureBox with a caption ending on an agency’s "AGENCY/Name" credit', () => {
  it.each([
    [
      'a hyphenated agency',
      `<div>${IMG}<div><p>A worker checks olive trees on Oct 3, 2019. HARBOUR-EPA/Ann Lee</p></div></div>`,
    ],
    ['an agency and a file note', `<div>${IMG}<p>Cranes stand at the port. HARBOUR/Ann Lee/File Photo</p></div>`],
    [
      'an agency photo label in capitals',
      `<div>${IMG}<span>Fans wait outside the stadium. HNA PHOTO / ANN LEE</span></div>`,
    ],
  ])('should find the box (%s)', (_case, html) => {
    expect(isPictureBox(elementOf(html))).toBe(true);
  });

  it.each([
    ['a sentence with a slash in it', `<div>${IMG}<p>Exports rose 4 percent. The won/dollar rate held.</p></div>`],
    ['a ratio after a sentence', `<div>${IMG}<p>The team won again. HOME/AWAY record: 9-2.</p></div>`],
    ['a paragraph holding the picture', `<p>${IMG}Cranes stand at the port. HARBOUR/Ann Lee</p>`],
  ])('should keep %s', (_case, html) => {
    expect(isPictureBox(elementOf(html))).toBe(false);
  });
});
