import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isFurnitureElement } from '../../../utils/dom/is-furniture-element';

const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.body.firstElementChild;
  if (!element) throw new Error('no element');
  return element;
};

describe('isFurnitureElement', () => {
  it.each([
    '<div class="related-posts"></div>',
    '<ul class="share-buttons"></ul>',
    '<div id="sidebar"></div>',
    '<p class="wp-caption-text"></p>',
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
    '<div data-component="related-links"></div>',
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
  ])('should treat %s as furniture', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(true);
  });

  it.each([
    '<div class="post-12 post type-post hentry tag-links category-news"></div>',
    '<article class="share-enabled"></article>',
    '<div class="entry-content"></div>',
    '<p>plain paragraph</p>',
    '<div class="shared-story"></div>',
    '<div class="pullman-review"></div>',
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
    '<span class="contributor"></span>',
    '<div class="supporting-evidence"></div>',
    '<div class="donations-story"></div>',
    '<section class="contributors"></section>',
    '<div class="jwplayers-guide-body"></div>',
    '<section class="reaction-roundup"></section>',
    '<div class="chain-reaction-explainer"></div>',
  ])('should not treat %s as furniture', (html) => {
    expect(isFurnitureElement(elementOf(html))).toBe(false);
  });
});
