import type { ComponentChildren } from 'preact';

interface CheckFieldProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The label text. */
  children: ComponentChildren;
}

/** A checkbox inside its label (`sl-check`), reporting the new state. */
export function CheckField({ checked, onChange, children }: CheckFieldProps) {
  return (
    <label class="sl-check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      {children}
    </label>
  );
}
