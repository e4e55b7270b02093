import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/dom/extract-article';
import { TextBuilder } from '../../../utils/dom/text-builder';
import { articleLines } from './article-lines';
import { loadFixture } from './load-fixture';

/** The body lines of the news-page fixture with modern furniture inside its article (after the header lines). */
const bodyLines = (): string[] => articleLines(loadFixture('dom-article-furniture'));

describe('extractArticle furniture', () => {
  const lines = bodyLines();

  it.each([
    ['the masthead', 'News for the coast since 1921'],
    ['an ad label', 'Advertisement'],
    ['a caption', 'Walkers on the rebuilt wall on Wednesday morning.'],
    ['a photo credit', 'Photo: Ann Lee'],
    ['a "Read more:" teaser', 'Read more: The night the storm broke the wall'],
    ['a pull quote', '"We were lucky with the weather in March."'],
    ['a newsletter sign-up box', 'Get the Morning Tide in your inbox every weekday.'],
    ['a block named by its component', 'Tide tables for the week ahead and where to walk at low water'],
    ['a "Related:" teaser', 'Related: Ferry fares rise in June as fuel costs climb'],
    ['a list of story cards', 'Ferry fares rise in June'],
    ['a story card dek', 'Operators blame fuel costs.'],
    [
      'an author box',
      "Ann Lee is the Tidewater Post's coast reporter. She has covered the harbour, the lifeboat station and the fishing fleet since 2015.",
    ],
    ['a follow-us profile line', 'Twitter: @tidewaterpost'],
    [
      'a print-edition note',
      'A version of this article appeared in print on May 3, 2024, on page 4 of the Coast edition.',
    ],
    ['a "Most read" block', 'Seal pup found on the beach'],
  ])('should leave out %s', (_case, line) => {
    expect(lines).not.toContain(line);
  });

  it.each([
    ['the first paragraph', 'The harbour wall at Tidewater opened to walkers again on Wednesday'],
    ['the paragraph the pull quote repeats', 'Harbour master Pieter Vos said the repair came in under budget.'],
    ['the label of a list of links inside the article', 'Documents the council published with the reopening:'],
    ['a link in a list inside the article', 'Council minutes, April meeting'],
    ['a paragraph about a newsletter', "The library's own newsletter, printed monthly"],
    ['a paragraph starting with "Related"', 'Related work on the lifeboat slipway starts in June'],
    ['a quotation in the article', 'The wall has stood since 1887, and it will stand another hundred years.'],
    ['a short closing paragraph', 'The promenade opens from seven in the morning.'],
  ])('should keep %s', (_case, start) => {
    expect(lines.some((line) => line.startsWith(start))).toBe(true);
  });
});

