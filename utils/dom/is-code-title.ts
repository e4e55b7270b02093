import { lineWithin } from './text-within';

/**
 * The file name a code block prints over its code (".github/workflows/ci.yml", "src/retry.ts"): Docusaurus's
 * `codeBlockTitle`, VitePress and Nextra titles, a Hashnode or Mintlify code header. It labels the code, as a caption
 * labels a picture, and is no line of the story. Read by structure: a short element right before the `<pre>` in the
 * same box, holding only a path.
 */

/** A file name or path: no spaces, an extension or a slash ("Dockerfile" alone is too like a word to tell). */
const FILE_PATH = /^(?=\S*[./])[\w.@~/+-]*[\w-](?:\.[A-Za-z0-9]{1,10})?$/;
/** A path is a line; a longer text before a `<pre>` is the writer's (characters other than spaces). */
const MAX_TITLE_CHARS = 80;
/** Tags a title is written in; a paragraph (`<p>`) or heading is the writer's text, even when it only names a file. */
const TITLE_TAGS = new Set(['DIV', 'SPAN']);

/** True for a code block's file-name title: a `<div>` or `<span>` holding only a path, right before a `<pre>`. */
export function isCodeTitle(element: Element): boolean {
  if (!TITLE_TAGS.has(element.tagName.toUpperCase())) return false;
  if (element.nextElementSibling?.tagName.toUpperCase() !== 'PRE') return false;
  const text = lineWithin(element, MAX_TITLE_CHARS);
  return text !== undefined && text.length > 0 && FILE_PATH.test(text);
}
