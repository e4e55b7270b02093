import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isCaptionParagraph } from '../../../utils/dom/is-caption-paragraph';

/** The second paragraph of `html`, read as a page's body. */
function secondParagraph(html: string): Element {
  const doc = parseHTML(`<html><body><div>${html}</div></body></html>`).document as unknown as Document;
  const element = doc.querySelectorAll('p')[1];
  if (!element) throw new Error('no second paragraph');
  return element;
}

const PICTURE = '<p style="text-align: center;"><img src="a.jpg" alt=""></p>';

describe('isCaptionParagraph', () => {
  it.each([
    [
      'an italic caption with its photo credit after the picture',
      `${PICTURE}<p style="text-align: center;"><em>Council chiefs at the meeting on Wednesday. (Photo: Lagoon Star/Ann Lee)</em></p>`,
    ],
    ['a caption in <i> with "Picture by"', `${PICTURE}<p><i>The mill at dawn. (Picture by Bo Roe)</i></p>`],
    [
      'a line opening on the Korean caption mark, in a small span',
      `${PICTURE}<p style="text-align:center;"><span style="font-size:9pt;">▲ The Global Lounge will stay open all night from December 7.</span></p>`,
    ],
    ['a Korean caption opening on the mark', `${PICTURE}<p>▲ 18일 서울 중구 시청 앞 광장에서 시민들이 걷고 있다.</p>`],
  ])('should find %s', (_case, html) => {
    expect(isCaptionParagraph(secondParagraph(html))).toBe(true);
  });

  it.each([
    [
      'an italic line with a credit but no picture before it',
      '<p>The minister spoke on Monday.</p><p><em>Readers sent us their harbour pictures. (Photo: Ann Lee)</em></p>',
    ],
    [
      'a line opening on the caption mark with no picture before it',
      '<p>The lounge opens on Monday.</p><p>▲ Free coffee from 10 p.m. to 2 a.m. on weekdays</p>',
    ],
    [
      'a story line after a picture that uses the mark inside it',
      `${PICTURE}<p>Prices rose sharply (▲ 4.2 percent) in the third quarter, the bank said.</p>`,
    ],
    [
      'an italic caption-like line without a credit',
      `${PICTURE}<p><em>Council chiefs at the meeting on Wednesday.</em></p>`,
    ],
    [
      'a story paragraph after a picture, only partly in italics',
      `${PICTURE}<p>The chiefs met on Wednesday, <em>the paper reported</em> (Photo: Ann Lee)</p>`,
    ],
    [
      'a long italic paragraph after a picture',
      `${PICTURE}<p><em>${'The council heard from every village on the coast about the walls. '.repeat(6)}(Photo: Ann Lee)</em></p>`,
    ],
  ])('should not find %s', (_case, html) => {
    expect(isCaptionParagraph(secondParagraph(html))).toBe(false);
  });
});

describe('isCaptionParagraph in page-builder modules', () => {
  const IMAGE_MODULE =
    '<div class="et_pb_module et_pb_image"><span class="et_pb_image_wrap"><img src="a.jpg" alt=""></span></div>';
  const textModule = (inner: string): string =>
    `<div class="et_pb_module et_pb_text"><div class="et_pb_text_inner">${inner}</div></div>`;
  /** The first paragraph of `html`. */
  const paragraphOf = (html: string): Element => {
    const doc = parseHTML(`<html><body><div>${html}</div></body></html>`).document as unknown as Document;
    const element = doc.querySelector('p');
    if (!element) throw new Error('no paragraph');
    return element;
  };

  it('should find an italic caption with a closing "Photo courtesy of" sentence in a text module after the picture', () => {
    const html = `${IMAGE_MODULE}${textModule('<p><em>Blossoms two days after the freeze. Photo courtesy of Sam Hollins.</em></p>')}`;
    expect(isCaptionParagraph(paragraphOf(html))).toBe(true);
  });

  it('should find an italic "Photo by" caption after the picture paragraph', () => {
    expect(isCaptionParagraph(secondParagraph(`${PICTURE}<p><em>The mill at dawn. Photo by Bo Roe.</em></p>`))).toBe(
      true,
    );
  });

  it.each([
    [
      'the first of two paragraphs in the module',
      `${IMAGE_MODULE}${textModule('<p><em>Blossoms after the freeze. Photo by Sam Hollins.</em></p><p>More text.</p>')}`,
    ],
    [
      'an italic sentence about a photographer, not a credit',
      `${IMAGE_MODULE}${textModule('<p><em>The exhibition shows a photo by Sam Hollins of the old mill at dawn in winter</em></p>')}`,
    ],
    [
      'a caption-shaped line with no picture before its module',
      `<div class="et_pb_text"><p>Story.</p></div>${textModule('<p><em>The mill. Photo by Bo Roe.</em></p>')}`,
    ],
  ])('should not find %s', (_case, html) => {
    expect(isCaptionParagraph(paragraphOf(html))).toBe(false);
  });
});

