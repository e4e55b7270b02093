import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleLines as headedArticleLines } from './article-lines';
import { extractArticle } from '../../../utils/dom/extract-article';
import { TextBuilder } from '../../../utils/dom/text-builder';
import { fixtureHtml, loadFixture } from './load-fixture';

/** The library fixture with extra furniture put inside its article body, where Readability tends to keep it. */
function withFurniture(furniture: string): Document {
  const html = fixtureHtml('dom-no-comments').replace(
    '<div class="article-body">',
    `<div class="article-body">${furniture}`,
  );
  return parseHTML(html).document as unknown as Document;
}

function articleLines(doc: Document): string[] {
  const builder = new TextBuilder();
  extractArticle(doc, builder);
  return builder
    .toString()
    .split('\n')
    .filter((line) => line.length > 0);
}

describe('extractArticle', () => {
  it.each([
    [
      'a related-stories list',
      '<ul class="related-stories"><li><a href="/a">Bridge repairs start in May</a></li></ul>',
      'Bridge repairs start in May',
    ],
    ['a share bar', '<div class="share-bar"><span>Share on the town forum</span></div>', 'Share on the town forum'],
    [
      'a figure caption',
      '<figure><img src="a.jpg"><figcaption>Volunteers carry boxes inside</figcaption></figure>',
      'Volunteers carry boxes inside',
    ],
    ['a tag line', '<p>Tags: library, flood, council</p>', 'Tags: library, flood, council'],
  ])('should leave out %s', (_label, furniture, line) => {
    const lines = articleLines(withFurniture(furniture));
    expect(lines).not.toContain(line);
    expect(lines).toContain(
      "The rebuild cost 4.2 million euros, most of it covered by the town's insurance and a regional heritage grant, according to figures published by the council last month.",
    );
  });

  it('should keep a line made of links (link round-up posts are articles too)', () => {
    const lines = articleLines(withFurniture('<p><a href="/x">Weather</a> | <a href="/y">Traffic cameras</a></p>'));
    expect(lines).toContain('Weather | Traffic cameras');
  });

  it('should keep a paragraph with a link in it', () => {
    const paragraph =
      'Residents can read the <a href="/report">council report</a> on the rebuild at the front desk of the new building.';
    const lines = articleLines(withFurniture(`<p>${paragraph}</p>`));
    expect(lines).toContain(
      'Residents can read the council report on the rebuild at the front desk of the new building.',
    );
  });

  it("should still give the text of a page below Readability's length threshold", () => {
    const doc = parseHTML('<html><body><p>Short note.</p></body></html>').document as unknown as Document;
    const builder = new TextBuilder();
    extractArticle(doc, builder);
    expect(builder.toString()).toBe('Short note.\n');
  });
});

describe('extractArticle header', () => {
  it.each(['expert-comment', 'commentary'])(
    'should read the whole story in a wrapper named %s, with a box beside it',
    (name) => {
      const paragraph = (n: number): string =>
        `<p>Paragraph ${n} tells how the council voted on the harbour wall after a long night of debate, and what the ` +
        'engineers said about the tides, the costs and the years it will take to finish the work.</p>';
      const story = [1, 2, 3, 4, 5, 6].map(paragraph).join('');
      const box = '<div class="box"><p>Residents met at the library on Monday to hear about the plans.</p></div>';
      const { document } = parseHTML(
        `<html><head><title>Wall vote</title></head><body><div class="${name}"><div><h1>Wall vote</h1>${story}</div></div>${box}</body></html>`,
      );
      const doc = document as unknown as Document;
      const builder = new TextBuilder();
      extractArticle(doc, builder, [], doc.querySelector('h1') ?? undefined);
      const text = builder.toString();
      expect(text).toContain('Paragraph 1 tells');
      expect(text).toContain('Paragraph 6 tells');
    },
  );

  it('should put the byline and date under the headline, before the body', () => {
    const doc = parseHTML(fixtureHtml('dom-no-comments')).document as unknown as Document;
    const builder = new TextBuilder();
    extractArticle(doc, builder, [], doc.querySelector('h1') ?? undefined);
    const lines = builder.toString().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Riverside library reopens after two-year rebuild',
      'By Mara Lind and Tom Okafor',
      'March 14, 2024',
    ]);
    expect(lines[3]).toMatch(/^The Riverside public library opened its doors again/);
    expect(lines.filter((line) => line === 'Riverside library reopens after two-year rebuild')).toHaveLength(1);
  });
});

