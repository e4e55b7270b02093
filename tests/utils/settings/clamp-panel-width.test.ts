import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PANEL_WIDTH,
  MAX_PANEL_WIDTH,
  MIN_PANEL_WIDTH,
  clampPanelWidth,
} from '../../../utils/settings/clamp-panel-width';

describe('clampPanelWidth', () => {
  it.each([
    ['a width in range', 400, undefined, 400],
    ['a fractional width', 400.6, undefined, 401],
    ['a too narrow width', 10, undefined, MIN_PANEL_WIDTH],
    ['a too wide width', 5000, undefined, MAX_PANEL_WIDTH],
    ['a width wider than a small viewport allows', 700, 600, 520],
    ['any width on a tiny viewport', 500, 300, MIN_PANEL_WIDTH],
    ['NaN', Number.NaN, undefined, DEFAULT_PANEL_WIDTH],
  ])('should handle %s', (_label, width, viewport, expected) => {
    expect(clampPanelWidth(width, viewport)).toBe(expected);
  });
});
