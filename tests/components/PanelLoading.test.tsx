// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelLoading } from '../../components/PanelLoading';
import { settingsStorage } from '../../utils/browser/settings-storage';
import { DEFAULT_PANEL_WIDTH } from '../../utils/settings/clamp-panel-width';
import { DEFAULT_SETTINGS } from '../../utils/settings/default-settings';

describe('PanelLoading', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(cleanup);

  it('should say what it is reading in a live status, in a busy panel region', () => {
    render(<PanelLoading site="news.example" status="Reading 5,000 comments…" onClose={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Reading 5,000 comments…');
    expect(screen.getByRole('complementary', { name: 'Sidelight' }).getAttribute('aria-busy')).toBe('true');
  });

  it.each([
    ['the close button', () => fireEvent.click(screen.getByRole('button', { name: 'Close Sidelight panel' }))],
    ['Esc', () => fireEvent.keyDown(screen.getByRole('status'), { key: 'Escape' })],
  ])('should close with %s', (_, act) => {
    const onClose = vi.fn();
    render(<PanelLoading site="news.example" status="Reading this page…" onClose={onClose} />);
    act();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('should open at the width the reader left on the site', async () => {
    await settingsStorage.save({ ...DEFAULT_SETTINGS, panelWidths: { 'news.example': 520 } });
    render(<PanelLoading site="www.news.example" status="Reading this page…" onClose={() => {}} />);
    const panel = screen.getByRole('complementary', { name: 'Sidelight' });
    expect(panel.style.width).toBe(`${DEFAULT_PANEL_WIDTH}px`);
    await waitFor(() => expect(panel.style.width).toBe('520px'));
  });
});