describe('isCaptionParagraph with the credit as the last sentence (a pasted Word file)', () => {
  it.each([
    [
      'a Word caption closing on "Photo by …"',
      `${PICTURE}<p class="MsoNormal"><i><span style="font-size:9.0pt">The Elm Hill water tower, built in 1962. Photo by Water Department.<o:p></o:p></span></i></p>`,
    ],
    [
      'a caption closing on "Photo courtesy of …"',
      `${PICTURE}<p><em>The club's founders in 1951. Photo courtesy of the club</em></p>`,
    ],
  ])('should find %s', (_case, html) => {
    expect(isCaptionParagraph(secondParagraph(html))).toBe(true);
  });

  it.each([
    [
      'an italic story line about a photographer',
      `${PICTURE}<p><em>The exhibition opens Friday with works by Ann Lee and Bo Roe.</em></p>`,
    ],
    [
      'an italic line with the credit sentence but no picture before it',
      '<p>The board met.</p><p><em>The tower was built in 1962. Photo by Water Department.</em></p>',
    ],
    [
      'a story paragraph after a picture closing on "Photo by …", not in italics',
      `${PICTURE}<p>The tower was built in 1962. Photo by Water Department.</p>`,
    ],
  ])('should not find %s', (_case, html) => {
    expect(isCaptionParagraph(secondParagraph(html))).toBe(false);
  });
});

describe('isCaptionParagraph with a closing labelled credit and div paragraphs', () => {
  /** The second child of the body's wrapper, read as a page's body. */
  function secondBlock(html: string): Element {
    const doc = parseHTML(`<html><body><div id="body">${html}</div></body></html>`).document as unknown as Document;
    const element = doc.querySelector('#body')?.children[1];
    if (!element) throw new Error('no second block');
    return element;
  }
  const DIV_PICTURE = '<div style="text-align: center;"><img src="a.jpg" alt="" /></div>';

  it.each([
    [
      'a Quill caption closing on "Foto: …"',
      `${PICTURE}<p class="ql-align-center"><em>El intendente durante la firma del convenio. Foto: Prensa Municipal</em></p>`,
    ],
    [
      'a CKEditor 4 div caption in a size span, closing on "Fot. …"',
      `${DIV_PICTURE}<div style="text-align: center;"><span style="font-size:11px;"><em>Pęknięcia widać od strony nurtu. Fot. Marek Jóźwiak</em></span></div>`,
    ],
    ['a caption closing on "Photo: …"', `${PICTURE}<p><i>The quay on Friday. Photo: Ann Lee/AP</i></p>`],
  ])('should find %s', (_case, html) => {
    expect(isCaptionParagraph(secondBlock(html))).toBe(true);
  });

  it.each([
    [
      'an italic div paragraph quoting a photographer, no credit label',
      `${DIV_PICTURE}<div><em>Zdjęcia wykonał nasz czytelnik z Wrześni.</em></div>`,
    ],
    [
      'a div holding blocks of its own after a picture',
      `${DIV_PICTURE}<div><p><em>The quay on Friday. Foto: Ann Lee</em></p></div>`,
    ],
    [
      'an italic "Foto:" line with no picture before it',
      '<div>Radni przyjęli budżet.</div><div><em>Głosowanie w sali sesyjnej. Fot. Marek Jóźwiak</em></div>',
    ],
    [
      'a story div after a picture closing on "Foto: …", not in italics',
      `${DIV_PICTURE}<div>Die Feuerwehr war mit drei Wagen vor Ort. Foto: Polizei Lindau</div>`,
    ],
  ])('should not find %s', (_case, html) => {
    expect(isCaptionParagraph(secondBlock(html))).toBe(false);
  });
});

