import type { Span } from '../model';
import type { TextMap } from './text-map';
import { ensurePageStyle } from './ensure-page-style';

/** Name of the CSS highlight (and of the `::highlight()` rule) that marks entity mentions in the page. */
export const HIGHLIGHT_NAME = 'sidelight-mention';
/** Attribute on the element outlined when the Custom Highlight API is missing. */
export const OUTLINE_ATTRIBUTE = 'data-sidelight-outline';
const STYLE_ID = 'sidelight-highlight-style';
/** A warm marker colour that keeps black or white page text readable. */
const STYLE_TEXT = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54a; color: #111; }
[${OUTLINE_ATTRIBUTE}] { outline: 3px solid #e0a800 !important; outline-offset: 2px !important; }`;

/** The parts of the Custom Highlight API used here (not in every browser's typings or every browser). */
interface HighlightApi {
  registry: { set(name: string, value: unknown): unknown; delete(name: string): unknown };
  create(ranges: Range[]): unknown;
}

function highlightApi(view: Window | null): HighlightApi | undefined {
  const globals = view as { CSS?: { highlights?: HighlightApi['registry'] }; Highlight?: unknown } | null;
  const registry = globals?.CSS?.highlights;
  const Ctor = globals?.Highlight as (new (...ranges: Range[]) => unknown) | undefined;
  if (!registry || typeof Ctor !== 'function') return undefined;
  return { registry, create: (ranges) => new Ctor(...ranges) };
}

function clearOutline(doc: Document): void {
  for (const element of doc.querySelectorAll(`[${OUTLINE_ATTRIBUTE}]`)) element.removeAttribute(OUTLINE_ATTRIBUTE);
}

/**
 * Highlights spans of the parser's text in the live page and scrolls to the first; `null` clears. Uses the CSS
 * Custom Highlight API (no change to the page's DOM tree); without it, outlines the first span's element instead.
 * Returns how many spans could be located in the page.
 */
export function highlightSpans(spans: readonly Span[] | null, map: Pick<TextMap, 'rangesFor'>, doc = document): number {
  const api = highlightApi(doc.defaultView);
  api?.registry.delete(HIGHLIGHT_NAME);
  clearOutline(doc);
  if (!spans || spans.length === 0) return 0;

  const located = spans.map((span) => map.rangesFor(span)).filter((ranges) => ranges.length > 0);
  const first = located[0]?.[0];
  if (!first) return 0;
  ensurePageStyle(doc, STYLE_ID, STYLE_TEXT);
  const element = first.startContainer.parentElement;
  if (api) api.registry.set(HIGHLIGHT_NAME, api.create(located.flat()));
  else element?.setAttribute(OUTLINE_ATTRIBUTE, '');
  element?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  return located.length;
}

/** Removes every trace of highlighting from the page (on panel close). */
export function clearHighlights(doc = document): void {
  highlightApi(doc.defaultView)?.registry.delete(HIGHLIGHT_NAME);
  clearOutline(doc);
  doc.getElementById(STYLE_ID)?.remove();
}
