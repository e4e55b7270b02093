import { describe, expect, it } from 'vitest';
import { isFurnitureElement } from '../../../utils/dom/is-furniture-element';
import { elementOf } from './element-of';

describe('isFurnitureElement', () => {
  it.each([
    '<div class="related-posts"></div>',
    '<section data-e2e="related-content-heading" role="region"></section>',
    '<section role="region" aria-labelledby="podcast-promo"></section>',
    '<div data-e2e="consentBanner-x"></div>',
    '<div class="embed-consent-placeholder"></div>',
    '<div class="uc-embedding-container" data-nosnippet=""></div>',
    '<div class="_brlbs-content-blocker"></div>',
    '<div class="cmplz-blocked-content-container"></div>',
    '<ul class="c-keywords"></ul>',
    '<div class="keyword-zone"></div>',
    '<div class="article-widget article-widget-related_articles"></div>',
    '<div class="article-widget article-widget-premium_promo"></div>',
    '<div class="widget widget_text"></div>',
    '<div class="sdc-site-video sdc-article-widget"></div>',
    '<div class="article-comments"></div>',
    '<section class="story-comments-section"></section>',
    '<div id="post-comments"></div>',
    '<ul class="share-buttons"></ul>',
    '<div id="sidebar"></div>',
    '<p class="wp-caption-text"></p>',
    '<div class="image__source"></div>',
    '<span class="photo-source-text"></span>',
    '<div class="author-bio"></div>',
    '<figcaption></figcaption>',
    '<aside></aside>',
    '<div id="light" class="lightbox"></div>',
    '<div class="modal-dialog"></div>',
    '<div class="pull-out"></div>',
    '<blockquote class="pullquote"></blockquote>',
    '<header class="masthead"></header>',
    '<section class="similar_articles"></section>',
    '<div role="complementary"></div>',
    '<div role="navigation"></div>',
    '<div class="Byline__card" role="tooltip"></div>',
    '<div data-component="related-links"></div>',
    '<div id="boilerplate_2803310" class="post-boilerplate boilerplate-speedbump"></div>',
    '<div class="jsx-review-score review-score-box"></div>',
    '<div class="review-breakdown js-review-breakdown"></div>',
    '<div class="verdict" id="article-verdict"></div>',
    '<div class="review-verdict-box"></div>',
    '<div class="pro-con"></div>',
    '<div class="c-reviewCard_prosCons"></div>',
    '<div class="css-highs-lows content-info-box"></div>',
    '<div class="product-card css-9ktnlj" data-testid="product-card"></div>',
    '<div class="product-model crux-product-card"></div>',
    '<div class="c-compareWidget" data-component="priceComparison"></div>',
    '<div class="article-speedbump"></div>',
    '<div class="c-articleDisclosure"></div>',
    '<div class="c-shareButtons"></div>',
    '<div class="relatedRoundups--1d0KvW8d"></div>',
    '<section data-testid="newsletter-signup"></section>',
    '<section aria-label="Most popular stories"></section>',
    '<table class="sidebox"></table>',
    '<td class="rightcol"></td>',
    '<div class="right-rail"></div>',
    '<div id="side_bar"></div>',
    '<section class="layout-rail"></section>',
    '<div class="subscription-prompt"></div>',
    '<div class="disclaimer"></div>',
    '<p class="duet--article--affiliate-disclosure"></p>',
    '<div class="duet--article--follow-topics"></div>',
    '<div class="GptAd_root__wNp7K"></div>',
    '<p class="ArticleRelatedContentLink_root__VYc9V"></p>',
    '<p class="ArticleBody_disclaimer__d9XqL"></p>',
    '<div class="ShareBar-sc-1x2y3z"></div>',
    '<div data-component="video-block"></div>',
    '<div class="video-resource" data-component-name="video-resource"></div>',
    '<div data-testid="media-player"></div>',
    '<div class="jwplayer__widthsetter"></div>',
    '<div id="jw-player-4f2a" class="jw-player"></div>',
    '<div class="content-reactions"></div>',
    '<section class="emoji-reactions"></section>',
    '<figure class="video-embed__wrapper"></figure>',
    '<div data-qa="newsletter-inline"></div>',
    '<div data-qa="GenericArticle-SocialShare"></div>',
    '<div id="relatedPosts"></div>',
    '<div data-qa="article-body-ad"></div>',
    '<div class="wp-block-techwire-inline-cta inline-cta inline-cta--event"></div>',
    '<div class="call-to-action"></div>',
    '<div class="regwall-prompt"></div>',
    '<div id="piano-inline-offer" class="piano-inline piano-offer-container"></div>',
    '<div id="sliding-popup" role="alertdialog"></div>',
    '<div class="cli cli-support-huffpost"></div>',
    '<div class="donate-box"></div>',
    '<aside class="contribution-ask"></aside>',
    '<div data-component="support-banner"></div>',
    '<div class="newsletterPromo" data-cy="newsletter-promo"></div>',
    '<div data-cy="most-popular"></div>',
    '<div class="paywallPrompt"></div>',
    '<div class="paywall-offer"></div>',
    '<div class="styles_ShareRow__Zk0"></div>',
    '<div class="InlineImage-imageEmbedCaption"></div>',
    '<div class="RenderKeyPoints-keyPoints"></div>',
    '<aside class="key-takeaways"></aside>',
    '<section class="more_from-H8mhU"></section>',
    '<div class="more-from-author"></div>',
    '<ol class="c-article-references"></ol>',
    '<div id="references"></div>',
    '<section class="bibliography"></section>',
    '<div class="inline-recirc" data-module="recirc"></div>',
    '<div class="sources-section"></div>',
    '<div class="wprm-nutrition-label-container"></div>',
    '<div class="nutrition-facts"></div>',
    '<div class="tasty-recipes-nutrition"></div>',
    '<div class="tasty-recipes-nutrifox"></div>',
    '<div class="mv-create-nutrition"></div>',
    '<div class="col-12 recipe__nutrition"></div>',
    '<ul class="nutrition-list"></ul>',
    '<div class="kicker-wrapper"></div>',
    '<span class="kicker-tooltip"></span>',
    '<div class="ticker-list" data-testid="article-tickers"></div>',
    '<div class="ticker-rows"></div>',
    '<div class="company-card" data-testid="company-quote-card"></div>',
    '<div data-module-name="price-snapshot" class="price-widget"></div>',
    '<div data-test-id="symbol-card"></div>',
    '<div class="article-pitch-container" id="pitch"></div>',
    '<div class="comp mntl-sc-block mntl-sc-block-financial-offers"></div>',
    '<section class="read-next__container__2qQkZ" data-testid="ReadNext"></section>',
    '<div class="article__corrections"></div>',
    '<div data-test-id="post-page-recommended"></div>',
    '<div class="tnt-obit-actions"></div>',
    '<section data-component="GuestbookSection"></section>',
    '<section data-component="MoreObituaries"></section>',
    '<div class="recent-obits"></div>',
    '<section data-component="ServicesSection"></section>',
    '<div class="service-info"></div>',
    '<section class="tribute-wall"></section>',
    '<div class="sympathy-promo"></div>',
    '<div class="article-actions"></div>',
    '<amp-ad width="300" height="250" type="doubleclick"></amp-ad>',
    '<amp-embed type="taboola" layout="responsive"></amp-embed>',
    '<amp-iframe src="https://example.com/graphic/"><div placeholder>Loading graphic…</div></amp-iframe>',
    '<amp-social-share type="twitter"></amp-social-share>',
    '<amp-consent id="consent" layout="nodisplay"></amp-consent>',
    '<amp-sidebar id="menu" layout="nodisplay"></amp-sidebar>',
    '<div class="gallery-embed" data-gallery-id="5501"></div>',
    '<section class="canvas-block-component canvas-gallery-block"></section>',
    '<div class="inline-gallery"></div>',
    '<div data-component="photo-gallery-module"></div>',
    '<div class="powa-wrapper" data-qa="inline-video"></div>',
    '<div class="embedded-video"></div>',
  ])('should treat %s as furniture', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(true);
  });

  it.each([
    '<div class="post-12 post type-post hentry tag-links category-news"></div>',
    '<span class="keyword"></span>',
    '<div class="keywordsearch-results"></div>',
    '<amp-twitter data-tweetid="1"><blockquote placeholder><p>The ferry is back.</p></blockquote></amp-twitter>',
    '<amp-img src="ferry.jpg" width="800" height="600"></amp-img>',
    '<amp-accordion><section><h2>What the review found</h2><p>Erosion has doubled.</p></section></amp-accordion>',
    '<article class="share-enabled"></article>',
    '<div class="entry-content"></div>',
    '<div class="transactions-table"></div>',
    '<p>plain paragraph</p>',
    '<div class="obituary-text"></div>',
    '<div class="obit-text"></div>',
    '<section class="services"></section>',
    '<div class="shared-story"></div>',
    '<div class="pullman-review"></div>',
    '<div class="verdicts-timeline"></div>',
    '<div class="gallery"></div>',
    '<div class="gallery-slide"></div>',
    '<div class="inline-videography-notes"></div>',
    '<article class="video-story"></article>',
    '<div class="productivity-tips"></div>',
    '<div class="highlights"></div>',
    '<div role="main"></div>',
    '<div data-component="text-block"></div>',
    '<section aria-label="Article body"></section>',
    '<div id="leftcol"></div>',
    '<div class="railway-news"></div>',
    '<div class="rightsholder-note"></div>',
    '<section class="ArticleBody_root__2gF81"></section>',
    '<p class="ArticleParagraph_root__4mszW"></p>',
    '<div class="BaseWrap-sc-gjQpdd BodyWrapper"></div>',
    '<div class="follow-up-story"></div>',
    '<div class="subscriber-content"></div>',
    '<div class="morefromhome"></div>',
    '<p class="reference-point"></p>',
    '<div class="resources-page"></div>',
    '<div class="video-review-text"></div>',
    '<p class="videos-intro"></p>',
    '<div data-qa="article-body"></div>',
    '<div data-qa="GenericArticle-Body"></div>',
    '<div id="mainContent"></div>',
    '<div class="actor-profile"></div>',
    '<div class="pianist-interview"></div>',
    '<p class="paywalled-content"></p>',
    '<p class="paywall" data-component="paragraph"></p>',
    '<div role="alert"></div>',
    '<span aria-describedby="apy-tip"></span>',
    '<span class="contributor"></span>',
    '<div class="supporting-evidence"></div>',
    '<div class="donations-story"></div>',
    '<a class="ticker" href="/quote/SLVN"></a>',
    '<span class="ticker-symbol"></span>',
    '<blockquote class="quote"></blockquote>',
    '<div class="review-body"></div>',
    '<h2 class="verdict"></h2>',
    '<div class="scoreboard-story"></div>',
    '<p class="price-table-note"></p>',
    '<div class="company-news"></div>',
    '<div class="pitcher-stats"></div>',
    '<div class="special-offer-story"></div>',
    '<div data-test-id="content-container"></div>',
    '<section class="contributors"></section>',
    '<div data-cy="article-content" class="articleContent paywall"></div>',
    '<div class="styles_ArticleBody__Q2x"></div>',
    '<div class="InlineImage-imageEmbed"></div>',
    '<p class="keynote-speech"></p>',
    '<div class="key-point-summary-of-the-law"></div>',
    '<div class="jwplayers-guide-body"></div>',
    '<section class="reaction-roundup"></section>',
    '<div class="chain-reaction-explainer"></div>',
    '<article class="post category-nutrition"></article>',
    '<section class="nutrition-advice"></section>',
    '<div class="nutrition"></div>',
    '<section class="nutrition-news"></section>',
    '<div class="sports-nutrition-guide"></div>',
    '<p class="speedbumps-on-main-street"></p>',
    '<div class="c-articleContent"></div>',
    '<div class="ugc--2nTu61bm minor--3O_9dH4U"></div>',
    '<div class="kickers-guide-body"></div>',
    '<div class="article-widget article-widget-text"></div>',
    '<div class="article-widget article-widget-image"></div>',
    '<div class="article-widgets"></div>',
    '<div class="story-widget story-widget-paragraph"></div>',
    '<div class="comments-policy-story"></div>',
    '<div class="image__image"></div>',
    '<div class="data-source-note"></div>',
    '<div class="open-source-story"></div>',
    '<section aria-labelledby="article-heading"></section>',
    '<div data-e2e="story-body"></div>',
    '<div class="consent-decree-story"></div>',
    '<div class="embedding-story"></div>',
    '<div class="uc-berkeley-story"></div>',
  ])('should not treat %s as furniture', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(false);
  });
  it.each([
    '<div class="affiliate-card hotel-box"><h3>Where to stay: Casa do Rio</h3><p>From €89 per night</p></div>',
    '<div data-testid="ConsumerMarketingUnit"><p>Get unlimited access.</p></div>',
    '<div class="ContributorBioWrapper"><p>Ann Lee is an editor.</p></div>',
    '<section class="ReviewsWrapper"><h2>Ratings &amp; Reviews</h2></section>',
    '<div class="ContentHeaderRatingWrapper"><span>4.7</span></div>',
    '<div class="RecipeNutritionWrapper"><p>Per serving: 290 calories</p></div>',
    '<div data-testid="InfoSlice"><p>Total Time</p><p>40 minutes</p></div>',
    '<p class="Yield">4 servings</p>',
    '<div class="c-mapstack__address"><p>1912 E Cesar Chavez St</p></div>',
  ])('should read the travel or recipe block %s as furniture', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(true);
  });

  it.each([
    '<a class="affiliate-link" href="/hotel">a small guesthouse by the river</a>',
    '<div class="review-body"><p>The inn is quiet and the rooms are bright.</p></div>',
    '<div class="recipe-instructions"><p>Heat oil in a large pot.</p></div>',
  ])('should not read %s as furniture', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(false);
  });
});