describe('extractArticle header furniture', () => {
  const page = (header: string): string[] => {
    const paragraphs = [
      'The ferry to the north quay runs again from Monday, the harbour office said on Friday after a long winter.',
      'Engineers replaced the engine and widened the deck, and the cabin now has step-free access from both ramps.',
      'The timetable adds a crossing every twenty minutes at peak times, up from every half hour before the refit.',
    ];
    const html = `<html><body><article><h1>Ferry returns to the north quay</h1>${header}<div class="entry-content">${paragraphs
      .map((text) => `<p>${text}</p>`)
      .join('')}</div></article></body></html>`;
    return articleLines(parseHTML(html).document as unknown as Document);
  };

  it('should leave out a share row and the lead image caption under the headline', () => {
    const lines = page(
      '<p class="byline">By Ada Moss</p><div class="social-share"><span>Share</span><a href="/x">X</a>' +
        '<a href="/in">LinkedIn</a></div><figure><img src="f.jpg"><figcaption>Image Credits: Quay Co</figcaption></figure>',
    );
    expect(lines.slice(0, 2)).toEqual(['Ferry returns to the north quay', 'By Ada Moss']);
    expect(lines.some((line) => line.includes('LinkedIn') || line.includes('Quay Co'))).toBe(false);
  });

  it('should name a dek Readability kept above the story as the standfirst, and still write it', () => {
    const html =
      '<html><body><article><h1>Ferry returns to the north quay</h1><div class="entry-content">' +
      '<p class="article-excerpt">Boats are back two years after the storm.</p>' +
      '<p>The ferry to the north quay runs again from Monday, the harbour office said on Friday after a long winter.</p>' +
      '<p>Engineers replaced the engine and widened the deck, and the cabin now has step-free access from both ramps.</p>' +
      '</div></article></body></html>';
    const doc = parseHTML(html).document as unknown as Document;
    const builder = new TextBuilder();
    const result = extractArticle(doc, builder, [], doc.querySelector('h1') ?? undefined);
    expect(result.standfirst).toBe('Boats are back two years after the storm.');
    expect(builder.toString()).toContain('Boats are back two years after the storm.');
  });

  it.each([
    [
      'bullets right under the headline',
      '<h2>Ferry returns to the north quay</h2><ul><li>Boats are back two years after the storm hit the coast</li>' +
        '<li>The cabin now has step-free access from both of the ramps</li></ul><p>By ADA MOSS</p>',
      'Boats are back two years after the storm hit the coast The cabin now has step-free access from both of the ramps',
    ],
    [
      "a list of facts under the story's first paragraph",
      '<h2>Ferry returns to the north quay</h2><p>The ferry to the north quay runs again from Monday, the harbour office ' +
        'said on Friday after a long winter.</p><ul><li>Boats are back two years after the storm hit the coast</li>' +
        '<li>The cabin now has step-free access from both of the ramps</li></ul>',
      undefined,
    ],
    [
      'a list of links under the headline',
      '<h2>Ferry returns to the north quay</h2><ul><li><a href="/a">Boats are back two years after the storm hit the ' +
        'coast</a></li><li><a href="/b">The cabin now has step-free access from both of the ramps</a></li></ul>',
      undefined,
    ],
  ])('should read %s inside the story block as the standfirst only when they lead it', (_case, top, standfirst) => {
    const html =
      `<html><body><div class="article-text">${top}` +
      '<p>The ferry to the north quay runs again from Monday, the harbour office said on Friday after a long winter.</p>' +
      '<p>Engineers replaced the engine and widened the deck, and the cabin now has step-free access from both ramps.</p>' +
      '<p>Fares stay the same until the spring, when the operator will review them with the harbour board and the council.</p>' +
      '</div></body></html>';
    const doc = parseHTML(html).document as unknown as Document;
    const result = extractArticle(doc, new TextBuilder(), [], doc.querySelector('h2') ?? undefined);
    expect(result.standfirst).toBe(standfirst);
  });

  it('should name a dek paragraph in a named block as the standfirst when Readability leads its block with it', () => {
    // AMP templates: `div.standfirst > p` under the headline, the lead picture and byline, the story in a sibling block.
    const story = [
      'Six villages on the coast should plan to move homes inland because they cannot be protected beyond 2050.',
      'The review found that erosion along the clay cliffs had roughly doubled in pace over the past two decades.',
      'It recommends that councils stop approving new homes within 200 metres of the cliff edge immediately.',
    ];
    const html =
      '<html><body><main><article class="content"><h1 class="headline">Coastal towns told to plan for retreat</h1>' +
      '<div class="standfirst"><p>A government review says six communities on the east coast cannot be defended and should move inland</p></div>' +
      '<figure><img src="c.jpg"><figcaption>Houses on the cliff top. Photograph: Owen Tate</figcaption></figure>' +
      '<div class="byline"><a href="/profile/hm" rel="author">Helen Marsh</a> <time>Wed 4 Mar 2026</time></div>' +
      `<div class="content__article-body">${story.map((line) => `<p>${line}</p>`).join('')}</div>` +
      '</article></main></body></html>';
    const doc = parseHTML(html).document as unknown as Document;
    const builder = new TextBuilder();
    const result = extractArticle(doc, builder, [], doc.querySelector('h1') ?? undefined);
    expect(result.standfirst).toBe(
      'A government review says six communities on the east coast cannot be defended and should move inland',
    );
    expect(builder.toString()).toContain(story[2]);
  });

  it('should name summary bullets leading the story block as the standfirst, but not a list after its first paragraph', () => {
    // A syndicated copy of business news: key-point bullets open the story's block, under the picture and byline.
    const opening = 'A startup that feeds supermarket waste to insects has raised $40 million to build a second plant.';
    const rest = [
      'The company grows fly larvae on spoiled fruit and bread collected from about 300 stores across the region.',
      'The round was led by a venture firm, with the investment arm of a large feed producer also taking part.',
    ];
    const bullets =
      '<ul><li>The startup raised $40 million to build its second insect-protein plant.</li>' +
      '<li>It feeds supermarket scraps to fly larvae and sells the protein to fish farms.</li></ul>';
    const read = (body: string) => {
      const doc = parseHTML(
        '<html><body><article><h1>Startup that turns food waste into fish feed raises money</h1>' +
          `<div class="caas-body">${body}${rest.map((line) => `<p>${line}</p>`).join('')}</div></article></body></html>`,
      ).document as unknown as Document;
      return extractArticle(doc, new TextBuilder(), [], doc.querySelector('h1') ?? undefined).standfirst;
    };
    expect(read(`${bullets}<p>${opening}</p>`)).toBe(
      'The startup raised $40 million to build its second insect-protein plant. ' +
        'It feeds supermarket scraps to fly larvae and sells the protein to fish farms.',
    );
    expect(read(`<p>${opening}</p>${bullets}`)).toBeUndefined();
    // Under a "Key Points" label they make a summary box, which is left out, not the standfirst.
    expect(read(`<div><h2>Key Points</h2>${bullets}</div><p>${opening}</p>`)).toBeUndefined();
  });

  it('should name the dek under the headline as the standfirst, but not a byline, label or meta row', () => {
    const html = (header: string): string =>
      `<html><body><article><header><h1>Ferry returns to the north quay</h1>${header}</header><div class="entry-content">` +
      '<p>The ferry to the north quay runs again from Monday, the harbour office said on Friday after a long winter.</p>' +
      '<p>Engineers replaced the engine and widened the deck, and the cabin now has step-free access from both ramps.</p>' +
      '</div></article></body></html>';
    const read = (header: string) => {
      const doc = parseHTML(html(header)).document as unknown as Document;
      return extractArticle(doc, new TextBuilder(), [], doc.querySelector('h1') ?? undefined).standfirst;
    };
    expect(read('<p class="dek">Boats are back two years after the storm.</p><p>By Ada Moss</p>')).toBe(
      'Boats are back two years after the storm.',
    );
    expect(read('<div class="subtitle"><span>By Ada Moss</span></div>')).toBeUndefined();
    // Unnamed, a sentence under the headline is the dek; a label, a byline or a meta row is not.
    expect(read('<p>Boats are back two years after the storm.</p><p>By Ada Moss</p>')).toBe(
      'Boats are back two years after the storm.',
    );
    expect(read('<p>Harbour news</p><p>By Ada Moss</p>')).toBeUndefined();
    expect(read('<p>By ADA MOSS | Harbour Post • Published: May 2, 2026 at the quay office</p>')).toBeUndefined();
  });

  it('should keep a block named as an excerpt inside the story, after its first paragraph', () => {
    const doc = parseHTML(
      '<html><body><article><h1>A novel of the north quay</h1><div class="entry-content">' +
        '<p>The harbour master has written a novel, and the first chapter is set on the night the storm broke the wall.</p>' +
        '<blockquote class="excerpt"><p>The sea came over the wall at midnight, and by one the quay was a river.</p></blockquote>' +
        '<p>The book is out in June from a small press in the town, with a launch at the library on the first Friday.</p>' +
        '</div></article></body></html>',
    ).document as unknown as Document;
    const builder = new TextBuilder();
    extractArticle(doc, builder, [], doc.querySelector('h1') ?? undefined);
    expect(builder.toString()).toContain('The sea came over the wall at midnight');
  });

  it('should keep the byline and date in a block named as post meta', () => {
    const lines = page('<div class="post-meta"><span class="author">By Ada Moss</span> <time>May 2, 2024</time></div>');
    expect(lines[1]).toBe('By Ada Moss May 2, 2024');
  });
});