describe('isCaptionParagraph under a bare picture, not in italics', () => {
  /** The last `<p>` of `html`. */
  const paragraph = (html: string): Element => {
    const doc = parseHTML(`<html><body><div>${html}</div></body></html>`).document as unknown as Document;
    const element = [...doc.querySelectorAll('p')].pop();
    if (!element) throw new Error('no paragraph');
    return element;
  };

  it('should find a caption closing on a bracketed credit right under an <img>', () => {
    expect(
      isCaptionParagraph(
        paragraph('<img src="a.jpg" alt=""><p>Workers at the banking camp on Thursday. (Photo: BH)</p>'),
      ),
    ).toBe(true);
  });

  it.each([
    [
      'a paragraph under an <img> without a credit',
      '<img src="a.jpg" alt=""><p>The camp ran for three weeks; the photo shows its last day.</p>',
    ],
    [
      'a paragraph with the credit under a picture paragraph',
      `${PICTURE}<p>The camp ran for three weeks. (Photo: BH)</p>`,
    ],
    ['a paragraph with the credit and no picture', '<h2>Camp</h2><p>The camp ran for three weeks. (Photo: BH)</p>'],
  ])('should not find %s', (_case, html) => {
    expect(isCaptionParagraph(paragraph(html))).toBe(false);
  });
});

describe('isCaptionParagraph in a site builder’s text box under the picture’s box', () => {
  /** A builder's box: a picture or a text in wrappers of their own (Wix, Duda, Google Sites). */
  const box = (inner: string): string => `<div class="box"><div class="inner">${inner}</div></div>`;
  const PICTURE_BOX = box('<img src="pool.jpg" alt="">');

  it.each([
    [
      'a caption in a span set in italics by its style, closing on "Photo: …"',
      `${PICTURE_BOX}${box('<p><span style="font-style:italic;">The pool drew 9,400 visits last summer. Photo: Gazette file</span></p>')}`,
    ],
    [
      'a caption closing on the paper’s bracketed credit',
      `${PICTURE_BOX}${box('<p><span style="display:initial;font-style: italic;">The bridge from the Orrick side. (Courier photo by Lena Ostrowski)</span></p>')}`,
    ],
    [
      'an agency’s "(AP Photo/…)" credit in italics',
      `${PICTURE_BOX}${box('<p><em>Fans wait at the gate on Sunday. (AP Photo/Julio Marsh)</em></p>')}`,
    ],
    [
      'a caption in plain type right after the picture, closing on "Photo: …"',
      '<div><img src="heron.jpg" alt=""><p class="small">The Heron ran every crossing alone. Photo: Mats Sund for Northfold</p></div>',
    ],
  ])('should find %s', (_case, html) => {
    const doc = parseHTML(`<html><body><div>${html}</div></body></html>`).document as unknown as Document;
    const paragraph = doc.querySelector('p');
    if (!paragraph) throw new Error('no paragraph');
    expect(isCaptionParagraph(paragraph)).toBe(true);
  });

  it.each([
    [
      'a story paragraph in plain type after a picture that ends on "Photo by …" with no colon',
      '<div><img src="heron.jpg" alt=""><p>The ferry left at ten. Photo by Mats Sund</p></div>',
    ],
    [
      'a paragraph in a span set in bold, not italics, with a bracketed credit',
      `${PICTURE_BOX}${box('<p><span style="font-weight:bold;">The bridge. (Courier photo by Lena Ostrowski)</span></p>')}`,
    ],
    [
      'a plain paragraph closing on "Photo: …" with no picture before it',
      '<div><p>The ferry left at ten.</p><p>Readers sent pictures of the ramp. Photo: Mats Sund</p></div>',
    ],
    [
      'a story paragraph in italics after a picture whose brackets hold no credit',
      `${PICTURE_BOX}${box('<p><span style="font-style:italic;">The vote was 4-3 (two members were away).</span></p>')}`,
    ],
  ])('should not find %s', (_case, html) => {
    const doc = parseHTML(`<html><body><div>${html}</div></body></html>`).document as unknown as Document;
    const paragraph = [...doc.querySelectorAll('p')].pop();
    if (!paragraph) throw new Error('no paragraph');
    expect(isCaptionParagraph(paragraph)).toBe(false);
  });
});