describe('extractArticle header block kept by Readability', () => {
  const STORY = [
    'The ferry crossed the bay for the last time on Sunday, sixty years after its first sailing, with the mayor and two hundred passengers on board.',
    'Crews will now take the old boat to a yard up the coast, where it will be stripped and sold for parts over the winter months.',
    'A new electric ferry, built in Norway, takes over the route in March and will run twice an hour in the summer season.',
  ];
  const page = (header: string): Document =>
    parseHTML(
      `<html><head><title>Last crossing for the old ferry</title></head><body><div class="review">` +
        `<header class="review-header">${header}</header>` +
        `<div class="review-body">${STORY.map((text) => `<p>${text}</p>`).join('')}</div></div></body></html>`,
    ).document as unknown as Document;
  const linesOf = headedArticleLines;

  it("should read a score box and info list as the header's, keeping only its dek when it is too long", () => {
    const doc = page(
      '<h1>Last crossing for the old ferry</h1><ul><li>Bay Ferries</li></ul><p class="score">8.3</p>' +
        '<ul><li><p>Label:</p><p>Harbour Records</p></li><li><p>Reviewed:</p><p>November 20, 2026</p></li></ul>' +
        '<div data-testid="ContentHeaderDek">Sixty years of crossings end with a party on the quay.</div>',
    );
    expect(linesOf(doc)).toEqual([
      'Last crossing for the old ferry',
      'Sixty years of crossings end with a party on the quay.',
      ...STORY,
    ]);
  });

  it('should keep a short header under the headline, as the header of any page', () => {
    const doc = page('<h1>Last crossing for the old ferry</h1><p>By Ann Lee</p><p>November 20, 2026</p>');
    expect(linesOf(doc)).toEqual(['Last crossing for the old ferry', 'By Ann Lee', 'November 20, 2026', ...STORY]);
  });
});

describe('extractArticle header kept above the story in one wrapper', () => {
  const STORY = [
    'The ferry crossed the bay for the last time on Sunday, sixty years after its first sailing, with the mayor and two hundred passengers on board.',
    'Crews will now take the old boat to a yard up the coast, where it will be stripped and sold for parts over the winter months.',
    'A new electric ferry, built in Norway, takes over the route in March and will run twice an hour in the summer season.',
  ];

  it('should keep the story when Readability wraps the kept header and the story in one new block', () => {
    // An <article> holding the header, a sidebar and the story's div: Readability joins the header and the story in a
    // new wrapper whose first child came out of the header.
    const doc = parseHTML(
      `<html><head><title>Last crossing for the old ferry</title></head><body><main><article>` +
        `<header class="article-header"><h1>Last crossing for the old ferry</h1>` +
        `<div class="content-header-block"><div class="timestamps"><time>Published: November 27, 2026</time></div></div></header>` +
        `<div class="content-sidebar"><div class="disclosure-statement"><h3>Disclosure statement</h3>` +
        `<p>Ann Lee receives funding from the Harbour Trust for research on coastal transport and its history.</p></div></div>` +
        `<div class="content-body">${STORY.map((text) => `<p>${text}</p>`).join('')}</div>` +
        `</article></main></body></html>`,
    ).document as unknown as Document;
    expect(headedArticleLines(doc).slice(-STORY.length)).toEqual(STORY);
  });
});