describe('extractArticle rails without telling names', () => {
  const paragraphs = [
    'The ferry to the north quay runs again from Monday, the harbour office said on Friday after a long winter.',
    'Engineers replaced the engine and widened the deck, and the cabin now has step-free access from both ramps.',
    'The timetable adds a crossing every twenty minutes at peak times, up from every half hour before the refit.',
    'Fares stay as they were, and season tickets bought before the storm will be honoured until the end of June.',
  ];
  /** The story with `inside` set between its second and third paragraphs, as inline rails are. */
  const page = (inside: string): string[] => {
    const [one, two, ...rest] = paragraphs.map((text) => `<p class="c2">${text}</p>`);
    const html = `<html><body><article><h1>Ferry returns to the north quay</h1><div class="c1">${one}${two}${inside}${rest.join('')}</div></article></body></html>`;
    return articleLines(parseHTML(html).document as unknown as Document);
  };
  const rail = (heading: string): string =>
    `<section class="c3"><h2 class="c4">${heading}</h2><ol><li><a href="/a">Seal pup found on the beach</a></li>` +
    '<li><a href="/b">Lifeboat crew honoured for night rescue</a></li></ol></section>';

  it.each(['Trending', 'Most popular', 'Most read'])(
    'should leave out a "%s" rail inside the story with its links',
    (heading) => {
      const lines = page(rail(heading));
      expect(lines).not.toContain(heading);
      expect(lines).not.toContain('Seal pup found on the beach');
      expect(lines).toContain(paragraphs[2]);
    },
  );

  it('should keep the prose under a heading that only looks like a rail label', () => {
    const lines = page(
      '<h2 class="c4">Trending</h2><p class="c2">Bookings for the summer crossings are already ahead of last year, the operator said.</p>',
    );
    expect(lines).toContain('Bookings for the summer crossings are already ahead of last year, the operator said.');
  });
});

