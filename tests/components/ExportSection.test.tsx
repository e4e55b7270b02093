// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportSection } from '../../components/ExportSection';
import { toJson } from '../../utils/export/to-json';
import { toMarkdown } from '../../utils/export/to-markdown';
import { DISCUSSION, makeDoc } from './fixtures';

describe('ExportSection', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it.each([
    ['Markdown', 'harbour-bridge-reopens-after-storm-repairs.md', toMarkdown],
    ['JSON', 'harbour-bridge-reopens-after-storm-repairs.json', toJson],
  ])('should download %s under a name made from the headline', async (label, name, render_) => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:x';
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const doc = makeDoc({}, DISCUSSION);
    render(<ExportSection doc={doc} />);
    fireEvent.click(screen.getByRole('button', { name: /Copy and export/ }));
    fireEvent.click(screen.getByRole('button', { name: `Download ${label}` }));

    expect(names).toEqual([name]);
    expect(await blobs[0]!.text()).toBe(render_(doc));
    expect(screen.getByRole('status').textContent).toBe(`${label} saved as ${name}.`);
  });

  it('should fall back to a generic file name when there is no headline', () => {
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const doc = makeDoc();
    render(<ExportSection doc={{ ...doc, metadata: { ...doc.metadata, headline: undefined } }} />);
    fireEvent.click(screen.getByRole('button', { name: /Copy and export/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(names).toEqual(['sidelight-page.json']);
  });
});
