/**
 * The link that makes a heading a link: one inside it (`<h3><a href>Title</a></h3>`), or the link around it, as card
 * templates wrap a teaser's whole heading (`<a href><h3>Title</h3></a>`).
 */
export const headingLink = (heading: Element): Element | null =>
  heading.querySelector('a[href]') ?? heading.closest('a[href]');
