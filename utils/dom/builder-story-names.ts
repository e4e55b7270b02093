/**
 * Class names a page builder writes on every element it places, which say what KIND of element it is, not what it
 * holds. Elementor (the most used WordPress page builder) wraps each element in `elementor-widget
 * elementor-widget-<kind>` with an `elementor-widget-container` inside, and each column's children in an
 * `elementor-widget-wrap`: there the word `widget` means "builder element", not a sidebar widget. A story laid out with
 * it is several text-editor widgets with heading and image widgets between them, each read as furniture by that word
 * and left out; a theme builder's single-post template prints the post's own excerpt under its title as the dek
 * (`elementor-widget-theme-post-excerpt`), left out with the same word. Only the builder's structure and the kinds that
 * hold a story's own text are named here; the other kinds keep their word and still read as furniture
 * (`elementor-widget-posts`, `-post-navigation`, `-button`, `-share-buttons`, `-author-box`, `-form`), and the
 * element's other classes are read as before. Confluence names a page layout's columns by the layout (`columnLayout
 * two-right-sidebar`), whichever column holds the text.
 */
const BUILDER_STORY_NAME =
  /(?:^|\s)(?:elementor-widget(?:-(?:wrap|container|text-editor|heading|image|theme-post-content|theme-post-title|theme-post-excerpt))?|two-(?:left|right)-sidebar|three-with-sidebars)(?=$|\s)/gi;

/** `classes` without the page builder's own structure and story-kind names (see `BUILDER_STORY_NAME`). */
export function withoutBuilderStoryNames(classes: string): string {
  return classes.replace(BUILDER_STORY_NAME, ' ');
}

/**
 * The site header, footer and pop-ups a theme builder places around every page (Elementor Pro's theme locations:
 * `elementor-location-header`, `elementor-location-footer`, `elementor-location-popup`, on plain `<div>`s, not
 * `<header>`/`<footer>`): Readability may keep the footer's text widget as a sibling of the post's own template.
 */
const BUILDER_CHROME = /(?:^|\s)elementor-location-(?:header|footer|popup)(?=$|\s)/i;

/** True for a theme builder's site header, footer or pop-up template (see `BUILDER_CHROME`). */
export function isBuilderChrome(classes: string): boolean {
  return BUILDER_CHROME.test(classes);
}
