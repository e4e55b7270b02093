import { describe, expect, it } from 'vitest';
import { isDek, isLeadDek, isNamedDek } from '../../../utils/dom/is-dek';
import { elementOf } from './element-of';

describe('isDek', () => {
  it.each([
    '<p class="article-excerpt"></p>',
    '<div class="newspack-post-subtitle"></div>',
    '<h2 class="pw-subtitle-paragraph hu hv"></h2>',
    '<h3 class="subtitle"></h3>',
    '<div class="field field--name-field-subtitle"></div>',
    '<p class="dek"></p>',
    '<div id="stand-first"></div>',
    '<p class="standfirst"></p>',
    '<p data-testid="sub-headline"></p>',
    '<h2 class="deck"></h2>',
    '<div data-gu-name="standfirst"></div>',
    '<p class="article-deck"></p>',
    '<div class="article__subdeck"></div>',
    '<p class="sub-deck"></p>',
    '<p class="article--subhead"></p>',
    '<p class="gem-c-lead-paragraph"></p>',
    '<div class="sfnewsSummary sfsummary"></div>',
    '<div class="leadtext"></div>',
    '<p class="article-lead-text"></p>',
    '<p class="strapline"></p>',
    '<div class="article-strap-line"></div>',
  ])('should name %s a dek', (html) => {
    expect(isDek(elementOf(html))).toBe(true);
  });

  it.each([
    '<div class="_2ZigF summary"></div>',
    '<div data-qa="GenericArticle-Summary"></div>',
    '<h2 class="sc-standfirst"></h2>',
    '<p data-component="sub-headline"></p>',
    '<dd id="abstract"></dd>',
    '<ul class="abstract"></ul>',
    '<div data-testid="ContentHeaderDek"></div>',
    '<p class="articleDek"></p>',
    '<p class="lead"></p>',
    '<div class="c-article__lead"></div>',
    '<p class="c-contentHeader_description"></p>',
    '<div class="article-description"></div>',
    '<p class="article__teaser"></p>',
    '<div class="c-article-teaser-text"></div>',
    '<div class="sub-tit"></div>',
    '<p class="sub_tit_area"></p>',
    '<p class="centered-article-header__subheading"></p>',
  ])('should name %s a dek when it stands in the header', (html) => {
    expect(isDek(elementOf(html), true)).toBe(true);
  });

  it.each([
    '<div class="excerpt"></div>',
    '<p class="article-excerpt"></p>',
    '<details><summary></summary></details>',
    '<figure class="lead-image"></figure>',
    '<div class="article__lead-media"></div>',
    '<div class="leaderboard"></div>',
    '<div class="sdc-article-body sdc-article-body--lead"></div>',
    '<div class="subtitles"></div>',
    '<div class="sub-tith"></div>',
  ])(
    'should not name %s a header dek (an excerpt there is a teaser card’s; a lead image, media block or modifier is no dek)',
    (html) => {
      expect(isDek(elementOf(html), true)).toBe(false);
    },
  );

  it.each([
    '<p></p>',
    '<div class="entry-content"></div>',
    '<h2 class="wp-block-heading"></h2>',
    '<div class="deck-chairs"></div>',
    '<div class="subdeck-gallery"></div>',
    '<div class="sundeck"></div>',
    '<div data-settings="{&quot;layout&quot;:&quot;wide&quot;,&quot;standfirst&quot;:true,&quot;ads&quot;:3}"></div>',
    '<p class="subheading"></p>',
    '<div class="abstracted"></div>',
    '<div class="subtitles-track"></div>',
    '<p class="excerpted-quote"></p>',
    '<p class="c-contentHeader_description"></p>',
    '<div class="descriptions-list"></div>',
    '<div class="abstract"></div>',
    '<p class="lead"></p>',
    '<div class="leader-text"></div>',
    '<p class="article__teaser"></p>',
    '<div class="teasers-grid"></div>',
    '<div class="sfnewsSummaryList"></div>',
    '<div class="sfsummary"></div>',
  ])('should not name %s a dek', (html) => {
    expect(isDek(elementOf(html))).toBe(false);
  });

  it.each(['<div data-testid="ContentHeaderDek"></div>', '<p class="articleDek"></p>'])(
    'should not name %s a dek outside the header (its camel-case words are read there only)',
    (html) => {
      expect(isDek(elementOf(html))).toBe(false);
    },
  );

  it.each(['<div class="DeckChairs"></div>', '<p class="SubtitlesTrack"></p>'])(
    'should not name %s a header dek',
    (html) => {
      expect(isDek(elementOf(html), true)).toBe(false);
    },
  );
});

describe('isLeadDek', () => {
  it.each([
    '<div class="hyphenate lead" data-testid="lead"><strong>Summary</strong></div>',
    '<div class="article__lead"></div>',
    '<div class="article__text__overview"><span>Summary</span></div>',
    '<div class="SimpleBlock-module_lead__X35nD"><p>Summary</p></div>',
    '<div class="text cmp-text--lead aem-GridColumn"><div class="cmp-text"><p>Summary</p></div></div>',
    '<div class="richtext--lead"><p>Summary</p></div>',
  ])('should name %s the lead', (html) => {
    expect(isLeadDek(elementOf(html))).toBe(true);
  });

  it.each([
    '<div class="Page-lead"><figure><img src="a.jpg"><figcaption>Caption</figcaption></figure></div>',
    '<div class="lead-image"></div>',
    '<div class="article-body--lead"></div>',
    '<p class="leader"></p>',
    '<div class="article-body__item article-body__item--lead"><p>First paragraph</p></div>',
    '<div class="image image--lead"><p>Caption</p></div>',
    '<div class="context--lead"><p>Summary</p></div>',
  ])('should not name %s the lead', (html) => {
    expect(isLeadDek(elementOf(html))).toBe(false);
  });
});

