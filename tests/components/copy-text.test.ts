// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../components/copy-text';

const setClipboard = (value: unknown) =>
  Object.defineProperty(window.navigator, 'clipboard', { value, configurable: true });

describe('copyText', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    setClipboard(undefined);
  });

  it('should use the Clipboard API when it works', async () => {
    const writeText = vi.fn(async () => undefined);
    setClipboard({ writeText });
    expect(await copyText('hello')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('hello');
  });

  it.each([
    ['the API is missing', undefined],
    ['the API refuses', { writeText: async () => Promise.reject(new Error('not allowed')) }],
  ])('should fall back to a hidden textarea when %s, and clean up', async (_label, clipboard) => {
    setClipboard(clipboard);
    let copied: string | undefined;
    const execCommand = vi.fn((command: string) => {
      copied =
        (document.activeElement as HTMLTextAreaElement | null)?.value ?? document.querySelector('textarea')?.value;
      return command === 'copy';
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    expect(await copyText('fallback text')).toBe(true);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toBe('fallback text');
    expect(document.querySelector('textarea')).toBeNull();
  });
});