describe('extractArticle on a short post', () => {
  it('should give the post, not a longer sidebar, when the post is under 500 characters', () => {
    const lines = articleLines(loadFixture('dom-short-post'));
    expect(lines).toContain('The first frost came last night and took the last of the courgettes with it.');
    expect(lines.some((line) => line.startsWith('I have kept a plot at the edge of town'))).toBe(false);
  });
});

describe('extractArticle link runs', () => {
  it('should leave out a labelled teaser list after the body', () => {
    const teasers = ['Tide tables for May', 'Harbour dues rise', 'Ferry timetable', 'Quay works', 'New pilot boat']
      .map((title) => `<p><a href="/${title.length}">${title}</a></p>`)
      .join('');
    const doc = parseHTML(
      fixtureHtml('dom-no-comments').replace(
        '</div>\n</article>',
        `<p>You might like:</p>${teasers}</div>\n</article>`,
      ),
    ).document as unknown as Document;
    const lines = articleLines(doc);
    expect(lines).not.toContain('You might like:');
    expect(lines).not.toContain('Harbour dues rise');
    expect(lines.at(-1)).toMatch(/^Council member Pieter Vos/);
  });
});

describe('extractArticle heading-led link blocks', () => {
  const lines = articleLines(loadFixture('dom-headed-link-blocks'));

  it.each([
    ['a "Don\'t Miss" heading', "Don't Miss"],
    ['a second heading in the same block', 'Featured Posts'],
    ['a teaser link in the middle of the body', 'Seal pups counted on the north sandbank'],
    ['a counter between teasers', '312 Likes'],
    ['an "Also on" heading at the end', 'Also on the Gazette'],
    ['a teaser link at the end', 'Harvest fair returns to the green'],
  ])('should leave out %s', (_case, line) => {
    expect(lines).not.toContain(line);
  });

  it.each([
    ['the paragraph before the block', /^More than two hundred residents filled the community hall/],
    ['the paragraph after the block', /^Council member Ilse Moreau said/],
    ['a "More on" subheading followed by prose', /^More on the repair plan$/],
    ['the last paragraph', /^During those weeks a chartered launch/],
  ])('should keep %s', (_case, pattern) => {
    expect(lines.some((line) => pattern.test(line))).toBe(true);
  });
});

