import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { NoiseScore, PageDoc } from '../utils/model';
import { authorNameKey } from '../utils/threads/author-key';
import { CommentItem } from './CommentItem';
import { indexThreads } from './comments/index-threads';
import { isCollapsedAsNoise } from './comments/is-collapsed-as-noise';
import { visibleRows } from './comments/visible-rows';
import { PanelSection } from './PanelSection';
import { useLazyLimit } from './use-lazy-limit';

/** Which comments an entity click left visible, and the entity's name for the "filtered by" bar. */
export interface CommentFilter {
  label: string;
  ids: ReadonlySet<string>;
}

interface CommentsSectionProps {
  doc: PageDoc;
  /** Current noise scores, aligned with `doc.comments` (re-scored when the reader's filters change). */
  noise: readonly NoiseScore[];
  threshold: number;
  mutedAuthors: readonly string[];
  filter?: CommentFilter;
  onClearFilter: () => void;
  onMute: (author: string, mute: boolean) => void;
  /** Locale for dates that the page gave only as ISO 8601. */
  locale?: string;
  /** Show and focus this comment (from "What readers say"); `seq` makes a repeated request for one id distinct. */
  reveal?: { id: string; seq: number };
}

const EMPTY = new Set<string>();

/** The comment threads: collapsible, filterable, keyboard-navigable (j/k/p/c) and rendered lazily. */
export function CommentsSection(props: CommentsSectionProps) {
  const { doc, noise, threshold, mutedAuthors, filter, onClearFilter, onMute, reveal, locale } = props;
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(EMPTY);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(EMPTY);
  const [topLevelOnly, setTopLevelOnly] = useState(false);
  const [currentId, setCurrentId] = useState<string>();
  const [pendingFocus, setPendingFocus] = useState<string>();
  const elements = useRef(new Map<string, HTMLElement>());

  const index = useMemo(() => indexThreads(doc.threads), [doc.threads]);
  const byId = useMemo(() => new Map(doc.comments.map((comment, i) => [comment.id, i])), [doc.comments]);
  const rows = useMemo(
    () => visibleRows(doc.threads, { collapsed, topLevelOnly, only: filter?.ids, descendants: index.descendants }),
    [doc.threads, collapsed, topLevelOnly, filter, index],
  );
  const rowIndex = useMemo(() => new Map(rows.map((row, i) => [row.id, i])), [rows]);
  const lazy = useLazyLimit(rows.length);
  const muted = useMemo(() => new Set(mutedAuthors.map(authorNameKey)), [mutedAuthors]);

  const isStubbed = (id: string): boolean =>
    !revealed.has(id) && isCollapsedAsNoise(noise[byId.get(id) ?? -1], threshold);
  const toggle = (id: string) => {
    if (isStubbed(id)) {
      setRevealed(new Set(revealed).add(id));
      return;
    }
    const next = new Set(collapsed);
    if (!next.delete(id)) next.add(id);
    setCollapsed(next);
  };

  // A reveal request opens everything hiding the comment, then focuses it once it is rendered.
  useEffect(() => {
    if (!reveal || !byId.has(reveal.id)) return;
    if (filter && !filter.ids.has(reveal.id)) onClearFilter();
    const next = new Set(collapsed);
    for (let id: string | undefined = reveal.id; id !== undefined; id = index.parent.get(id)) next.delete(id);
    setCollapsed(next);
    if (index.parent.has(reveal.id)) setTopLevelOnly(false);
    if (isStubbed(reveal.id)) setRevealed(new Set(revealed).add(reveal.id));
    setPendingFocus(reveal.id);
  }, [reveal]);

  useEffect(() => {
    if (pendingFocus === undefined) return;
    const at = rowIndex.get(pendingFocus);
    if (at === undefined) return setPendingFocus(undefined);
    if (!lazy.ensure(at)) return; // Rendered on the next pass.
    const element = elements.current.get(pendingFocus);
    setCurrentId(pendingFocus);
    setPendingFocus(undefined);
    element?.focus();
    element?.scrollIntoView?.({ block: 'nearest' });
  }, [pendingFocus, rowIndex, lazy.limit]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select')) return;
    const id = target.closest<HTMLElement>('[data-comment-id]')?.dataset.commentId;
    const at = id === undefined ? undefined : rowIndex.get(id);
    if (id === undefined || at === undefined) return;
    const go = (i: number) => setPendingFocus(rows[Math.max(0, Math.min(rows.length - 1, i))]?.id);
    const parent = index.parent.get(id);
    const actions: Record<string, () => void> = {
      j: () => go(at + 1),
      ArrowDown: () => go(at + 1),
      k: () => go(at - 1),
      ArrowUp: () => go(at - 1),
      Home: () => go(0),
      End: () => go(rows.length - 1),
      p: () => parent !== undefined && rowIndex.has(parent) && setPendingFocus(parent),
      c: () => toggle(id),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const current = currentId !== undefined && rowIndex.has(currentId) ? currentId : rows[0]?.id;
  const declared = doc.commentSection.declaredCount;
  const unreadable = doc.warnings.find((warning) => warning.code === 'comments-unreadable');
  const detail =
    declared !== undefined && declared !== doc.comments.length
      ? `(${doc.comments.length}; the page says ${declared})`
      : `(${doc.comments.length})`;

  return (
    <PanelSection id="comments" title="Comments" detail={detail}>
      {doc.comments.length === 0 ? (
        <p class="sl-empty">{unreadable ? unreadable.message : 'No reader comments found on this page.'}</p>
      ) : (
        <>
          <div class="sl-toolbar" role="group" aria-label="Comment view">
            <button
              type="button"
              onClick={() => setCollapsed(new Set(doc.threads.flatMap((root) => root.children.map((c) => c.id))))}
            >
              Collapse all replies
            </button>
            <button type="button" aria-pressed={topLevelOnly} onClick={() => setTopLevelOnly(!topLevelOnly)}>
              Top level only
            </button>
            <button
              type="button"
              onClick={() => {
                setCollapsed(EMPTY);
                setTopLevelOnly(false);
              }}
            >
              Expand all
            </button>
          </div>
          {filter ? (
            <p class="sl-filter" role="status">
              Filtered by {filter.label}: {rows.length} of {doc.comments.length} comments.{' '}
              <button type="button" class="sl-link-button" onClick={onClearFilter}>
                Clear filter
              </button>
            </p>
          ) : null}
          {rows.length === 0 && filter ? <p class="sl-empty">No comment mentions {filter.label}.</p> : null}
          <p class="sl-hint">Keys: j/k next/previous, p parent, c collapse.</p>
          <ol class="sl-comments" aria-label="Comment threads" onKeyDown={onKeyDown}>
            {rows.slice(0, lazy.limit).map((row) => {
              const comment = doc.comments[byId.get(row.id) ?? -1];
              if (!comment) return null;
              return (
                <CommentItem
                  key={row.id}
                  row={row}
                  comment={comment}
                  noise={noise[byId.get(row.id) ?? -1] ?? comment.noise}
                  stubbed={isStubbed(row.id)}
                  current={row.id === current}
                  muted={muted.has(authorNameKey(comment.author.text))}
                  locale={locale}
                  itemRef={(element) => {
                    if (element) elements.current.set(row.id, element);
                    else elements.current.delete(row.id);
                  }}
                  onToggle={toggle}
                  onMute={onMute}
                  onFocus={setCurrentId}
                />
              );
            })}
          </ol>
          {lazy.limit < rows.length ? (
            <div ref={lazy.sentinel} class="sl-more">
              <button type="button" onClick={lazy.more}>
                Show more comments ({rows.length - lazy.limit} more)
              </button>
            </div>
          ) : null}
        </>
      )}
    </PanelSection>
  );
}
