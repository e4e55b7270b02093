import { dropClassNames } from './drop-class-names';
import { NEGATIVE_NAME } from './readability-names';
import { isSiteOriginPanel, withoutPanelStoryNames } from './siteorigin-panel-names';

/** A name that still says "widget" once the panel's structure is off: a kind that is no story's (a button). */
const WIDGET_WORD = /widget/i;
const SPACES = /\s+/;

/**
 * Takes SiteOrigin Page Builder's structure names off the story panels in a page copy before Readability reads it.
 * Readability weighs any name holding "widget" against a block (`so-panel widget widget_sow-editor`, its
 * `siteorigin-widget-tinymce textwidget` text box), and its cleaning drops such a block whatever it holds, so a story
 * laid out in panels lost every text box. A panel of a story kind (see `withoutPanelStoryNames`) and the wrappers in
 * it lose those names; a panel of another kind (a button, a testimonial) keeps them. Edits `clone` in place.
 */
export function clearPanelNames(clone: Document): void {
  const negative = NEGATIVE_NAME;
  if (!negative) return;
  for (const panel of clone.querySelectorAll('.so-panel')) {
    const names = panel.getAttribute('class') ?? '';
    if (!isSiteOriginPanel(names) || WIDGET_WORD.test(withoutPanelStoryNames(names))) continue;
    for (const element of [panel, ...panel.querySelectorAll('[class*="widget" i]')]) {
      const kept = new Set(withoutPanelStoryNames(element.getAttribute('class') ?? '').split(SPACES));
      // The text box's `textwidget` is the core Text widget's name, structure in a story panel as well.
      dropClassNames(element, (name) => negative.test(name) && (!kept.has(name) || name === 'textwidget'));
    }
  }
}