describe('isFurnitureElement on a donation appeal', () => {
  it.each([
    '<div class="DonatesTeaser-module_root__Mm1pA"><p>Meduza needs your help.</p></div>',
    '<aside class="donates-box"><p>Every gift helps.</p></aside>',
  ])('should treat %s as furniture', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(true);
  });

  it.each(['<div class="donated-organs-chart"></div>', '<div class="SimpleBlock-module_p__Q3azY"></div>'])(
    'should not treat %s as furniture',
    (html) => {
      expect(isFurnitureElement(elementOf(html))).toBe(false);
    },
  );
});

const REVIEW_PARAGRAPH =
  '<p>The Brindle V9 picked up 97 percent of our test debris on medium-pile carpet, the best score we recorded, and its battery lasted 52 minutes on the standard setting in our timed runs, which put it ahead of plug-in models that cost twice as much.</p>';

describe('isFurnitureElement on a commerce card', () => {
  it.each([
    [
      'a card with a blurb',
      '<div class="product-card"><h3>Brindle V9</h3><p>The best cordless vacuum.</p><a href="#">$379 at Amazon</a></div>',
    ],
    [
      'a card with a long disclaimer',
      '<div class="product-card__disclaimer"><p>Prices are accurate at the time of publication.</p></div>',
    ],
    [
      'a review section also named a share row',
      `<section class="product-card share-row">${REVIEW_PARAGRAPH}</section>`,
    ],
  ])('should still drop %s', (_case, html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a product section named a card',
      `<section class="product-card"><h2>Brindle V9</h2>${REVIEW_PARAGRAPH}</section>`,
    ],
    ['its content block', `<div class="product-card__content">${REVIEW_PARAGRAPH}<ul><li>Light</li></ul></div>`],
  ])('should keep %s holding the review', (_case, html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(false);
  });
});

