const SPACES = /\s+/;
/**
 * A custom element's name as ShadyCSS writes it after `style-scope`: lower case, with a hyphen (`ytd-watch-flexy`,
 * `news-article`, `app-header-layout`).
 */
const ELEMENT_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
/** The numbered scope ShadyCSS's custom-property shim writes after `x-scope` (`app-header-layout-0`). */
const NUMBERED_ELEMENT_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d+$/;

/**
 * The class names Polymer's Shady DOM (ShadyCSS) writes to scope a component's styles without a shadow root, as
 * pages saved from Polymer apps carry them (YouTube's `class="title style-scope ytd-video-primary-info-renderer"`,
 * `x-scope paper-button-0`): `style-scope` and the name of the component whose template holds the element, `x-scope`
 * and the element's own numbered name. They name a component, not the block: a paragraph in `news-article`'s template
 * is no article, and a whole app's layout element (`x-scope app-header-layout-0`, the header AND the pages under it)
 * is no header, yet Readability and the furniture vocabulary read those words. Returns the indexes of such names in
 * `names`.
 */
function shadyScopeIndexes(names: readonly string[]): Set<number> {
  const scoped = new Set<number>();
  for (const [index, name] of names.entries()) {
    const next = names[index + 1] ?? '';
    if (name === 'style-scope') {
      scoped.add(index);
      if (ELEMENT_NAME.test(next)) scoped.add(index + 1);
    } else if (name === 'x-scope') {
      scoped.add(index);
      if (NUMBERED_ELEMENT_NAME.test(next)) scoped.add(index + 1);
    }
  }
  return scoped;
}

/** An element's class attribute without Shady DOM's scoping names (see `shadyScopeIndexes`). */
export function withoutShadyScopeNames(classes: string): string {
  if (!classes.includes('-scope')) return classes;
  const names = classes.trim().split(SPACES);
  const scoped = shadyScopeIndexes(names);
  return scoped.size === 0 ? classes : names.filter((_, index) => !scoped.has(index)).join(' ');
}

/**
 * Takes Shady DOM's scoping names off every element of a page copy before Readability reads it: it drops a block
 * whose names say "header" (an app's `app-header-layout`, which holds the pages too) as unlikely content, and its
 * retry re-parses the page, so that nothing it returns maps to the page any more. Edits `doc` in place; meant for the
 * clone Readability reads.
 */
export function clearShadyScopeNames(doc: Document): void {
  for (const element of doc.querySelectorAll('.style-scope, .x-scope')) {
    const classes = element.getAttribute('class') ?? '';
    const kept = withoutShadyScopeNames(classes);
    if (kept !== classes) element.setAttribute('class', kept);
  }
}
