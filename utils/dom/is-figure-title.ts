import { isChartEmbed } from './is-chart-embed';
import { seenSibling } from './seen-sibling';
import { textOf } from './text-of';

/** A figure's title is a line; more text than this (characters) is no title. */
const MAX_TITLE_CHARS = 200;
/** Blocks a title is set in above the graphic inside its figure. */
const TITLE_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV', 'SPAN']);
/** A sentence's end: a line ending so is prose, not a title. */
const SENTENCE_END = /[.!?]["”’)]?$/;

/**
 * True for a chart's title set as a line inside its `<figure>`, right over the graphic (an SVG, canvas or image drawn
 * by the page's own script, as data essays and visual stories built with Svelte, D3 or Observable set them:
 * `<figure><div class="chart-title">Share of …</div><svg>…</svg><figcaption>Source: …</figcaption></figure>`). Like
 * the figcaption under it, the title belongs to the figure, not the story. A line ending as a sentence stays.
 */
export function isFigureTitle(element: Element): boolean {
  if (!TITLE_TAGS.has(element.tagName.toUpperCase())) return false;
  if (element.parentElement?.tagName.toUpperCase() !== 'FIGURE') return false;
  const text = textOf(element);
  if (text.length === 0 || text.length > MAX_TITLE_CHARS || SENTENCE_END.test(text)) return false;
  const next = seenSibling(element, 'after');
  return next !== null && isChartEmbed(next);
}
