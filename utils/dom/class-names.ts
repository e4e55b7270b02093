import { gatsbyModuleLocal } from './gatsby-module-class';
import { postcssModuleLocal } from './postcss-module-class';
import { withoutShadyScopeNames } from './shady-scope-names';

/**
 * A component class of today's build tools: a CSS module (`ArticleBio_root__r6Ggy`: component, local name, hash) or
 * a styled component (`BylineName-sc-1x2y3z`). Group 1 is the component, group 2 the local name. postcss-modules
 * names a `DonatesTeaser.module.css` file's classes `DonatesTeaser-module_root__Mm1pA` (Rollup builds, Meduza).
 */
const COMPONENT_CLASS = /^([A-Z][A-Za-z0-9]*)(?:(?:-module)?_([A-Za-z][A-Za-z0-9]*)__[\w-]+|-sc-[\w-]+)?$/;
/**
 * A styled component as babel-plugin-styled-components names it, file and component before the hash
 * (`PaywallTeaserstyled__Container-sc-7g8h-0` from `PaywallTeaser.styled.js`, `Header__Wrapper-sc-1x2y`): group 1 is
 * the file, group 2 the component. Madsack/RND-style templates name their blocks only this way.
 */
const STYLED_FILE_CLASS = /^([A-Z][A-Za-z0-9]*?)(?:styled)?__([A-Z][A-Za-z0-9]*)-sc-[\w-]+$/;
/**
 * A CSS module whose file has a lower-case or camel-case name, as Next.js names them (`styles_Byline__b8R`,
 * `article_shareRow__x1`, `storyPage_subscribeBox__fk3Ln`): group 1 is the local name. The file says nothing about
 * the block; the local name does.
 */
const MODULE_CLASS = /^[a-z][A-Za-z0-9]*_([A-Za-z][A-Za-z0-9]*)__[\w-]+$/;
/**
 * A component and its part in camel case (`InlineImage-imageEmbedCaption`, `ShareBar-shareBar`,
 * `ArticleHeader-headline`), how several TV-network and business templates name blocks.
 */
const PART_CLASS = /^[A-Z][A-Za-z0-9]*-[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)*$/;
/** A lower-to-upper step inside a name ("ArticleBio" → "Article Bio"). */
const CASE_STEP = /([a-z0-9])([A-Z])/g;
const HAS_CASE_STEP = /[a-z0-9][A-Z]/;
/** A CSS module's local name that says nothing about the block (the component's outer element). */
const PLAIN_LOCAL = /^(?:root|wrapper|container|inner|outer|base)$/i;
const SPACES = /\s+/;
/** A camel-case class of hand-written templates ("imageCaption", "relatedStories", "adHolder"): words by their case. */
const CAMEL_CLASS = /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+$/;

/**
 * A CSS module class as webpack's css-loader names them by default (`comment--3ZpQUnzl`: local name, two dashes, a
 * base64 hash of five or more characters with a digit and a capital). Group 1 is the local name. A BEM modifier
 * (`card--featured`, `heading--h5`) has no such hash.
 */
const HASHED_CLASS = /^([A-Za-z][\w-]*?)--(?=[\w-]*\d)(?=[\w-]*[A-Z])[\w-]{5,}$/;

/**
 * A CSS module class as Next.js names them (`[file]_[local]__[hash]`: `comment_item__m4Xv0` from a `comment.module.css`
 * file's `.item`): group 1 is the file and the local name, which together name the block. The hash is five base64
 * characters with a digit or a capital; a BEM element (`comment__title`) is all lower-case words.
 */
const NEXT_HASHED_CLASS = /^([A-Za-z][A-Za-z0-9]*_[A-Za-z][A-Za-z0-9]*)__(?=[\w-]*[\dA-Z])[\w-]{5}$/;

/**
 * A class or id without its CSS-module hash: `comment--3ZpQUnzl` → `comment`, and a postcss-modules (Vite) class
 * without its underscores, hash and line (`_commentContainer_1jhy4_55` → `commentContainer`); other names as they are.
 */
