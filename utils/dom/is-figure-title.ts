import { opensOnCaptionLabel } from './is-chart-caption';
import { isChartEmbed } from './is-chart-embed';
import { seenSibling } from './seen-sibling';
import { textOf } from './text-of';
import { lineWithin } from './text-within';

/** A figure's title is a line; more text than this (characters) is no title. */
const MAX_TITLE_CHARS = 200;
/** Blocks a title is set in above the graphic inside its figure. */
const TITLE_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV', 'SPAN']);
/** A sentence's end: a line ending so is prose, not a title. */
const SENTENCE_END = /[.!?]["”’)]?$/;
/** A chart's notes under it are a line or two each ("Note: …", "Source: …"); more is the story going on. */
const MAX_NOTE_CHARS = 400;
/** Blocks of notes a chart's own box may hold under the chart ("Note: …" over "Source: …", or one block of both). */
const MAX_NOTES = 3;

/** True when every line of a block (its paragraphs, or the block itself) opens on a caption's label. */
function isNotesBlock(block: Element): boolean {
  const lines = [...block.querySelectorAll('p, li')];
  return (lines.length > 0 ? lines : [block]).every((line) => opensOnCaptionLabel(textOf(line)));
}

/**
 * True when everything after the chart in its box is the chart's notes: one to three short blocks, each line opening
 * on a caption's label ("Note: …", "Source: …"), as a graphics desk's chart component sets them (Reuters' graphics
 * kit: `div.title`, the ai2html graphic, `aside.notes`).
 */
function notesOnly(chart: Element): boolean {
  let notes = 0;
  for (let at = seenSibling(chart, 'after'); at; at = seenSibling(at, 'after')) {
    if (++notes > MAX_NOTES || textOf(at).length > MAX_NOTE_CHARS || !isNotesBlock(at)) return false;
  }
  return notes > 0;
}

/**
 * True for a chart's title set as a line inside its `<figure>`, right over the graphic (an SVG, canvas or image drawn
 * by the page's own script, as data essays and visual stories built with Svelte, D3 or Observable set them:
 * `<figure><div class="chart-title">Share of …</div><svg>…</svg><figcaption>Source: …</figcaption></figure>`). Like
 * the figcaption under it, the title belongs to the figure, not the story. So is the title block opening a chart's own
 * box of another tag, the title, the graphic and its notes and nothing else (`<div><div class="title"><h3>…</h3>
 * <p>…</p></div><div>ai2html</div><aside><p>Source: …</p></aside></div>`). A line ending as a sentence stays, and so
 * does a subheading over a chart in a block that goes on in prose.
 */
export function isFigureTitle(element: Element): boolean {
  if (!TITLE_TAGS.has(element.tagName.toUpperCase())) return false;
  const parent = element.parentElement;
  if (!parent) return false;
  const inFigure = parent.tagName.toUpperCase() === 'FIGURE';
  if (!inFigure && seenSibling(element, 'before') !== null) return false;
  // Read within the title's budget: asked of most blocks, a whole container's text would be read at every level.
  const text = lineWithin(element, MAX_TITLE_CHARS);
  if (text === undefined || text.length === 0 || text.length > MAX_TITLE_CHARS || SENTENCE_END.test(text)) return false;
  const next = seenSibling(element, 'after');
  if (next === null || !isChartEmbed(next)) return false;
  return inFigure || notesOnly(next);
}
