import { useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings/default-settings';
import { parseSettingsJson } from '../../utils/settings/parse-settings-json';
import { serializeSettings } from '../../utils/settings/serialize-settings';
import { downloadText } from '../download-text';

interface SettingsTransferProps {
  settings: Settings;
  /** Replaces all settings with imported ones (only called with valid, complete settings). */
  onImport: (settings: Settings) => void;
}

/** Export the settings as a JSON file; import them from a file or pasted text, refusing bad input with a reason. */
export function SettingsTransfer({ settings, onImport }: SettingsTransferProps) {
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');

  const importText = (text: string) => {
    const result = parseSettingsJson(text);
    if (!result.ok) {
      setError(`Import failed, your settings are unchanged. ${result.error}`);
      setStatus('');
      return;
    }
    onImport(result.settings);
    setError(undefined);
    setPasted('');
    setStatus('Settings imported.');
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (file) importText(await file.text());
  };

  return (
    <div class="sl-transfer">
      <div class="sl-row">
        <button
          type="button"
          onClick={() => {
            downloadText('sidelight-settings.json', serializeSettings(settings), 'application/json');
            setStatus('Settings saved as sidelight-settings.json.');
          }}
        >
          Export settings
        </button>
        <label class="sl-file">
          Import from file
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => void importFile(event.currentTarget)}
          />
        </label>
      </div>
      <label for="sl-import-text">Or paste settings JSON</label>
      <textarea
        id="sl-import-text"
        rows={5}
        value={pasted}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'sl-import-error' : undefined}
        onInput={(event) => setPasted(event.currentTarget.value)}
      />
      <button type="button" disabled={!pasted.trim()} onClick={() => importText(pasted)}>
        Import pasted settings
      </button>
      {error ? (
        <p class="sl-error" id="sl-import-error" role="alert">
          {error}
        </p>
      ) : null}
      <p class="sl-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