describe('isCaptionParagraph on a Google Docs page (italics set by a generated class)', () => {
  const STYLE = '<style>.c1{font-style:normal}.c9{font-size:9pt;font-style:italic}</style>';
  const DOC_PICTURE =
    '<p class="c3"><span style="overflow: hidden; display: inline-block;"><img src="a.png" alt=""></span></p>';
  const second = (html: string): Element => {
    const doc = parseHTML(`<html><head>${STYLE}</head><body><div>${html}</div></body></html>`)
      .document as unknown as Document;
    const element = doc.querySelectorAll('p')[1];
    if (!element) throw new Error('no second paragraph');
    return element;
  };

  it('should find the italic-class caption after the picture', () => {
    expect(
      isCaptionParagraph(
        second(
          `${DOC_PICTURE}<p class="c7"><span class="c9">Dishes on the ridge road. (Photo by Ann Lee / Free Press)</span></p>`,
        ),
      ),
    ).toBe(true);
  });

  it.each([
    [
      'a plain-class paragraph',
      `${DOC_PICTURE}<p class="c3"><span class="c1">Dishes on the ridge road. (Photo by Ann Lee)</span></p>`,
    ],
    [
      'an italic-class line with no picture before it',
      `<p class="c3"><span class="c1">Text.</span></p><p class="c7"><span class="c9">Readers sent photos. (Photo by Ann Lee)</span></p>`,
    ],
  ])('should not find %s', (_case, html) => {
    expect(isCaptionParagraph(second(html))).toBe(false);
  });
});

