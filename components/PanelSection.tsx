import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface PanelSectionProps {
  /** Short unique slug, used for element ids inside the panel's shadow root. */
  id: string;
  title: string;
  /** Extra text after the title, e.g. a count. */
  detail?: string;
  defaultOpen?: boolean;
  children: ComponentChildren;
}

/** A labelled region of the panel whose heading is a disclosure button (`aria-expanded`). */
export function PanelSection({ id, title, detail, defaultOpen = true, children }: PanelSectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  const headingId = `sl-${id}-heading`;
  const bodyId = `sl-${id}-body`;
  return (
    <section class="sl-section" aria-labelledby={headingId}>
      <h2 class="sl-section__heading" id={headingId}>
        <button
          type="button"
          class="sl-section__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          <span class="sl-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {title}
          {detail ? <span class="sl-section__detail"> {detail}</span> : null}
        </button>
      </h2>
      <div class="sl-section__body" id={bodyId} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
