import { composedQueryAll } from './composed-query';
import { foldWords } from '../text/fold-words';
import { isLogoHeading } from './is-logo-heading';

/** Headings shorter than this are section labels ("News", "Menu"), not a headline. */
const MIN_HEADLINE_CHARS = 10;
/** A heading this short (characters) may still be the headline when the page title names it ("Backwards!"). */
const MIN_MATCHED_CHARS = 4;
/**
 * A later heading naming another part of the title wins when it covers at least this share of it: blogs title
 * pages "Blog Name: Post Title" and show the blog name first. Measured on the Dragnet dev split (0.2–0.5 tried).
 */
const MIN_LATER_COVERAGE = 0.3;
const HEADINGS = 'h1, h2, h3, h4';

/**
 * How much of the wanted title a heading covers (0 when neither contains the other, or the heading is only part of
 * a word of the title).
 */
function coverage(text: string, wanted: string): number {
  if (text.length < MIN_MATCHED_CHARS || wanted.length === 0) return 0;
  if (` ${wanted} `.includes(` ${text} `)) return text.length / wanted.length;
  return text.includes(wanted) ? wanted.length / text.length : 0;
}

const isDisjoint = (a: string, b: string): boolean => !a.includes(b) && !b.includes(a);

/**
 * The element showing the article's headline: the heading (h1–h4) that covers most of the page's declared headline
 * or `<title>` (which often adds the site name), a later heading naming another part of the title over an earlier
 * one (the site name comes first), else the first long enough `h1`; a heading named as the site's logo is none of them.
 */
export function findHeadline(doc: Document, declared?: string): Element | undefined {
  const title = foldWords(doc.querySelector('title')?.textContent ?? '');
  const wanted = foldWords(declared ?? '');
  let best: Element | undefined;
  let bestScore = 0;
  let bestText = '';
  for (const heading of composedQueryAll(doc, HEADINGS)) {
    // The site's name set as a heading matches the title's site part, and is no headline.
    if (isLogoHeading(heading)) continue;
    const text = foldWords(heading.textContent ?? '');
    const score = Math.max(coverage(text, wanted), coverage(text, title));
    if (score > bestScore || (best && score >= MIN_LATER_COVERAGE && isDisjoint(text, bestText))) {
      best = heading;
      bestScore = score;
      bestText = text;
    }
  }
  if (best) return best;
  const first = [...doc.querySelectorAll('h1')].find((heading) => !isLogoHeading(heading));
  return first && foldWords(first.textContent ?? '').length >= MIN_HEADLINE_CHARS ? first : undefined;
}
