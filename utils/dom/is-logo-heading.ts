/**
 * Class and id tokens of a site's logo or name set as a heading (`<h1 class="logo">`, `<h1 id="site-logo">`,
 * `h1.navbar-brand`, `h1.site-name`): many templates (DokuWiki's default template, older WordPress and Drupal themes,
 * Bootstrap navbars) print the site's name as the page's first `<h1>` on every page, over the article's own heading.
 */
const LOGO_TOKEN =
  /^(?:(?:site|header|page|main)[-_]?)?(?:logo|brand|branding)$|^(?:navbar|nav)[-_]brand$|^site[-_]?name$/i;

/** True when a heading is named as the site's logo or name (see `LOGO_TOKEN`): never the article's headline. */
export function isLogoHeading(heading: Element): boolean {
  return [...heading.classList, heading.id].some((token) => LOGO_TOKEN.test(token));
}
