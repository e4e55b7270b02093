/** The panel's top bar: the product name and the close button (Esc does the same). */
export function PanelBar({ onClose }: { onClose: () => void }) {
  return (
    <div class="sl-header__bar">
      <span class="sl-brand">Sidelight</span>
      <button
        type="button"
        class="sl-icon-button"
        aria-label="Close Sidelight panel"
        title="Close (Esc)"
        onClick={onClose}
      >
        ×
      </button>
    </div>
  );
}