describe('isNamedDek', () => {
  it('should find a dek named on its element or on a wrapper around nothing but it', () => {
    expect(isNamedDek(elementOf('<p class="standfirst">Boats are back.</p>'))).toBe(true);
    const inner = elementOf('<div class="article-dek"><p>Boats are back.</p></div>').firstElementChild;
    expect(inner && isNamedDek(inner)).toBe(true);
  });

  it('should not borrow the name of a wrapper that holds more than the element', () => {
    const inner = elementOf(
      '<div class="article-dek"><p>Boats are back.</p><p>Fares stay.</p></div>',
    ).firstElementChild;
    expect(inner && isNamedDek(inner)).toBe(false);
    expect(isNamedDek(elementOf('<p class="c1">Boats are back.</p>'))).toBe(false);
  });
});

describe('isLeadDek on a wrapper', () => {
  it('should read the lead name on a wrapper around nothing but the paragraph', () => {
    const inner = elementOf(
      '<div class="SimpleBlock-module_lead__X35nD"><p>Boats are back.</p></div>',
    ).firstElementChild;
    expect(inner && isLeadDek(inner)).toBe(true);
  });

  it('should not borrow the lead name of a wrapper that holds more', () => {
    const inner = elementOf(
      '<div class="article__lead"><p>Boats are back.</p><p>Fares stay.</p></div>',
    ).firstElementChild;
    expect(inner && isLeadDek(inner)).toBe(false);
  });
});

describe('isDek on microdata', () => {
  it('should name the description of an Article item the dek, whatever its class', () => {
    const item = elementOf(
      '<div itemscope itemtype="http://schema.org/NewsArticle"><div class="opener" itemprop="description">Boats are back.</div><div itemprop="articleBody"><p>The ferry sails.</p></div></div>',
    );
    const opener = item.firstElementChild;
    expect(opener && isDek(opener)).toBe(true);
  });

  it.each([
    '<div itemscope itemtype="http://schema.org/Product"><p itemprop="description">A red kettle.</p></div>',
    '<div><p itemprop="description">Boats are back.</p></div>',
    '<div itemscope itemtype="http://schema.org/NewsArticle"><p itemprop="articleBody">Boats are back.</p></div>',
    '<div itemscope itemtype="http://schema.org/NewsArticle"><p class="introduction" itemprop="description">Boats are back.</p><p>The ferry sails.</p></div>',
    '<div itemscope itemtype="http://schema.org/NewsArticle"><p itemprop="description articleBody">Boats are back.</p></div>',
  ])('should not name the paragraph in %s the dek', (html) => {
    const paragraph = elementOf(html).firstElementChild;
    expect(paragraph && isDek(paragraph)).toBe(false);
  });
});

describe('isLeadDek in Polish and Czech names', () => {
  it.each([
    '<div class="artykul-wstep"><strong>Zarząd dróg zamyka most od poniedziałku.</strong></div>',
    '<div class="wstep">Radni przyjęli budżet.</div>',
    '<p class="perex">Vláda schválila rozpočet na příští rok.</p>',
    '<div class="article__perex">Most bude uzavřen do jara.</div>',
  ])('should find %s', (html) => {
    expect(isLeadDek(elementOf(html))).toBe(true);
  });

  it.each([
    '<div class="wstep-foto"><img src="a.jpg" alt=""></div>',
    '<div class="perex"><img src="a.jpg" alt=""></div>',
    '<div class="perexy-list">Další články</div>',
  ])('should not find %s', (html) => {
    expect(isLeadDek(elementOf(html))).toBe(false);
  });
});

describe('isDek, Spanish class names', () => {
  it.each([
    '<h2 class="c-articulo__sumario"></h2>',
    '<p class="bajada"></p>',
    '<div class="nota-copete"></div>',
    '<p class="entradilla"></p>',
  ])('should take %s', (html) => {
    expect(isDek(elementOf(html))).toBe(true);
  });

  it.each(['<div class="sumarios-lista"></div>', '<div class="bajadas"></div>', '<p class="copetes-home"></p>'])(
    'should keep %s',
    (html) => {
      expect(isDek(elementOf(html))).toBe(false);
    },
  );
});

describe('isNamedDek, a named block holding the headline', () => {
  it('should not read a visual essay’s "intro" block around the headline, dek and byline as the dek', () => {
    const intro = elementOf(
      '<div class="intro"><h1 class="hed">The Quiet Half</h1><p class="dek">Why the violas rarely get the tune.</p>' +
        '<p class="byline">By Ann Lee</p></div>',
    );
    expect(isNamedDek(intro)).toBe(false);
    const dek = intro.querySelector('.dek');
    expect(dek && isNamedDek(dek)).toBe(true);
  });

  it('should still read an "intro" block with a subheading in it as the dek', () => {
    expect(
      isNamedDek(elementOf('<div class="intro"><h2>Why now</h2><p>Boats are back in the harbour.</p></div>')),
    ).toBe(true);
  });
});
