import { useEffect, useState } from 'preact/hooks';

/** The window's inner width in px, kept current on resize, so the panel never grows wider than the page allows. */
export function useViewportWidth(view: Window | undefined = typeof window === 'undefined' ? undefined : window) {
  const [width, setWidth] = useState(view?.innerWidth);
  useEffect(() => {
    if (!view) return;
    const onResize = () => setWidth(view.innerWidth);
    view.addEventListener('resize', onResize);
    return () => view.removeEventListener('resize', onResize);
  }, [view]);
  return width;
}
