/**
 * A CSS module class as Gatsby names them (`[name]-module--[local]--[hash]`: `article-module--heroCaption--2mR8t`
 * from `article.module.css`, `layout-module--wrapper--1xQpa`), the default of gatsby-plugin-postcss and Gatsby's
 * built-in CSS modules since v2. Group 1 is the local name: the file says nothing about the block, the local name
 * does. css-loader's own default (`comment--3ZpQUnzl`) would read only the file (`article-module`) off it.
 */
const GATSBY_MODULE_CLASS = /^[a-z][\w-]*?-module--([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)--[\w-]{5,}$/;

/** The local name of a Gatsby CSS module class (`heroCaption`), or undefined for any other class. */
export const gatsbyModuleLocal = (token: string): string | undefined => GATSBY_MODULE_CLASS.exec(token)?.[1];
