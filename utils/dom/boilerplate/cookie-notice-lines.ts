/**
 * The cookie notice older templates (2012-2018, before consent platforms) print as a bar over every page: one sentence
 * or two and a single "OK" / "I agree" / "Accept and close" button with a "More info" link, which the consent-box test
 * (`isConsentBox`, two kinds of button) does not take. Its wording is standard: Drupal's EU Cookie Compliance module
 * ("We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving your
 * consent for us to set cookies."), WordPress's Cookie Notice ("We use cookies to ensure that we give you the best
 * experience on our website. If you continue to use this site we will assume that you are happy with it.") and the
 * newspaper bars of the time ("We use cookies to give you the best possible experience on our site. By continuing to
 * use the site you agree to our use of cookies."). Readability may take the bar in as a sibling of the story.
 *
 * The site speaks of its own cookies ("We use", "This site uses") and then to the reader: what the cookies give
 * "you" or "your experience", or what "you" agree to by going on. A story's sentence on cookies reports them ("The
 * site uses cookies to track visitors, the regulator found") and does not address the reader.
 */

/** The site's own cookies, then, within the notice, the reader's part in them. */
const SITE_COOKIE_NOTICE =
  /^(?:we(?: and our partners)?|(?:this|our) (?:web)?site) uses? cookies\b.{0,300}?(?:\bby (?:continuing|clicking|using|browsing|visiting|closing)\b.{0,80}\byou\b|\bif you continue\b|\byou(?: are)? (?:agree|agreeing|consent|consenting|accept|accepting)\b|\bgiving (?:us )?your consent\b|\bassume (?:that )?you(?:'re| are) happy\b|\b(?:give|offer|provide) you (?:the|a) (?:best|better)\b|\b(?:enhance|improve) your (?:user |browsing )?experience\b).{0,300}$/i;

/** The bar that opens on the reader's consent: "By using our site you agree to our use of cookies …". */
const CONTINUE_AGREE_NOTICE =
  /^by (?:using|continuing to use|continuing to browse|browsing|visiting) (?:this|our|the) (?:web)?site,? you(?: are)? (?:agree|agreeing|consent|consenting|accept|accepting) to (?:our|the) use of cookies\b.{0,300}$/i;

export const COOKIE_NOTICE_LINES: readonly RegExp[] = [SITE_COOKIE_NOTICE, CONTINUE_AGREE_NOTICE];