describe('isFurnitureElement on BookStack bookmark ids', () => {
  it.each([
    '<h3 id="bkmrk-winter-social">Winter social</h3>',
    '<p id="bkmrk-share-of-the-costs">Share of the costs.</p>',
  ])("should read %s by its class, not by BookStack's id", (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(false);
  });

  it('should still read a share bar by its id', () => {
    expect(isFurnitureElement(elementOf('<div id="social-share"></div>'))).toBe(true);
  });
});

describe('isFurnitureElement on a breadcrumb trail', () => {
  it.each([
    '<div id="crumbs"><a href="/">Home</a> <a href="/gardens/">Gardens</a> <span class="current">A shed</span></div>',
    '<div class="breadandcrumb"><a href="/">Home</a> / <a href="/news/">News</a> / News article: A shed</div>',
    '<ol class="crumbs"><li><a href="/">Home</a></li><li>Gardens</li></ol>',
    '<div class="bread-crumbs"><a href="/">Home</a> › Gardens</div>',
    '<li class="crumb"><a href="/gardens/">Gardens</a></li>',
  ])('should treat %s as furniture', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(true);
  });

  it.each([
    '<div class="crumble-recipe"><p>Rub the butter into the flour.</p></div>',
    '<div class="crumbly-texture"><p>The cake was dry.</p></div>',
    '<div class="breadmaking-story"><p>The loaf rose twice.</p></div>',
  ])('should not treat %s as furniture', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(false);
  });
});