describe('extractArticle declared body', () => {
  /** The fixture's JSON-LD `articleBody`, paragraph by paragraph. */
  function declaredParagraphs(html: string): string[] {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}';
    const graph = (JSON.parse(json) as { '@graph': { articleBody?: string }[] })['@graph'];
    return (graph.find((node) => node.articleBody)?.articleBody ?? '').split('\n\n');
  }
  const html = fixtureHtml('dom-declared-body');

  it('should give the body the page declares, without the teasers, sign-up box and promos between paragraphs', () => {
    const doc = parseHTML(html).document as unknown as Document;
    const paragraphs = declaredParagraphs(html);
    expect(paragraphs.length).toBeGreaterThan(3);
    // The headline is written apart (it is not passed here); every line is a declared paragraph, in order.
    expect(articleLines(doc)).toEqual(paragraphs);
  });

  it("should map every declared-body line to the page's own paragraph", () => {
    const doc = parseHTML(html).document as unknown as Document;
    const builder = new TextBuilder();
    const { lines } = extractArticle(doc, builder);
    const text = builder.toString();
    expect(lines.length).toBeGreaterThan(3);
    for (const span of lines) {
      const element = builder.map.elementFor(span);
      expect(element?.ownerDocument).toBe(doc);
      expect(element?.closest('.story-body')).not.toBeNull();
      expect(element?.textContent).toContain(text.slice(span.start, span.end));
    }
  });

  it('should leave the lines in without the declaration (the filter is what drops them)', () => {
    const doc = parseHTML(html.replace(/<script type="application\/ld\+json">.*?<\/script>/s, '')).document;
    const lines = articleLines(doc as unknown as Document);
    expect(lines.length).toBeGreaterThan(declaredParagraphs(html).length);
    expect(lines.filter((line) => !declaredParagraphs(html).includes(line)).length).toBeGreaterThan(0);
  });

  it('should keep every line when the declared body ends in an ellipsis (a teaser cut short)', () => {
    const paragraphs = declaredParagraphs(html);
    const cut = `${paragraphs.join(' ').slice(0, -40)}…`;
    const cutLd = JSON.stringify({ '@type': 'NewsArticle', articleBody: cut });
    const withCut = html.replace(
      /<script type="application\/ld\+json">.*?<\/script>/s,
      `<script type="application/ld+json">${cutLd}</script>`,
    );
    const without = html.replace(/<script type="application\/ld\+json">.*?<\/script>/s, '');
    expect(articleLines(parseHTML(withCut).document as unknown as Document)).toEqual(
      articleLines(parseHTML(without).document as unknown as Document),
    );
  });

  it('should keep every line when the declared body is a truncated teaser', () => {
    const paragraphs = declaredParagraphs(html);
    const teaserLd = JSON.stringify({ '@type': 'NewsArticle', articleBody: paragraphs.slice(0, 3).join(' ') });
    const teaser = html.replace(
      /<script type="application\/ld\+json">.*?<\/script>/s,
      `<script type="application/ld+json">${teaserLd}</script>`,
    );
    const withTeaser = articleLines(parseHTML(teaser).document as unknown as Document);
    const without = articleLines(
      parseHTML(html.replace(/<script type="application\/ld\+json">.*?<\/script>/s, ''))
        .document as unknown as Document,
    );
    expect(withTeaser).toEqual(without);
  });
});

describe('extractArticle dek above a story Readability re-wraps', () => {
  const STORY = [
    'The state utilities board on Tuesday ordered the power company to refund customers billed for estimated use during the outage.',
    'The order covers about sixty thousand households in eleven counties, and the credits must appear on bills by the end of March.',
    'The company said its billing system filled in the missing meter readings with figures from the same weeks a year earlier.',
  ];
  const DEK = 'Customers billed during last winter’s outage will get credits averaging $38, the board ruled.';
  const page = (dek: string): Document =>
    parseHTML(
      `<html><head><title>Utility ordered to refund customers</title></head><body><main><div class="page-main">` +
        `<h1>Utility ordered to refund customers</h1>${dek}` +
        `<figure><img src="a.jpg"><figcaption>Crews repair lines after the storm.</figcaption></figure>` +
        `<div class="article-authors">By Ann Lee</div>` +
        `<div class="RichTextArticleBody">${STORY.map((text) => `<p>${text}</p>`).join('')}</div>` +
        `</div></main></body></html>`,
    ).document as unknown as Document;
  const read = (doc: Document) => {
    const builder = new TextBuilder();
    const { standfirst } = extractArticle(doc, builder, [], doc.querySelector('h1') ?? undefined);
    return {
      standfirst,
      lines: builder
        .toString()
        .split('\n')
        .filter((line) => line.length > 0),
    };
  };

  it('should read a dek named on the div around its paragraph as the standfirst, and the story after it', () => {
    const { standfirst, lines } = read(page(`<div class="ArticlePage-subHeadline"><p>${DEK}</p></div>`));
    expect(standfirst).toBe(DEK);
    expect(lines.slice(-STORY.length)).toEqual(STORY);
  });

  it('should read no standfirst when the sentence above the story is in no named block and no header', () => {
    const { standfirst, lines } = read(page(`<div class="page-note"><p>${DEK}</p></div>`));
    expect(standfirst).toBeUndefined();
    expect(lines.slice(-STORY.length)).toEqual(STORY);
  });
});

