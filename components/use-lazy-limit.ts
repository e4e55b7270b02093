import type { RefCallback } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** Comments rendered when the panel opens: enough to fill a tall screen, few enough to paint at once. */
export const INITIAL_RENDERED = 60;
/** Comments added each time the reader scrolls near the end or asks for more. */
export const RENDER_STEP = 100;
/** Start rendering the next batch this many px before the end of the list comes into view. */
const PRELOAD_MARGIN_PX = 400;

/**
 * How many rows of a long list to render: a first batch, then more when a sentinel element nears the viewport
 * (IntersectionObserver, when the environment has one) or when asked (`more`, `ensure`).
 */
export function useLazyLimit(total: number) {
  const [limit, setLimit] = useState(INITIAL_RENDERED);
  const observer = useRef<IntersectionObserver | undefined>(undefined);
  const more = useCallback(() => setLimit((current) => current + RENDER_STEP), []);

  /** Makes sure row `index` is rendered; true when it already is. */
  const ensure = (index: number): boolean => {
    if (index < limit) return true;
    setLimit(index + RENDER_STEP);
    return false;
  };

  const sentinel: RefCallback<HTMLElement> = useCallback(
    (element) => {
      observer.current?.disconnect();
      observer.current = undefined;
      if (!element || typeof IntersectionObserver === 'undefined') return;
      observer.current = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) more();
        },
        { root: element.closest('.sl-panel__scroll'), rootMargin: `${PRELOAD_MARGIN_PX}px` },
      );
      observer.current.observe(element);
    },
    [more],
  );

  useEffect(() => () => observer.current?.disconnect(), []);
  return { limit: Math.min(limit, Math.max(total, INITIAL_RENDERED)), more, ensure, sentinel };
}
