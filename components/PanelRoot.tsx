import { authorNameKey } from '../utils/threads/author-key';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Entity, PageDoc, Span } from '../utils/model';
import { scoreNoise } from '../utils/noise/score-noise';
import { addUnique } from '../utils/settings/add-unique';
import { clampPanelWidth } from '../utils/settings/clamp-panel-width';
import { normalizeSite } from '../utils/settings/normalize-site';
import { storedPanelWidth } from '../utils/settings/stored-panel-width';
import { CommentsSection, type CommentFilter } from './CommentsSection';
import { dateLocale } from './date-locale';
import { commentsMentioning } from './comments/comments-mentioning';
import { isCollapsedAsNoise } from './comments/is-collapsed-as-noise';
import { EntitiesSection } from './EntitiesSection';
import { ExportSection } from './ExportSection';
import { NoiseControls } from './NoiseControls';
import { PanelHeader } from './PanelHeader';
import { ReadersSaySection } from './ReadersSaySection';
import { ResizeHandle } from './ResizeHandle';
import { SummarySection } from './SummarySection';
import { useCollapseOnPage } from './use-collapse-on-page';
import { useSettings } from './use-settings';
import { useViewportWidth } from './use-viewport-width';

/** What the panel needs from the page it sits on (provided by the content script). */
export interface PanelHost {
  /** Hostname of the page, for per-site settings (panel width, auto-open). */
  site: string;
  /** Highlight these spans (entity mentions) in the page; null clears. Returns how many could be shown. */
  highlight(spans: readonly Span[] | null): number;
  /**
   * Collapse/expand the page's own elements for these comments; absent when the page's comment elements are unknown.
   */
  setCollapsedOnPage?: (commentIds: readonly string[], collapsed: boolean) => void;
  /** Closes the panel (the host unmounts the shadow-root UI). */
  close(): void;
}

/** The parsed page to show and the content script's hooks into the host page. */
export interface PanelRootProps {
  /** The parsed page. */
  doc: PageDoc;
  /** What the content script lets the panel do on the page. */
  host: PanelHost;
}

/** No ids: stable, so the page-collapse effect does not re-run on every render while the toggle is off. */
const NO_IDS: readonly string[] = [];

/** The side panel: every section of one parsed page, with the reader's settings loaded and saved. */
export function PanelRoot({ doc, host }: PanelRootProps) {
  const { settings, update } = useSettings();
  const [dragWidth, setDragWidth] = useState<number>();
  const [active, setActive] = useState<{ entity: Entity; filter: CommentFilter; status: string }>();
  const [reveal, setReveal] = useState<{ id: string; seq: number }>();
  const panel = useRef<HTMLElement>(null);
  const viewport = useViewportWidth();
  const locale = useMemo(() => dateLocale(doc.metadata.language, navigator.languages), [doc.metadata.language]);

  // Widths are keyed like auto-open sites ("example.com" for "www.example.com"); pages without a host get none.
  const site = normalizeSite(host.site);
  const storedWidth = storedPanelWidth(settings, site);
  const width = clampPanelWidth(dragWidth ?? storedWidth, viewport);

  // The parser scored noise without the reader's filters; only re-score when there are some.
  const { mutedAuthors, keywords, noiseThreshold } = settings;
  const noise = useMemo(
    () =>
      mutedAuthors.length + keywords.length > 0
        ? scoreNoise(doc.comments, { mutedAuthors, keywords })
        : doc.comments.map((comment) => comment.noise),
    [doc.comments, mutedAuthors, keywords],
  );
  const noisyIds = useMemo(
    () => doc.comments.filter((_, i) => isCollapsedAsNoise(noise[i], noiseThreshold)).map((comment) => comment.id),
    [doc.comments, noise, noiseThreshold],
  );
  useCollapseOnPage(host.setCollapsedOnPage, settings.collapseOnPage ? noisyIds : NO_IDS);

  // Take focus when opened from the toolbar (nothing focused), not when auto-opened while the reader types.
  useEffect(() => {
    const focused = panel.current?.ownerDocument.activeElement;
    if (!focused || focused === panel.current?.ownerDocument.body) panel.current?.focus();
  }, []);

  const selectEntity = (entity: Entity) => {
    if (active?.entity.id === entity.id) return clearEntity();
    const shown = host.highlight(entity.mentions);
    const onPage = `${shown} of ${entity.count} mentions highlighted on the page.`;
    setActive({
      entity,
      filter: { label: entity.name, ids: commentsMentioning(entity, doc.comments) },
      status: onPage,
    });
  };
  const clearEntity = () => {
    host.highlight(null);
    setActive(undefined);
  };
  const commitWidth = () => {
    if (dragWidth === undefined) return;
    setDragWidth(undefined);
    if (site && width !== storedWidth) update((s) => ({ ...s, panelWidths: { ...s.panelWidths, [site]: width } }));
  };

  return (
    <aside
      ref={panel}
      id="sl-panel"
      class="sl-panel"
      style={{ width: `${width}px` }}
      aria-label="Sidelight"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        host.close();
      }}
    >
      <ResizeHandle
        width={width}
        controls="sl-panel"
        onResize={(w) => setDragWidth(clampPanelWidth(w, viewport))}
        onCommit={commitWidth}
      />
      <div class="sl-panel__scroll">
        <PanelHeader doc={doc} onClose={host.close} locale={locale} />
        <SummarySection summary={doc.summary} />
        <ReadersSaySection
          highlights={doc.readersSay}
          comments={doc.comments}
          onSelect={(id) => setReveal({ id, seq: (reveal?.seq ?? 0) + 1 })}
        />
        <EntitiesSection
          body={doc.entities.body}
          comments={doc.entities.comments}
          activeId={active?.entity.id}
          status={active?.status}
          onSelect={selectEntity}
        />
        <NoiseControls
          settings={settings}
          collapsedCount={noisyIds.length}
          canCollapseOnPage={host.setCollapsedOnPage !== undefined}
          update={update}
        />
        <CommentsSection
          doc={doc}
          noise={noise}
          threshold={noiseThreshold}
          mutedAuthors={mutedAuthors}
          locale={locale}
          filter={active?.filter}
          onClearFilter={clearEntity}
          onMute={(author, mute) =>
            update((s) => ({
              ...s,
              mutedAuthors: mute
                ? addUnique(s.mutedAuthors, author)
                : s.mutedAuthors.filter((a) => authorNameKey(a) !== authorNameKey(author)),
            }))
          }
          reveal={reveal}
        />
        <ExportSection doc={doc} />
      </div>
    </aside>
  );
}