describe('extractArticle story split into Drupal fields', () => {
  const STORY = [
    'The faculty senate voted on Thursday to recommend that the university again require test scores from applicants.',
    'The recommendation goes to the provost, who is expected to decide by February, for students applying next year.',
    'Supporters pointed to an internal study that found first-year grades harder to predict without the scores.',
    'Several student groups spoke against the proposal, saying the pilot had helped enroll more rural students.',
  ];
  const field = (paragraphs: string[]): string =>
    `<div class="field__item"><div class="paragraph paragraph--type--text">` +
    `<div class="field field--name-field-text field--label-hidden field__item">` +
    `${paragraphs.map((text) => `<p>${text}</p>`).join('')}</div></div></div>`;

  it("should read the story's fields, not the newsletter box beside them, though each field's label is hidden", () => {
    const doc = parseHTML(
      `<html><head><title>Senate backs test requirement</title></head><body><article class="node">` +
        `<h1>Senate backs test requirement</h1><div class="node__content"><div class="field field--name-field-paragraphs field--label-hidden field__items">` +
        `${field(STORY.slice(0, 2))}<div class="paragraph paragraph--type--quote"><blockquote>“We were guessing.”</blockquote></div>` +
        `${field(STORY.slice(2))}</div></div>` +
        `<div class="block block-newsletter"><h2>Get the paper in your inbox</h2><p>Our top stories every weekday morning.</p></div>` +
        `</article></body></html>`,
    ).document as unknown as Document;
    expect(headedArticleLines(doc)).toEqual(expect.arrayContaining(STORY));
  });
});

describe('extractArticle dek in a main column Readability strips on its first pass', () => {
  const STORY = [
    'The city council approved the plan on Friday after a six-month consultation with residents and hotel owners along the beach road.',
    'The ban will apply from five in the evening to eleven at night on weekends and public holidays, with buses and taxis still allowed.',
    'The deputy mayor said the aim was to cut noise and exhaust fumes on a stretch that draws tens of thousands of visitors on summer evenings.',
    'Some street vendors said they feared losing customers, and a group of drivers asked the city for cheaper electric bikes before the ban.',
  ];
  const DEK = 'The beach road will close to petrol motorbikes on weekend evenings from March, the city said on Friday.';
  // VnExpress names its main column "sidebar-1": Readability strips it as unlikely, finds too little text, and
  // re-parses the page's HTML for its next pass, so no node of the article pairs with the page's any more.
  const page = (dek: string): Document =>
    parseHTML(
      `<html><head><title>Beach road to close to petrol motorbikes</title></head><body><section><div class="container">` +
        `<div class="sidebar-1"><div class="header-content"><ul class="breadcrumb"><li><a href="/news">News</a></li></ul>` +
        `<span class="date">Friday, 11/28/2026, 09:35 (GMT+7)</span></div>` +
        `<h1 class="title-detail">Beach road to close to petrol motorbikes</h1>${dek}` +
        `<article class="fck_detail">${STORY.map((text) => `<p class="Normal">${text}</p>`).join('')}</article>` +
        `</div></div></section></body></html>`,
    ).document as unknown as Document;
  const read = (doc: Document) => {
    const builder = new TextBuilder();
    const { standfirst } = extractArticle(doc, builder, [], doc.querySelector('h1') ?? undefined);
    const lines = builder
      .toString()
      .split('\n')
      .filter((line) => line.length > 0);
    return { standfirst, lines };
  };

  it('should read the paragraph named as the header dek above the story as the standfirst', () => {
    const { standfirst, lines } = read(page(`<p class="description">${DEK}</p>`));
    expect(standfirst).toBe(DEK);
    expect(lines.slice(-STORY.length)).toEqual(STORY);
  });

  it('should read no standfirst from a paragraph above the story that no dek name marks', () => {
    const { standfirst } = read(page(`<p class="page-note">${DEK}</p>`));
    expect(standfirst).toBeUndefined();
  });
});