export const withoutModuleHash = (token: string): string =>
  HASHED_CLASS.exec(token)?.[1] ?? postcssModuleLocal(token) ?? token;

/**
 * A class or id without a Next.js CSS-module hash: `comment_item__m4Xv0` → `comment_item`; other names as they are.
 * Kept apart from `withoutModuleHash`, whose callers read the file and the local name of such a class separately.
 */
export const withoutNextModuleHash = (token: string): string => NEXT_HASHED_CLASS.exec(token)?.[1] ?? token;

/**
 * A camel-case class behind a short namespace, as ITCSS-style templates write them (`c-articleDisclosure`,
 * `c-contentHeader_description` on Red Ventures sites, `o-shareBar`): words by their case, the namespace kept.
 */
const NAMESPACED_CAMEL = /^[a-z]{1,3}-[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+(?:_[A-Za-z][A-Za-z0-9]*)?$/;

/** "ArticleBio" → "article-bio". */
const kebab = (name: string): string => name.replace(CASE_STEP, '$1-$2').toLowerCase();

/**
 * A block name with its case steps also spelled as words: `GenericArticle-SocialShare` (a `data-qa` name) adds
 * `generic-article-social-share`, so the furniture vocabulary, which reads words between dashes, sees `social-share`.
 */
export function nameWords(name: string): string {
  return HAS_CASE_STEP.test(name) ? `${name} ${kebab(name)}` : name;
}

/**
 * An element's class names, with component classes also spelled as words: `ArticleBio_root__r6Ggy` adds
 * `article-bio`, `ArticleBody_disclaimer__d9XqL` adds `article-body-disclaimer`, `ShareBar` adds `share-bar`. Sites
 * built with CSS modules or styled components name their blocks only this way, and the furniture vocabulary reads words
 * between dashes. A camel-case class (`imageCaption`, Daily Mail's caption) adds its words too (`image-caption`), and
 * so do a lower-case file's CSS module (`styles_ShareRow__Zk0` adds `share-row`) and a component's camel-case part
 * (`InlineImage-imageEmbedCaption` adds `inline-image-image-embed-caption`), a namespaced camel-case class
 * (`c-articleDisclosure` adds `c-article-disclosure`) and a css-loader module class its local name (`ugc--2nTu61bm`
 * adds `ugc`).
 */
export function classNames(element: Element): string {
  // Shady DOM's scoping names name the component around the block, not the block (`style-scope news-article`).
  const classes = withoutShadyScopeNames(element.getAttribute('class') ?? '');
  const words: string[] = [];
  for (const written of classes.split(SPACES)) {
    // A css-loader module class reads as its local name: `relatedRoundups--1d0KvW8d` is a `related-roundups`, and
    // so does Gatsby's (`article-module--heroCaption--2mR8t` is a `hero-caption`).
    const gatsbyLocal = gatsbyModuleLocal(written);
    if (gatsbyLocal !== undefined) {
      words.push(kebab(gatsbyLocal));
      continue;
    }
    const name = withoutModuleHash(written);
    if (name !== written && !HAS_CASE_STEP.test(name)) words.push(name);
    if (CAMEL_CLASS.test(name) || NAMESPACED_CAMEL.test(name)) {
      words.push(kebab(name));
      continue;
    }
    const named = MODULE_CLASS.exec(name)?.[1] ?? (PART_CLASS.test(name) ? name : undefined);
    if (named) {
      words.push(kebab(named));
      continue;
    }
    const styled = STYLED_FILE_CLASS.exec(name);
    if (styled?.[1] && styled[2]) {
      words.push(kebab(PLAIN_LOCAL.test(styled[2]) ? styled[1] : `${styled[1]}-${styled[2]}`));
      continue;
    }
    const match = COMPONENT_CLASS.exec(name);
    const component = match?.[1];
    // A class without a case step ("Post", "ARTICLE") is already one word.
    if (!component || !HAS_CASE_STEP.test(component)) continue;
    const local = match[2];
    words.push(kebab(local && !PLAIN_LOCAL.test(local) ? `${component}-${local}` : component));
  }
  return words.length > 0 ? `${classes} ${words.join(' ')}` : classes;
}
