// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../components/download-text';

describe('downloadText', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('should click a download link to an object URL, remove it, and revoke the URL afterwards', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:x';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    downloadText('page.md', '# Title', 'text/markdown');

    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('page.md');
    expect(clicked[0]!.href).toBe('blob:x');
    expect(document.querySelector('a')).toBeNull();
    expect(await blobs[0]!.text()).toBe('# Title');
    expect(blobs[0]!.type).toBe('text/markdown');
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:x');
  });
});
