import { readClone, type CloneReading } from './read-clone';
import { keptOriginals } from './retry-without-link-list';
import { textOf } from './text-of';

/**
 * The site speaking of its own cookies, as cookie and privacy notices of every vintage open or go on: "This website
 * uses cookies …", "We use cookies …", "We and our partners use cookies …", "Our site uses cookies …". A story on
 * cookies reports someone else's ("The retailer's site uses cookies to …", "Regulators found that the site used …").
 */
const SITE_OWN_COOKIES = /\b(?:we(?: and our partners)?|(?:this|our) (?:web)?site) uses? cookies\b/i;
const COOKIE_WORD = /\bcookies?\b/i;
/**
 * A notice speaks of cookies in most of its text: at least this share of the block's characters sits in paragraphs
 * naming them. A story that quotes a site's notice, or a baking story, has far more text besides.
 */
const MIN_COOKIE_SHARE = 0.5;

/** True when `block` reads as a cookie notice: the site's own cookies, and cookies in most of its paragraphs. */
export function isCookieNotice(block: Element): boolean {
  const total = textOf(block).length;
  if (total === 0) return false;
  let cookieChars = 0;
  let ownCookies = false;
  for (const paragraph of block.querySelectorAll('p, li')) {
    const text = textOf(paragraph);
    if (!COOKIE_WORD.test(text)) continue;
    cookieChars += text.length;
    ownCookies ||= SITE_OWN_COOKIES.test(text);
  }
  return ownCookies && cookieChars >= total * MIN_COOKIE_SHARE;
}

/**
 * When Readability returned a cookie or privacy notice (a GDPR-era notice left unstyled at the foot of the page
 * outscores a short story whose names say nothing), reads the page again without it and takes that reading when it
 * finds anything else; otherwise gives back the first reading.
 */
export function retryWithoutCookieNotice(
  doc: Document,
  reading: CloneReading,
  comments: readonly Element[],
  headline: Element | undefined,
  charThreshold: number,
): CloneReading {
  if (!reading.content || !isCookieNotice(reading.content)) return reading;
  const retry = readClone(
    doc,
    [...comments, ...keptOriginals(reading.content, reading.pairs)],
    headline,
    charThreshold,
  );
  return retry.content && textOf(retry.content).length > 0 && !isCookieNotice(retry.content) ? retry : reading;
}
