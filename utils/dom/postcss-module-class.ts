/**
 * A CSS module class as postcss-modules names them by default (`_[local]_[hash]_[line]`: `_commentContainer_1jhy4_55`
 * is the `.commentContainer` rule on line 55 of a file whose hash is `1jhy4`), the default of Vite's CSS modules and
 * so of most React and Vue widgets built with Vite since 2021 (the bluesky-comments package among them). Group 1 is the
 * local name, which names the block; the hash (five base-36 characters) and the line number say nothing.
 */
const POSTCSS_MODULE_CLASS = /^_([A-Za-z][\w-]*?)_[a-z0-9]{5}_\d+$/;

/** The local name of a postcss-modules class (`commentContainer`), or undefined for any other class. */
export const postcssModuleLocal = (token: string): string | undefined => POSTCSS_MODULE_CLASS.exec(token)?.[1];
