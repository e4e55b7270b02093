import { useEffect, useRef } from 'preact/hooks';

type SetCollapsed = (commentIds: readonly string[], collapsed: boolean) => void;

/**
 * Keeps the page's own comment elements collapsed for exactly `ids`: collapses the new ones, restores those no
 * longer listed, and restores all of them when the panel goes away.
 */
export function useCollapseOnPage(setCollapsed: SetCollapsed | undefined, ids: readonly string[]): void {
  const applied = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!setCollapsed) return;
    const next = new Set(ids);
    const added = ids.filter((id) => !applied.current.has(id));
    const removed = [...applied.current].filter((id) => !next.has(id));
    if (removed.length > 0) setCollapsed(removed, false);
    if (added.length > 0) setCollapsed(added, true);
    applied.current = next;
  }, [setCollapsed, ids]);

  useEffect(
    () => () => {
      if (setCollapsed && applied.current.size > 0) setCollapsed([...applied.current], false);
    },
    [],
  );
}
