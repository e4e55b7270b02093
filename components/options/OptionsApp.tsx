import { useState } from 'preact/hooks';
import { addUnique } from '../../utils/settings/add-unique';
import type { Settings } from '../../utils/settings/default-settings';
import { normalizeSite } from '../../utils/settings/normalize-site';
import { removeItem } from '../../utils/settings/remove-item';
import { CheckField } from '../CheckField';
import { ListEditor } from '../ListEditor';
import { ThresholdSlider } from '../ThresholdSlider';
import { releaseSiteAccess, requestSiteAccess } from './request-site-access';
import { useSettings } from '../use-settings';
import { SettingsTransfer } from './SettingsTransfer';

const checkSite = (input: string): { value: string } | { error: string } => {
  const site = normalizeSite(input);
  return site ? { value: site } : { error: `"${input}" is not a site name. Type it like example.com.` };
};

/** The options page: defaults for the panel, lists the reader curates, and settings import/export. */
export function OptionsApp() {
  const { settings, loaded, update } = useSettings();
  const list = (key: 'mutedAuthors' | 'keywords') => ({
    items: settings[key],
    onAdd: (item: string) => update((s: Settings) => ({ ...s, [key]: addUnique(s[key], item) })),
    onRemove: (item: string) => update((s: Settings) => ({ ...s, [key]: removeItem(s[key], item) })),
  });
  const [siteNotice, setSiteNotice] = useState<string>();
  const widths = Object.keys(settings.panelWidths).length;
  // Auto-open needs the site's host permission: ask inside the submit gesture, add the site only when granted.
  const addSite = (site: string) => {
    setSiteNotice(undefined);
    void requestSiteAccess([site]).then((granted) => {
      if (granted) update((s) => ({ ...s, autoOpenSites: addUnique(s.autoOpenSites, site) }));
      else setSiteNotice(`${site} was not added: Sidelight needs your permission to open there by itself.`);
    });
  };
  // Imported auto-open sites need access too: one prompt for all, inside the import gesture; refused ones are left out.
  const importSettings = (imported: Settings) => {
    setSiteNotice(undefined);
    update(() => ({ ...imported, autoOpenSites: [] }));
    if (imported.autoOpenSites.length === 0) return;
    void requestSiteAccess(imported.autoOpenSites).then((granted) => {
      if (granted) update((s) => ({ ...s, autoOpenSites: imported.autoOpenSites }));
      else setSiteNotice('The imported auto-open sites were left out: Sidelight needs your permission for them.');
    });
  };
  const removeSite = (site: string) => {
    update((s) => ({ ...s, autoOpenSites: removeItem(s.autoOpenSites, site) }));
    void releaseSiteAccess(site);
  };
  return (
    <main class="sl-options" aria-busy={!loaded}>
      <h1>Sidelight settings</h1>
      <p class="sl-hint">Saved on this device only, as you change them.</p>

      <section aria-labelledby="sl-opt-noise">
        <h2 id="sl-opt-noise">Noisy comments</h2>
        <label for="sl-opt-threshold">Collapse comments whose noise score is at least</label>
        <ThresholdSlider
          id="sl-opt-threshold"
          value={settings.noiseThreshold}
          onChange={(value) => update((s) => ({ ...s, noiseThreshold: value }))}
        />
        <CheckField
          checked={settings.collapseOnPage}
          onChange={(checked) => update((s) => ({ ...s, collapseOnPage: checked }))}
        >
          Also collapse noisy comments on the page itself
        </CheckField>
        <ListEditor label="Muted authors" placeholder="author name" {...list('mutedAuthors')} />
        <ListEditor label="Keyword filters" placeholder="word or phrase" {...list('keywords')} />
      </section>

      <section aria-labelledby="sl-opt-sites">
        <h2 id="sl-opt-sites">Sites</h2>
        <ListEditor
          label="Open the panel automatically on"
          placeholder="example.com"
          validate={checkSite}
          items={settings.autoOpenSites}
          onAdd={addSite}
          onRemove={removeSite}
        />
        {siteNotice ? (
          <p class="sl-error" role="alert">
            {siteNotice}
          </p>
        ) : null}
        <p class="sl-row">
          <span>
            Panel width remembered for {widths} {widths === 1 ? 'site' : 'sites'}.
          </span>
          <button type="button" disabled={widths === 0} onClick={() => update((s) => ({ ...s, panelWidths: {} }))}>
            Forget widths
          </button>
        </p>
      </section>

      <section aria-labelledby="sl-opt-transfer">
        <h2 id="sl-opt-transfer">Import and export</h2>
        <SettingsTransfer settings={settings} onImport={importSettings} />
      </section>
    </main>
  );
}
