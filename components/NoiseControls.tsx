import type { Settings } from '../utils/settings/default-settings';
import { addUnique } from '../utils/settings/add-unique';
import { removeItem } from '../utils/settings/remove-item';
import { CheckField } from './CheckField';
import { ListEditor } from './ListEditor';
import { PanelSection } from './PanelSection';
import { ThresholdSlider } from './ThresholdSlider';

interface NoiseControlsProps {
  settings: Settings;
  /** How many comments the current settings collapse. */
  collapsedCount: number;
  /** Whether the page's own comment elements can be collapsed too. */
  canCollapseOnPage: boolean;
  update: (change: (s: Settings) => Settings) => void;
}

/** The reader's noise filter: threshold, keywords, muted authors and the "collapse on the page too" toggle. */
export function NoiseControls({ settings, collapsedCount, canCollapseOnPage, update }: NoiseControlsProps) {
  return (
    <PanelSection id="noise" title="Noise filter" detail={`(${collapsedCount} collapsed)`} defaultOpen={false}>
      <div class="sl-field">
        <label for="sl-threshold">Collapse comments scoring at least</label>
        <ThresholdSlider
          id="sl-threshold"
          value={settings.noiseThreshold}
          onChange={(value) => update((s) => ({ ...s, noiseThreshold: value }))}
        />
        <p class="sl-hint">0 collapses every comment with a noise reason; 1 only the certain ones.</p>
      </div>
      <ListEditor
        label="Keyword filters"
        placeholder="word or phrase"
        items={settings.keywords}
        onAdd={(item) => update((s) => ({ ...s, keywords: addUnique(s.keywords, item) }))}
        onRemove={(item) => update((s) => ({ ...s, keywords: removeItem(s.keywords, item) }))}
      />
      <ListEditor
        label="Muted authors"
        placeholder="author name"
        items={settings.mutedAuthors}
        onAdd={(item) => update((s) => ({ ...s, mutedAuthors: addUnique(s.mutedAuthors, item) }))}
        onRemove={(item) => update((s) => ({ ...s, mutedAuthors: removeItem(s.mutedAuthors, item) }))}
      />
      {canCollapseOnPage ? (
        <CheckField
          checked={settings.collapseOnPage}
          onChange={(checked) => update((s) => ({ ...s, collapseOnPage: checked }))}
        >
          Also collapse them on the page
        </CheckField>
      ) : null}
    </PanelSection>
  );
}
