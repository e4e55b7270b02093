import { opensOnCaptionLabel } from './is-chart-caption';
import { lineWithin } from './text-within';

/**
 * A chart set as a box of its own among the story's paragraphs: its title and subtitle, the graphic, and a closing
 * "Source: …" line, as newsroom CMSs insert a chart module (Méthode's and Arc's chart insets, Brightspot's and CUE's
 * chart embeds, Datawrapper or a script drawing into a placeholder). The title and subtitle are the chart's, like a
 * picture's caption (the README's convention); the class names that say "chart" may be hashed, so the shape tells:
 * a short box, a graphic in it, and its last line a source label.
 */

/** A chart's title, subtitle and source are a few short lines; more text than this (characters) is story. */
const MAX_CHART_BOX_CHARS = 300;
/** Blocks a template wraps a chart module in. */
const BOX_TAGS = new Set(['DIV', 'FIGURE', 'SECTION', 'ASIDE']);
/**
 * The graphic: a drawing (`svg`, `canvas`), a frame, a picture, or a placeholder a script draws into that the page
 * names as an image for screen readers (`role="img"`, as chart libraries mark their container).
 */
const GRAPHIC = 'svg, canvas, iframe, img, picture, [role="img"]';

/** The last child element holding text, read as one line (undefined past the budget). */
function lastTextLine(element: Element): string | undefined {
  for (let child = element.lastElementChild; child; child = child.previousElementSibling) {
    const line = lineWithin(child, MAX_CHART_BOX_CHARS);
    if (line === undefined || line.length > 0) return line;
  }
  return undefined;
}

/**
 * True for a short box holding a graphic and closing on a source line in an element of its own, with some text above
 * it (a title): a chart module. A picture with its caption and credit is `isPictureBox`'s; a box of story paragraphs
 * is longer than a chart's lines.
 */
export function isChartBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase()) || element.childElementCount < 2) return false;
  // The last line first: most blocks do not close on a source label, and reading it costs least.
  const source = lastTextLine(element);
  // It is labelled as a chart's caption line is: "Source: Fibre Box Council", "Data: …", "Notes: …".
  if (source === undefined || !opensOnCaptionLabel(source)) return false;
  const text = lineWithin(element, MAX_CHART_BOX_CHARS);
  return text !== undefined && text.length > source.length && element.querySelector(GRAPHIC) !== null;
}
