import { textOf } from './text-of';

/** Embeds a chart is drawn in: a Datawrapper or Flourish frame, an SVG, a canvas, an image. */
const EMBEDS = 'iframe, svg, canvas, object, embed, img, picture';
const EMBED_TAGS = new Set(['IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'IMG', 'PICTURE']);
/**
 * Code an embed carries beside its frame that a reader never sees: Datawrapper's iframe code ends on an inline
 * resize script (`window.addEventListener("message", …)`), Flourish's and others' on a loader, some on a style.
 */
const UNSEEN = 'script, style, noscript, template';
/**
 * The text layer ai2html (the New York Times' Illustrator export script, used by Reuters, the Washington Post,
 * ProPublica, the Guardian and many newsrooms) lays over a chart's image: axis ticks and series names as positioned
 * `<p>`s in each `div.g-artboard`. The chart's labels, not text of the page around it.
 */
const CHART_LABELS = '.g-artboard';
/**
 * The same labels told by their layout when a build renames the classes: a box placed over the picture by its inline
 * style (`style="top:4.1%;left:0.4%"`, as ai2html and other chart and map exporters position each label).
 */
const PLACED_LABELS = '[style*="top:"][style*="left:"]';
/** A placed label is a tick, a name or a short note: longer text in a placed box is no chart's label (characters). */
const MAX_PLACED_LABEL_CHARS = 80;

/** True when all the text under `element` is code or fallback a reader never sees (none at all included). */
function showsNoText(element: Element): boolean {
  // An artboard's text is all its labels.
  if (element.matches(CHART_LABELS)) return true;
  const text = textOf(element);
  if (text.length === 0) return true;
  let unseen = 0;
  let runs = 0;
  // In document order a part's own parts follow it: one inside the last part counted is counted already.
  let counted: Element | undefined;
  for (const part of element.querySelectorAll(`${UNSEEN}, ${CHART_LABELS}, ${PLACED_LABELS}`)) {
    if (counted?.contains(part)) continue;
    const partText = textOf(part).length;
    if (partText > MAX_PLACED_LABEL_CHARS && part.matches(PLACED_LABELS) && !part.matches(CHART_LABELS)) continue;
    counted = part;
    unseen += partText;
    runs++;
  }
  // Two unseen runs joined by a space count one more character than they are: a small slack, never a word.
  return text.length <= unseen + runs;
}

/**
 * True for a chart's embed with no text of its own: a frame, or a block holding only a chart's frame or image (with
 * the embed code's inline script, as a newsroom CMS's raw-HTML box keeps Datawrapper's code whole), or an ai2html
 * graphic with its label layer.
 */
export function isChartEmbed(element: Element): boolean {
  if (EMBED_TAGS.has(element.tagName.toUpperCase())) return true;
  return element.querySelector(EMBEDS) !== null && showsNoText(element);
}
