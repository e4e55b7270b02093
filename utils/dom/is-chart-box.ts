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
/** A drawing whose text is its own labels, not the box's lines. */
const DRAWN = new Set(['SVG']);

/** A row of the chart's own controls is a few labels ("Download the data", "Share this chart", "Embed"), characters. */
const MAX_CONTROLS_CHARS = 80;
/** Elements whose text is a control's label. */
const CONTROL_TAGS = new Set(['A', 'BUTTON']);

/** True when all the text under `element` sits in links and buttons: the chart's download, share and embed row. */
function isControlsLine(element: Element): boolean {
  if (CONTROL_TAGS.has(element.tagName.toUpperCase())) return true;
  if (lineWithin(element, MAX_CONTROLS_CHARS) === undefined) return false;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim().length > 0) return false;
    if (node.nodeType === 1 && !isControlsLine(node as Element)) return false;
  }
  return true;
}

/**
 * The last child element holding text, read as one line (undefined past the budget). A row of the chart's controls
 * after the source ("Download the data" / "Share this chart", as think tanks' and data desks' chart modules close) is
 * passed over: the source line is above it.
 */
function lastTextLine(element: Element): string | undefined {
  for (let child = element.lastElementChild; child; child = child.previousElementSibling) {
    const line = lineWithin(child, MAX_CHART_BOX_CHARS);
    if (line === undefined) return line;
    if (line.length > 0 && !(child !== element.firstElementChild && isControlsLine(child))) return line;
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
  // The labels drawn inside the graphic (an SVG's axis ticks and legend) are the chart's, not lines above it.
  const text = lineWithin(element, MAX_CHART_BOX_CHARS, DRAWN);
  return text !== undefined && text.length > source.length && element.querySelector(GRAPHIC) !== null;
}