describe('extractArticle teaser dek', () => {
  const story =
    '<div class="story__body"><p>Wellington’s central library will stay closed until at least 2028 after councillors voted 9-7 on Thursday.</p>' +
    '<p>The decision ends more than a year of debate over the future of the building, which closed in 2019 after a review.</p>' +
    '<p>The rebuild is expected to cost $212 million, about $60m more than the strengthening option, officials said.</p></div>';
  const standfirstOf = (top: string): string | undefined => {
    const html =
      '<html><head><title>Library stays closed</title></head><body><main><article class="story">' +
      `<h1 class="story__headline">Council votes to keep library closed for another two years</h1>${top}${story}` +
      '</article></main></body></html>';
    const doc = parseHTML(html).document as unknown as Document;
    return extractArticle(doc, new TextBuilder(), [], doc.querySelector('h1') ?? undefined).standfirst;
  };
  const teaser = 'Councillors chose a full rebuild over a cheaper patch-up, leaving the city without a library.';

  it('should read a paragraph named as the teaser right under the headline as the standfirst', () => {
    expect(standfirstOf(`<p class="story__teaser">${teaser}</p><div class="byline">By Mere Tawhai</div>`)).toBe(teaser);
  });

  it.each([
    [
      "a story card's teaser under its own heading",
      `<div class="card"><h3 class="card__title">Pop-up branches stay open</h3><p class="card__teaser">${teaser}</p></div>`,
    ],
    [
      'a teaser paragraph below the byline',
      `<div class="byline">By Mere Tawhai</div><p class="story__teaser">${teaser}</p>`,
    ],
  ])('should not read %s as the standfirst', (_case, top) => {
    expect(standfirstOf(top)).toBeUndefined();
  });
});

describe('extractArticle on an infinite-scroll page', () => {
  const story = [
    'The ferry to the north quay runs again from Monday, the harbour office said on Friday after a long winter.',
    'Engineers replaced the engine and widened the deck, and the cabin now has step-free access from both ramps.',
    'The timetable adds a crossing every twenty minutes at peak times, up from every half hour before the refit.',
    'Fares stay as they were, and season tickets bought before the storm will be honoured until the end of June.',
  ];
  const next = [
    'The seafront market will open until ten on weekdays after traders asked for longer evenings this winter.',
    'Residents were promised that amplified music would still end at nine, the organisers said on Thursday.',
  ];
  /** One container holding the page's story, `divider`, then the next story the template loaded under it. */
  const page = (divider: string): string[] => {
    const paragraphs = (texts: string[]) => texts.map((text) => `<p class="c2">${text}</p>`).join('');
    const html =
      `<html><head><title>Ferry returns to the north quay</title></head><body><main><div class="c1">` +
      `<h1>Ferry returns to the north quay</h1>${paragraphs(story)}${divider}` +
      `<div class="c3"><h2>Seafront market to stay open later</h2><p class="c4">By Ann Lee</p>${paragraphs(next)}</div>` +
      `</div></main></body></html>`;
    return articleLines(parseHTML(html).document as unknown as Document);
  };

  it.each(['Next story', 'UP NEXT', 'Read next'])(
    'should leave out the story after a "%s" divider, headline and byline included',
    (label) => {
      const lines = page(`<div class="c5">${label}</div>`);
      expect(lines).toEqual(expect.arrayContaining(story));
      expect(lines).not.toContain('Seafront market to stay open later');
      expect(lines).not.toContain('By Ann Lee');
      for (const line of next) expect(lines).not.toContain(line);
    },
  );

  it('should keep what follows a blog\'s "Next post »" link, which is navigation, not a divider', () => {
    const lines = page('<div class="c5"><a href="/next">Next post »</a></div>');
    expect(lines).toEqual(expect.arrayContaining(next));
  });
});

