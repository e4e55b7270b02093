/**
 * SiteOrigin Page Builder (on about a million WordPress sites) lays a post out as `panel-layout > panel-grid >
 * panel-grid-cell > div.so-panel.widget.widget_sow-editor > div.so-widget-sow-editor > div.siteorigin-widget-tinymce`:
 * every block of its layout is a WordPress widget, so the story's text boxes, headings and pictures all carry the
 * word `widget` and were left out as sidebar widgets, the whole story with them. On a panel (`so-panel`) the bare
 * `widget` names the builder's element; its kind (`widget_sow-editor`) says what it holds. Only the kinds that hold a
 * story's own text are named here: SiteOrigin's Editor, Headline and Image widgets and the core Text, Image and Black
 * Studio TinyMCE widgets placed in a panel; the others keep their `widget_` kind and still read as furniture
 * (`widget_sow-button`, `widget_sow-testimonial`, `widget_recent_entries`). A sidebar's `aside.widget` is no panel.
 */
const PANEL = /(?:^|\s)so-panel(?=$|\s)/i;
/** The panel's own names and its story kinds, taken off a panel's class list. */
const PANEL_STORY_NAME =
  /(?:^|\s)(?:so-panel|widget|widget_(?:sow-(?:editor|headline|image)|text|media_image|black-studio-tinymce))(?=$|\s)/gi;
/**
 * The wrappers inside a panel, named after the widget kind with a style hash (`so-widget-sow-editor-base`,
 * `so-widget-sow-image-default-c67d20f9f542`), the Editor widget's text box (`siteorigin-widget-tinymce`) and the
 * style wrapper a styled panel adds (`panel-widget-style panel-widget-style-for-4410-0-0-0`): structure, which the
 * panel around them names.
 */
const PANEL_WRAPPER_NAME =
  /(?:^|\s)(?:so-widget-sow-(?:editor|headline|image)(?:-[\w-]+)?|siteorigin-widget-tinymce|panel-widget-style(?:-for-[\w-]+)?)(?=$|\s)/gi;

/** True for a SiteOrigin panel (see `PANEL`). */
export const isSiteOriginPanel = (classes: string): boolean => PANEL.test(classes);

/** `classes` without SiteOrigin Page Builder's structure and story-kind names (see `PANEL_STORY_NAME`). */
export function withoutPanelStoryNames(classes: string): string {
  const unwrapped = classes.replace(PANEL_WRAPPER_NAME, ' ');
  return PANEL.test(unwrapped) ? unwrapped.replace(PANEL_STORY_NAME, ' ') : unwrapped;
}

/** The title a widget prints over its content (`h3.widget-title`), which reads as furniture by its word. */
const WIDGET_TITLE = /(?:^|\s)widget-title(?=$|\s)/i;
/** The text widgets whose title heads their text: SiteOrigin's Editor and the core Text and Black Studio widgets. */
const TEXT_WIDGET = /(?:^|\s)(?:so-widget-sow-editor|widget_text|widget_black-studio-tinymce)(?=$|\s)/i;

/**
 * True for the title of a text widget in a SiteOrigin panel: writers head a part of the story with the Editor
 * widget's own Title field, printed as `h3.widget-title` over the text, a subheading of the story. In a sidebar the
 * same title heads a sidebar widget, and the `aside.widget` around it is furniture; an Image widget's title is the
 * picture's caption and stays furniture.
 */
export function isPanelTextTitle(element: Element): boolean {
  if (!WIDGET_TITLE.test(element.getAttribute('class') ?? '')) return false;
  const parent = element.parentElement;
  const names = parent?.getAttribute('class') ?? '';
  if (!TEXT_WIDGET.test(names)) return false;
  return isSiteOriginPanel(names) || isSiteOriginPanel(parent?.parentElement?.getAttribute('class') ?? '');
}
