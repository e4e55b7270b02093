import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classNames, nameWords, withoutModuleHash, withoutNextModuleHash } from '../../../utils/dom/class-names';

const withClass = (value: string): Element => {
  const doc = parseHTML('<html><body><div></div></body></html>').document as unknown as Document;
  const element = doc.body.firstElementChild;
  if (!element) throw new Error('no element');
  element.setAttribute('class', value);
  return element;
};

describe('classNames', () => {
  it.each([
    ['a CSS module with a plain local name', 'ArticleBio_root__r6Ggy', 'ArticleBio_root__r6Ggy article-bio'],
    [
      'a CSS module with a telling local name',
      'ArticleBody_disclaimer__d9XqL',
      'ArticleBody_disclaimer__d9XqL article-body-disclaimer',
    ],
    ['a styled component', 'ShareBar-sc-1x2y3z', 'ShareBar-sc-1x2y3z share-bar'],
    [
      'a styled component named by its .styled file',
      'PaywallTeaserstyled__Container-sc-7g8h-0',
      'PaywallTeaserstyled__Container-sc-7g8h-0 paywall-teaser',
    ],
    [
      'a styled component with a telling name in its file',
      'ArticleTeaserstyled__Related-sc-4d5f-0',
      'ArticleTeaserstyled__Related-sc-4d5f-0 article-teaser-related',
    ],
    ['a styled component named by its plain file', 'Header__Nav-sc-1x2y', 'Header__Nav-sc-1x2y header-nav'],
    ['a bare component class', 'ConsumerMarketingUnit', 'ConsumerMarketingUnit consumer-marketing-unit'],
    ['several classes', 'GptAd_root__wNp7K ad', 'GptAd_root__wNp7K ad gpt-ad'],
    ['a lower camel class', 'imageCaption', 'imageCaption image-caption'],
    ['lower camel classes among others', 'artSplitter mol-img-group', 'artSplitter mol-img-group art-splitter'],
    ['a CSS module of a lower-case file', 'styles_ShareRow__Zk0', 'styles_ShareRow__Zk0 share-row'],
    ['a CSS module of a lower-case file, lower local name', 'article_byline__x1', 'article_byline__x1 byline'],
    [
      'a CSS module of a camel-case file',
      'storyPage_subscribeBox__fk3Ln',
      'storyPage_subscribeBox__fk3Ln subscribe-box',
    ],
    [
      'a component with a camel-case part',
      'InlineImage-imageEmbedCaption',
      'InlineImage-imageEmbedCaption inline-image-image-embed-caption',
    ],
    [
      'a component with a one-word part',
      'ArticleBody-articleBody',
      'ArticleBody-articleBody article-body-article-body',
    ],
    ['a namespaced camel-case class', 'c-articleDisclosure', 'c-articleDisclosure c-article-disclosure'],
    [
      'a namespaced camel-case block and element',
      'c-contentHeader_description',
      'c-contentHeader_description c-content-header_description',
    ],
    ['a css-loader module class', 'ugc--2nTu61bm minor--3O_9dH4U', 'ugc--2nTu61bm minor--3O_9dH4U ugc minor'],
    ['a camel-case css-loader module class', 'relatedRoundups--1d0KvW8d', 'relatedRoundups--1d0KvW8d related-roundups'],
    [
      'a postcss-modules class of a .module.css file',
      'DonatesTeaser-module_root__Mm1pA',
      'DonatesTeaser-module_root__Mm1pA donates-teaser',
    ],
    [
      'a postcss-modules class with a telling local name',
      'SimpleBlock-module_lead__X35nD',
      'SimpleBlock-module_lead__X35nD simple-block-lead',
    ],
  ])('should spell out %s', (_case, value, expected) => {
    expect(classNames(withClass(value))).toBe(expected);
  });

  it.each([
    ['a kebab class', 'entry-content'],
    ['a one-word capitalised class', 'Post'],
    ['an all-caps class', 'ARTICLE'],
    ['a lower-case class with digits', 'col9'],
    ['no class', ''],
    ['a BEM block and element', 'o-topper__standfirst'],
    ['a snake-case class', 'post_content'],
    ['a BEM modifier', 'ad-unit--mid-article'],
    ['a namespaced kebab class', 'c-page-article'],
  ])('should leave %s as it is', (_case, value) => {
    expect(classNames(withClass(value))).toBe(value);
  });
});

describe('nameWords', () => {
  it.each([
    ['a component name', 'GenericArticle-SocialShare', 'GenericArticle-SocialShare generic-article-social-share'],
    ['a camel-case id', 'relatedPosts', 'relatedPosts related-posts'],
  ])('should add the words of %s', (_case, value, expected) => {
    expect(nameWords(value)).toBe(expected);
  });

  it.each([
    ['a kebab name', 'newsletter-inline'],
    ['an all-caps id', 'MAIN'],
    ['nothing', ''],
  ])('should leave %s as it is', (_case, value) => {
    expect(nameWords(value)).toBe(value);
  });
});

describe('withoutModuleHash', () => {
  it.each([
    ['a css-loader module class', 'comment--3ZpQUnzl', 'comment'],
    ['a module class with a dash in its name', 'top-rated--1lF7r2Nq', 'top-rated'],
    ['a hash holding an underscore', 'minor--3O_9dH4U', 'minor'],
  ])('should drop the hash of %s', (_case, value, expected) => {
    expect(withoutModuleHash(value)).toBe(expected);
  });

  it.each([
    ['a BEM modifier', 'card--featured'],
    ['a BEM modifier with a digit', 'heading--h5'],
    ['a lower-case modifier with digits', 'ad-unit--mid2article'],
    ['a plain class', 'comment'],
  ])('should leave %s as it is', (_case, value) => {
    expect(withoutModuleHash(value)).toBe(value);
  });
});

describe('withoutNextModuleHash', () => {
  it.each([
    ['a lower-case file and local name', 'comment_item__m4Xv0', 'comment_item'],
    ['a capitalised file name', 'Comment_item__Q0b7e', 'Comment_item'],
    ['a camel-case local name', 'comments_listItem__aB3dE', 'comments_listItem'],
  ])('should drop the hash of %s', (_case, value, expected) => {
    expect(withoutNextModuleHash(value)).toBe(expected);
  });

  it.each([
    ['a BEM element', 'comment__title'],
    ['a BEM element of five lower-case letters', 'comment_box__inner'],
    ['a hash-like tail of another length', 'comment_item__m4Xv0q9'],
  ])('should leave %s as it is', (_case, value) => {
    expect(withoutNextModuleHash(value)).toBe(value);
  });
});
