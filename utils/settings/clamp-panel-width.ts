/** Narrowest useful panel in px: the comment toolbar still fits on two lines. */
export const MIN_PANEL_WIDTH = 280;
/** Widest panel in px: beyond this, lines get too long to read comfortably. */
export const MAX_PANEL_WIDTH = 900;
/** Width in px used when the reader has not resized the panel on a site. */
export const DEFAULT_PANEL_WIDTH = 380;
/** Page width in px the panel always leaves visible, so the page can still be used. */
const PAGE_MARGIN = 80;

/** Clamps a panel width (px) to the allowed range, and to the viewport when its width is known. */
export function clampPanelWidth(width: number, viewportWidth?: number): number {
  if (!Number.isFinite(width)) return DEFAULT_PANEL_WIDTH;
  const viewportMax =
    viewportWidth !== undefined && Number.isFinite(viewportWidth) ? viewportWidth - PAGE_MARGIN : MAX_PANEL_WIDTH;
  const max = Math.max(MIN_PANEL_WIDTH, Math.min(MAX_PANEL_WIDTH, viewportMax));
  return Math.round(Math.min(max, Math.max(MIN_PANEL_WIDTH, width)));
}