describe('isCaptionParagraph on a Markdown caption without a credit', () => {
  const chart =
    '<p><img src="chart.png" alt="Chart of weekly median CI duration, falling from 41 to 19 minutes between March and October"></p>';

  it('should find an italic line under the picture that echoes its alt text', () => {
    expect(
      isCaptionParagraph(
        secondParagraph(`${chart}<p><em>Median CI duration per week, March to October 2026.</em></p>`),
      ),
    ).toBe(true);
  });

  it.each([
    [
      'an italic editor’s note under the picture',
      `${chart}<p><em>This post was first given as a talk at a build tools meetup in Lisbon.</em></p>`,
    ],
    ['an italic line under a picture without alt text', `${PICTURE}<p><em>Median CI duration per week.</em></p>`],
    [
      'a line in roman type that echoes the alt text',
      `${chart}<p>Median CI duration per week fell from March to October.</p>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isCaptionParagraph(secondParagraph(html))).toBe(false);
  });
});

describe('isCaptionParagraph: a closing "Courtesy of" credit under a picture', () => {
  const BOX_PICTURE = '<span class="x-image"><img src="vault.jpg" alt=""></span>';
  const paragraphAfterBox = (text: string): Element => {
    const doc = parseHTML(`<html><body><div>${BOX_PICTURE}<div class="x-text"><p>${text}</p></div></div></body></html>`)
      .document as unknown as Document;
    const element = doc.querySelector('p');
    if (!element) throw new Error('no paragraph');
    return element as unknown as Element;
  };

  it.each([
    'The vault door will stay in place when the room becomes a gallery. Courtesy of Castell Architects',
    'The mill in 1952. Courtesy Hollis Family Archive.',
  ])('should find the caption "%s" in any type', (text) => {
    expect(isCaptionParagraph(paragraphAfterBox(text))).toBe(true);
  });

  it.each([
    'Courtesy of the owners, the vault will stay open to visitors on weekends and on the first Friday of every month.',
    'The door was a gift, courtesy of the bank, which left it behind when it closed the branch in 2023.',
  ])('should keep the story’s sentence "%s"', (text) => {
    expect(isCaptionParagraph(paragraphAfterBox(text))).toBe(false);
  });
});

describe('isCaptionParagraph with a numbered figure label (press releases)', () => {
  it.each([
    [
      '"Figure 1:"',
      `${PICTURE}<p align="center">Figure 1: The modular treatment unit at the Town of Marwick, Alberta</p>`,
    ],
    ['"Fig. 2 –"', `${PICTURE}<p>Fig. 2 – Drill hole locations at the Lark Zone</p>`],
    ['"Photo 3."', `${PICTURE}<p>Photo 3. The new line at the Fort Wayne depot</p>`],
  ])('should find a %s caption under the picture', (_case, html) => {
    expect(isCaptionParagraph(secondParagraph(html))).toBe(true);
  });

  it.each([
    ['a sentence about a figure', `${PICTURE}<p>Figure 1 shows how revenue grew over the last four quarters.</p>`],
    ['a figure label without a picture above it', `<p>Revenue grew.</p><p>Figure 1: Revenue by quarter</p>`],
    ['a paragraph starting with a photo count', `${PICTURE}<p>Photo booths were set up at 12 stations.</p>`],
  ])('should keep %s', (_case, html) => {
    expect(isCaptionParagraph(secondParagraph(html))).toBe(false);
  });
});

describe('isCaptionParagraph, under a bare image whose alt text it repeats', () => {
  const STORY = '<p>El mercado abrió en 1961.</p>';

  it('should find a lead photo’s caption in any type', () => {
    expect(
      isCaptionParagraph(
        secondParagraph(
          `${STORY}<img src="a.jpg" alt="Puestos del Mercado de San Fermín, en Lavapiés. - EFE"><p class="media-footer">Puestos del Mercado de San Fermín, en Lavapiés. <span class="author">EFE / Javier Lizón</span></p>`,
        ),
      ),
    ).toBe(true);
  });

  it.each([
    [
      'a story paragraph under the picture',
      `${STORY}<img src="a.jpg" alt="Puestos del Mercado de San Fermín"><p>El Ayuntamiento de Madrid ha decidido aplazar al menos seis meses la venta del edificio que ocupa el mercado, en el barrio de Lavapiés.</p>`,
    ],
    [
      'a paragraph under an image without alt text',
      `${STORY}<img src="a.jpg" alt=""><p>Puestos del Mercado de San Fermín, en Lavapiés.</p>`,
    ],
  ])('should not find %s', (_, html) => {
    expect(isCaptionParagraph(secondParagraph(html))).toBe(false);
  });
});

describe('isCaptionParagraph, under a media module box with a file name for screen readers', () => {
  const STORY = '<p>The grants range from $2,500 for a children’s choir to $25,000 for a theatre company.</p>';
  const MEDIA_BOX =
    '<div class="media media-element-container media-default"><div class="file file-image"><h2 class="element-invisible"><a href="/file/rehearsal-jpg">rehearsal.jpg</a></h2><div class="content"><img src="rehearsal.jpg" alt=""></div></div></div>';

  it('should find the italic caption with its credit', () => {
    expect(
      isCaptionParagraph(
        secondParagraph(
          `${STORY}${MEDIA_BOX}<p><em>Members of the company rehearse for the spring season. (Photo: Westfold Arts Council)</em></p>`,
        ),
      ),
    ).toBe(true);
  });

  it.each([
    [
      'an italic line under a box whose visible text is a caption of its own',
      `${STORY}<div class="media"><img src="a.jpg" alt=""><p class="caption">The company on stage.</p></div><p><em>Members of the company rehearse for the spring season. (Photo: Westfold Arts Council)</em></p>`,
    ],
    [
      'a story paragraph under the media box',
      `${STORY}${MEDIA_BOX}<p>The increase was made possible by a three-year pledge from a family foundation and a rise in the county’s own contribution.</p>`,
    ],
  ])('should not find %s', (_, html) => {
    expect(isCaptionParagraph(secondParagraph(html))).toBe(false);
  });
});

describe('isCaptionParagraph in a story set as <br>-split text runs', () => {
  /** The last `<center>` of `html`, read inside the story's block. */
  function lastCenter(html: string): Element {
    const doc = parseHTML(`<html><body><div id="body">${html}</div></body></html>`).document as unknown as Document;
    const element = [...doc.querySelectorAll('#body > center')].pop();
    if (!element) throw new Error('no center');
    return element;
  }
  const CENTERED_PICTURE = '<center><img src="a.jpg" alt=""></center>';

  it.each([
    [
      'a centred caption closing on a "Photo:" credit, a break after the picture',
      `Residents sort waste on Monday.<br><br>${CENTERED_PICTURE}<br><center>A smart bin weighs a bag of waste. Photo: VCG</center>`,
    ],
    [
      'a centred caption two breaks after the picture',
      `${CENTERED_PICTURE}<br><br><center>Volunteers at a collection point. Photo: Lin Qiaoyu/GC</center>`,
    ],
  ])('should find %s', (_case, html) => {
    expect(isCaptionParagraph(lastCenter(html))).toBe(true);
  });

  it.each([
    [
      'a centred line after a picture with a story run between them',
      `${CENTERED_PICTURE}<br>The bins were full by eight.<br><center>A smart bin weighs a bag of waste. Photo: VCG</center>`,
    ],
    [
      'a centred line with a credit but no picture before it',
      `The bins were full by eight.<br><br><center>Readers sent their pictures of the queue. Photo: Ann Lee</center>`,
    ],
    [
      'a centred line after a picture without a credit',
      `${CENTERED_PICTURE}<br><center>Not all residents welcomed the change.</center>`,
    ],
    [
      'a centred caption after more breaks than an editor leaves',
      `${CENTERED_PICTURE}<br><br><br><center>A smart bin weighs a bag of waste. Photo: VCG</center>`,
    ],
  ])('should not find %s', (_case, html) => {
    expect(isCaptionParagraph(lastCenter(html))).toBe(false);
  });
});

describe('isCaptionParagraph: an italic line under a picture among <br>-split runs', () => {
  const STORY = 'Anglers will be allowed to keep four walleye a day instead of six starting May 1.';
  /** The first `<i>` of a post written as text runs split by line breaks. */
  function italicLine(html: string): Element {
    const doc = parseHTML(`<html><body><div id="post">${html}</div></body></html>`).document as unknown as Document;
    const element = doc.querySelector('i');
    if (!element) throw new Error('no <i>');
    return element;
  }

  it.each([
    [
      'a vBulletin news post: the picture, a <br>, the italic line closing on "Photo by …"',
      `<img src="/walleye.jpg" alt=""><br />\n<i>A walleye caught off Pike Point last May. Photo by forum member jigmaster.</i><br />\n<br />\n${STORY}`,
    ],
    [
      'a linked picture and a bracketed credit, the line closing the run',
      `${STORY}<br /><br /><a href="/big.jpg"><img src="/small.jpg" alt=""></a><br /><i>The dam at dusk. (Photo: Ann Lee)</i>`,
    ],
  ])('should find %s', (_case, html) => {
    expect(isCaptionParagraph(italicLine(html))).toBe(true);
  });

  it.each([
    [
      'an italic line with no credit (an editor’s note under the picture)',
      `<img src="/walleye.jpg" alt=""><br /><i>Editor’s note: this story was updated on Thursday.</i><br /><br />${STORY}`,
    ],
    [
      'italics opening a run that goes on in roman type',
      `<img src="/walleye.jpg" alt=""><br /><i>Photo by Ann Lee.</i> The walleye limit changes on May 1.<br /><br />${STORY}`,
    ],
    [
      'a credit-shaped italic line after story text, not under the picture',
      `<img src="/walleye.jpg" alt=""><br />${STORY}<br /><i>Photo by Ann Lee.</i><br />`,
    ],
    [
      'an italic line beside the picture on the same line',
      `<img src="/walleye.jpg" alt=""><i>A walleye. Photo by Ann Lee.</i><br />${STORY}`,
    ],
  ])('should leave %s', (_case, html) => {
    expect(isCaptionParagraph(italicLine(html))).toBe(false);
  });
});
