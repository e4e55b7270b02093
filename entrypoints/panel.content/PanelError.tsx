/** Props of the panel's error state. */
export interface PanelErrorProps {
  message: string;
  onClose: () => void;
}

/** What the panel shows when the page could not be read: an honest message and a way out, in the panel's style. */
export function PanelError({ message, onClose }: PanelErrorProps) {
  return (
    <div class="sidelight-error" role="alert" aria-label="Sidelight" style={ERROR_STYLE}>
      <strong style={{ display: 'block', marginBottom: '8px', fontSize: '15px' }}>
        Sidelight could not read this page
      </strong>
      <p style={{ margin: '0 0 12px' }}>{message}</p>
      <button type="button" onClick={onClose} style={{ font: 'inherit', padding: '4px 12px', cursor: 'pointer' }}>
        Close
      </button>
    </div>
  );
}

/** Inline px styles: this state must look right even if the panel's stylesheet is what failed. */
const ERROR_STYLE = {
  width: '360px',
  boxSizing: 'border-box',
  padding: '16px',
  font: '14px/1.45 system-ui, sans-serif',
  color: '#1d1d1f',
  background: '#fff',
  borderLeft: '1px solid #ccc',
  boxShadow: '0 0 12px rgba(0, 0, 0, 0.2)',
} as const;
