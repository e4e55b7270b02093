import { foldWords } from '../text/fold-words';

/**
 * True when `text`, a line right under the headline read so far, is the page's declared headline in full and that
 * headline only its opening words: the page's own heading is a section or page name ("Board Highlights") and the
 * story's title ("Board Highlights: November 19 Regular Meeting", as `og:title` and `<title>` give it) is printed
 * under it, as school, council and club sites do when an article pasted from Word or Google Docs brings its own title
 * line. The line is then the headline, and the page name over it a label.
 */
export function completesHeadline(text: string, headline: string, declared: string | undefined): boolean {
  if (declared === undefined) return false;
  const line = foldWords(text);
  const shown = foldWords(headline);
  return line.length > shown.length && shown.length > 0 && line === foldWords(declared) && line.startsWith(`${shown} `);
}
