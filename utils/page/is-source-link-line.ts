/**
 * The source line Gawker Media's and later Kinja's blogs (Gizmodo, Lifehacker, Kotaku, Jalopnik, 2008-2019) close a
 * post on: the linked title of the page the post draws on, a bar, and that page's site in italics ("Keyhold 6 release
 * notes | Keyhold", "Why Scooters Won | The Atlantic via Longreads"). The title is a few words with no sentence end;
 * the site one to four capitalised words, with "via" between two of them. A sentence has no bar before a name alone.
 */
const SOURCE_LINK_LINE =
  /^[^|]{3,100}[^|.!?:;,\s] \| (?:The )?\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*){0,3}(?: via (?:the )?\p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*){0,3})?$/u;

/** True for a Gawker or Kinja post's closing source line: a page's title, a bar, its site ("Title | Source"). */
export function isSourceLinkLine(text: string): boolean {
  return SOURCE_LINK_LINE.test(text);
}
