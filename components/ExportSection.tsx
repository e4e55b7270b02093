import { useState } from 'preact/hooks';
import type { PageDoc } from '../utils/model';
import { toJson } from '../utils/export/to-json';
import { toJsonLd } from '../utils/export/to-json-ld';
import { toMarkdown } from '../utils/export/to-markdown';
import { copyText } from './copy-text';
import { downloadText } from './download-text';
import { PanelSection } from './PanelSection';

/** Longest headline part of a download's file name, in characters. */
const MAX_SLUG_LENGTH = 60;
const NON_SLUG = /[^\p{L}\p{N}]+/gu;
const EDGE_DASHES = /^-+|-+$/g;

interface Format {
  label: string;
  extension: string;
  type: string;
  render: (doc: PageDoc) => string;
}

const FORMATS: readonly Format[] = [
  {
    label: 'JSON-LD (schema.org)',
    extension: 'jsonld',
    type: 'application/ld+json',
    render: (doc) => JSON.stringify(toJsonLd(doc), null, 2),
  },
  { label: 'Markdown', extension: 'md', type: 'text/markdown', render: toMarkdown },
  { label: 'JSON', extension: 'json', type: 'application/json', render: toJson },
];

function fileName(doc: PageDoc, extension: string): string {
  const slug = (doc.metadata.headline?.text ?? '')
    .toLowerCase()
    .replace(NON_SLUG, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(EDGE_DASHES, '');
  return `${slug || 'sidelight-page'}.${extension}`;
}

/** Copy the parsed page to the clipboard or save it as a file, in each export format, with a spoken confirmation. */
export function ExportSection({ doc }: { doc: PageDoc }) {
  const [status, setStatus] = useState('');
  const copy = async (format: Format) => {
    const ok = await copyText(format.render(doc));
    setStatus(ok ? `${format.label} copied to the clipboard.` : `Could not copy ${format.label}: the page blocked it.`);
  };
  const download = (format: Format) => {
    const name = fileName(doc, format.extension);
    downloadText(name, format.render(doc), format.type);
    setStatus(`${format.label} saved as ${name}.`);
  };
  return (
    <PanelSection id="export" title="Copy and export" defaultOpen={false}>
      <ul class="sl-export">
        {FORMATS.map((format) => (
          <li key={format.extension} class="sl-row">
            <span class="sl-export__label">{format.label}</span>
            <button type="button" onClick={() => void copy(format)}>
              Copy<span class="sl-visually-hidden"> {format.label}</span>
            </button>
            <button type="button" onClick={() => download(format)}>
              Download<span class="sl-visually-hidden"> {format.label}</span>
            </button>
          </li>
        ))}
      </ul>
      <p class="sl-status" role="status" aria-live="polite">
        {status}
      </p>
    </PanelSection>
  );
}
