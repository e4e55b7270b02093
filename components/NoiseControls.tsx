import type { Settings } from '../utils/settings/default-settings';
import { addUnique } from '../utils/settings/add-unique';
import { ListEditor } from './ListEditor';
import { PanelSection } from './PanelSection';

interface NoiseControlsProps {
  settings: Settings;
  /** How many comments the current settings collapse. */
  collapsedCount: number;
  /** Whether the page's own comment elements can be collapsed too. */
  canCollapseOnPage: boolean;
  update: (change: (s: Settings) => Settings) => void;
}

const without = (list: readonly string[], item: string): string[] => list.filter((x) => x !== item);

/** The reader's noise filter: threshold, keywords, muted authors and the "collapse on the page too" toggle. */
export function NoiseControls({ settings, collapsedCount, canCollapseOnPage, update }: NoiseControlsProps) {
  const threshold = settings.noiseThreshold;
  return (
    <PanelSection id="noise" title="Noise filter" detail={`(${collapsedCount} collapsed)`} defaultOpen={false}>
      <div class="sl-field">
        <label for="sl-threshold">Collapse comments scoring at least</label>
        <div class="sl-row">
          <input
            id="sl-threshold"
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={threshold}
            aria-valuetext={threshold.toFixed(2)}
            onInput={(event) => {
              const value = Number(event.currentTarget.value);
              update((s) => ({ ...s, noiseThreshold: value }));
            }}
          />
          <output for="sl-threshold">{threshold.toFixed(2)}</output>
        </div>
        <p class="sl-hint">0 collapses every comment with a noise reason; 1 only the certain ones.</p>
      </div>
      <ListEditor
        label="Keyword filters"
        placeholder="word or phrase"
        items={settings.keywords}
        onAdd={(item) => update((s) => ({ ...s, keywords: addUnique(s.keywords, item) }))}
        onRemove={(item) => update((s) => ({ ...s, keywords: without(s.keywords, item) }))}
      />
      <ListEditor
        label="Muted authors"
        placeholder="author name"
        items={settings.mutedAuthors}
        onAdd={(item) => update((s) => ({ ...s, mutedAuthors: addUnique(s.mutedAuthors, item) }))}
        onRemove={(item) => update((s) => ({ ...s, mutedAuthors: without(s.mutedAuthors, item) }))}
      />
      {canCollapseOnPage ? (
        <label class="sl-check">
          <input
            type="checkbox"
            checked={settings.collapseOnPage}
            onChange={(event) => {
              const checked = event.currentTarget.checked;
              update((s) => ({ ...s, collapseOnPage: checked }));
            }}
          />
          Also collapse them on the page
        </label>
      ) : null}
    </PanelSection>
  );
}
