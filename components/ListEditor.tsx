import { useState } from 'preact/hooks';

const NON_WORD = /\W+/g;

interface ListEditorProps {
  /** Visible label of the list and its input ("Muted authors"). */
  label: string;
  items: readonly string[];
  placeholder?: string;
  /** Checks and rewrites a new item; returns an error message instead when it is not acceptable. */
  validate?: (item: string) => { value: string } | { error: string };
  onAdd: (item: string) => void;
  onRemove: (item: string) => void;
}

/** An editable list of short texts (authors, keywords, sites): add through a small form, remove per item. */
export function ListEditor({ label, items, placeholder, validate, onAdd, onRemove }: ListEditorProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const slug = label.toLowerCase().replace(NON_WORD, '-');
  const submit = (event: Event) => {
    event.preventDefault();
    const trimmed = draft.trim();
    if (!trimmed) return;
    const checked = validate ? validate(trimmed) : { value: trimmed };
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    onAdd(checked.value);
    setDraft('');
    setError(undefined);
  };
  return (
    <div class="sl-list-editor">
      <form class="sl-list-editor__form" onSubmit={submit}>
        <label for={`sl-add-${slug}`}>{label}</label>
        <div class="sl-row">
          <input
            id={`sl-add-${slug}`}
            type="text"
            value={draft}
            placeholder={placeholder}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `sl-error-${slug}` : undefined}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          <button type="submit">Add</button>
        </div>
        {error ? (
          <p class="sl-error" id={`sl-error-${slug}`} role="alert">
            {error}
          </p>
        ) : null}
      </form>
      {items.length === 0 ? (
        <p class="sl-empty">None yet.</p>
      ) : (
        <ul class="sl-chips" aria-label={label}>
          {items.map((item) => (
            <li key={item} class="sl-chip sl-chip--static">
              {item}
              <button type="button" class="sl-icon-button" aria-label={`Remove ${item}`} onClick={() => onRemove(item)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