describe('extractArticle dek set as a heading under the headline', () => {
  const STORY = [
    'For more than six decades, three river towns have shared the water behind one dam under a one-page agreement.',
    'On Tuesday, the town at the bottom of the valley sued its two neighbours, asking a court to rewrite the split.',
    'Its engineers say a fifth of the water soaks into the riverbed or evaporates before it reaches the town’s intake.',
    'The other towns say the agreement is clear and that the town chose the place of its own intake in the 1970s.',
  ];
  const DEK = 'Three towns, one reservoir and a 1962 agreement that no longer adds up.';
  const page = (under: string): Document =>
    parseHTML(
      `<html><head><title>What to know about the dam dispute</title></head><body><main><article class="article-wrapper">` +
        `<div class="article-info"><a class="section-label" href="/climate">Climate</a>` +
        `<h1 class="headline">What to know about the dam dispute</h1>${under}` +
        `<div class="byline-container">By Ann Lee</div></div>` +
        `<div id="article-body-main">${STORY.map((text) => `<p>${text}</p>`).join('')}</div>` +
        `</article></main></body></html>`,
    ).document as unknown as Document;
  const read = (doc: Document) => {
    const builder = new TextBuilder();
    const { standfirst } = extractArticle(doc, builder, [], doc.querySelector('h1') ?? undefined);
    return { standfirst, lines: builder.toString().split('\n') };
  };

  it('should read an h2 named "summary" right under the headline as the standfirst', () => {
    const { standfirst, lines } = read(page(`<h2 class="summary font-graphik text-lg">${DEK}</h2>`));
    expect(standfirst).toBe(DEK);
    expect(lines.filter((line) => STORY.includes(line))).toEqual(STORY);
  });

  it.each([
    ['an unnamed heading', `<h2 class="title-2">${DEK}</h2>`],
    ['a short label in a heading named "summary"', '<h2 class="summary">Key points</h2>'],
  ])('should read no standfirst from %s under the headline', (_case, under) => {
    expect(read(page(under)).standfirst).toBeUndefined();
  });
});

describe('extractArticle: a pager word as an anchored subheading', () => {
  it.each([
    ['the writer\'s "## Next" section', '<h2 id="next">Next</h2>', true],
    ["a pager's label heading without an anchor", '<h2>Next</h2>', false],
    ["a pager's linked label", '<h2 id="next"><a href="/later">Next</a></h2>', false],
  ])('should keep %s: %s → %s', (_label, heading, kept) => {
    const lines = articleLines(withFurniture(heading));
    expect(lines.includes('Next')).toBe(kept);
  });
});

describe('extractArticle closing section set in <br> runs', () => {
  const STORY = [
    'The charity said on Thursday that its clinics treated 1,200 children in October, twice as many as a year ago.',
    'Most of them came from the three districts the floods reached in August, where the wells are still unsafe.',
    'It is asking donors for another two million pounds to keep the clinics open through the winter months.',
  ];
  const NOTES = ['The report is available from the charity’s website.', 'Spokespeople are available for interview.'];
  const page = (paragraph: (text: string) => string): Document =>
    parseHTML(
      `<html><head><title>Clinics treat twice as many children</title></head><body><article>` +
        `<h1>Clinics treat twice as many children</h1><div class="release-body">` +
        `${STORY.map(paragraph).join('')}<h3>Notes to editors</h3>${NOTES.map(paragraph).join('')}</div>` +
        `</article></body></html>`,
    ).document as unknown as Document;

  it.each([
    ['in <p>s', (text: string) => `<p>${text}</p>`],
    ['as text closed by <br><br>', (text: string) => `${text}<br><br>`],
  ])('should leave out the notes to editors under a release set %s, and keep the release', (_case, paragraph) => {
    const lines = headedArticleLines(page(paragraph));
    expect(lines).toEqual(expect.arrayContaining(STORY));
    expect(lines).not.toContain('Notes to editors');
    expect(lines).not.toContain(NOTES[0]);
  });
});
