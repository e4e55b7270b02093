import { useRef } from 'preact/hooks';
import { MAX_PANEL_WIDTH, MIN_PANEL_WIDTH } from '../utils/settings/clamp-panel-width';

/** Keyboard resize steps in px: arrow keys fine-tune, Shift+arrow moves fast. */
const KEY_STEP = 20;
const KEY_STEP_LARGE = 80;

interface ResizeHandleProps {
  width: number;
  /** Id of the element being resized, for `aria-controls`. */
  controls: string;
  /** Live width while dragging or pressing keys (the caller clamps). */
  onResize: (width: number) => void;
  /** The resize gesture ended: the width to remember. */
  onCommit: () => void;
}

/**
 * The drag handle on the panel's left edge, also a focusable `separator`: Left/Right arrows widen/narrow (the panel
 * grows leftwards), Home/End jump to the narrowest/widest.
 */
export function ResizeHandle({ width, controls, onResize, onCommit }: ResizeHandleProps) {
  const drag = useRef<{ startX: number; startWidth: number } | undefined>(undefined);
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? KEY_STEP_LARGE : KEY_STEP;
    const next: Record<string, number> = {
      ArrowLeft: width + step,
      ArrowRight: width - step,
      Home: MIN_PANEL_WIDTH,
      End: MAX_PANEL_WIDTH,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onResize(target);
  };
  return (
    <div
      class="sl-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize panel"
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={MIN_PANEL_WIDTH}
      aria-valuemax={MAX_PANEL_WIDTH}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onKeyUp={onCommit}
      onPointerDown={(event) => {
        drag.current = { startX: event.clientX, startWidth: width };
        event.currentTarget.setPointerCapture?.(event.pointerId);
        event.preventDefault();
      }}
      onPointerMove={(event) => {
        if (drag.current) onResize(drag.current.startWidth + (drag.current.startX - event.clientX));
      }}
      onPointerUp={() => {
        drag.current = undefined;
        onCommit();
      }}
      onPointerCancel={() => {
        drag.current = undefined;
        onCommit();
      }}
    />
  );
}