describe('extractArticle on a story set with line breaks in a furniture-named wrapper', () => {
  const runs = [
    'The ferry to the north quay runs again from Monday, the harbour office said on Friday after a long winter.',
    'Engineers replaced the engine and widened the deck, and the cabin now has step-free access from both ramps.',
    'The timetable adds a crossing every twenty minutes at peak times, up from every half hour before the refit.',
    'Fares stay as they were, and season tickets bought before the storm will be honoured until the end of June.',
  ];
  const note = 'The Tidewater Post is written by volunteers in the harbour town every week of the year since 1921.';
  /** The story's runs closed by `<br><br>` in `div.body-text`, the only child of `wrapper`; `inside` after it. */
  const page = (wrapper: string, inside = ''): string[] => {
    const text = runs.map((run) => `${run}<br><br>`).join('');
    const html =
      `<html><body><article><h1>Ferry returns to the north quay</h1><div class="post">` +
      `<div class="${wrapper}"><div class="body-text">${text}</div></div>${inside}</div></article></body></html>`;
    return articleLines(parseHTML(html).document as unknown as Document);
  };

  it.each(['widget__body', 'share-wrapper'])(
    'should keep the runs of a story whose wrapper is named "%s"',
    (wrapper) => {
      expect(page(wrapper)).toEqual(expect.arrayContaining(runs));
    },
  );

  it('should keep a story whose kept block opens on a caption box (the wrapper Readability re-creates borrows its name)', () => {
    const html =
      '<html><body><div class="node"><h1>Ferry returns to the north quay</h1><div class="content">' +
      '<div class="field field-name-field-image-caption"><p>Walkers on the quay on Monday. Submitted photo</p></div>' +
      `<div class="field field-name-body">${runs.map((run) => `<p>${run}</p>`).join('')}</div></div></div></body></html>`;
    expect(articleLines(parseHTML(html).document as unknown as Document)).toEqual(expect.arrayContaining(runs));
  });

  it('should still leave out a short note set with line breaks in a widget beside the story', () => {
    const lines = page(
      'story-body',
      `<div class="widget"><div class="widget-text">${note}<br><br>Since 1921.</div></div>`,
    );
    expect(lines).toEqual(expect.arrayContaining(runs));
    expect(lines).not.toContain(note);
  });
});

describe('extractArticle boxes the page declares, longer than a short story', () => {
  const story = [
    'Dorothy Jean Kessler, 91, of Lapeer, passed away Saturday at Lapeer Regional Medical Center after a short illness.',
    'She worked 26 years in the cafeteria at Lapeer West High School and is survived by her son and two grandchildren.',
  ];
  const long = (words: string): string => `<p class="c5">${`${words} `.repeat(12).trim()}</p>`;
  /** A short story in plain `<div>`s with `after` under it, all names meaningless. */
  const page = (after: string): string[] => {
    const html = `<html><body><div class="c0"><h1>Dorothy J. Kessler</h1><div class="c1">${story.map((text) => `<p class="c2">${text}</p>`).join('')}${after}</div></div></body></html>`;
    return articleLines(parseHTML(html).document as unknown as Document);
  };
  const bio = long('Dana Whitcomb covers town government, schools and the courts for the Ledger.');
  const condolence = long('Dorothy served me lunch every school day and never let me leave without a roll.');

  it.each([
    [
      'a writer’s profile marked up as a person',
      `<div class="c3"><div class="c4" itemscope itemtype="https://schema.org/Person"><div><h5>Dana Whitcomb</h5><div class="c6">${bio}</div></div></div></div>`,
      'Dana Whitcomb covers town government',
    ],
    [
      'a guest book under its heading',
      `<div class="c3"><h2>Guest Book</h2><div class="c4"><div>Karen Whitfield</div>${condolence}</div></div>`,
      'Dorothy served me lunch',
    ],
  ])('should leave out %s', (_case, after, opening) => {
    const lines = page(after);
    expect(lines.some((line) => line.startsWith(opening))).toBe(false);
    expect(lines).toContain(story[1]);
  });

  it('should keep the same long box under no declared heading or type', () => {
    const lines = page(`<div class="c3"><div class="c4"><div>Karen Whitfield</div>${condolence}</div></div>`);
    expect(lines.some((line) => line.startsWith('Dorothy served me lunch'))).toBe(true);
  });
});
