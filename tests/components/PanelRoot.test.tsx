// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelRoot } from '../../components/PanelRoot';
import { settingsStorage } from '../../utils/browser/settings-storage';
import { MIN_PANEL_WIDTH } from '../../utils/settings/clamp-panel-width';
import { DEFAULT_SETTINGS } from '../../utils/settings/default-settings';
import { DISCUSSION, makeDoc, makeEntity, makeHost } from './fixtures';

const section = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });
const open = (name: string) => {
  const toggle = within(section(name)).getAllByRole('button')[0]!;
  if (toggle.getAttribute('aria-expanded') === 'false') fireEvent.click(toggle);
};
const card = (author: string) => screen.getByRole('article', { name: new RegExp(`^Comment by ${author}\\b`) });

describe('PanelRoot', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(cleanup);

  it('should render the header, summary and comments of the document', () => {
    render(<PanelRoot doc={makeDoc({}, DISCUSSION)} host={makeHost()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Harbour bridge reopens after storm repairs');
    expect(screen.getByText('March 3, 2024').getAttribute('datetime')).toBe('2024-03-03');
    expect(screen.getByText(/By Ana Ruiz/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /news\.example/ }).getAttribute('href')).toBe('https://news.example/story');
    expect(within(section('Summary')).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getAllByRole('article')).toHaveLength(DISCUSSION.length);
  });

  it('should show comment dates given as ISO as human dates, with the ISO form in dateTime', () => {
    const doc = makeDoc({}, DISCUSSION);
    const [first, ...rest] = doc.comments;
    const dated = { ...first!, date: { text: '2024-03-19T08:05:00Z' } };
    render(<PanelRoot doc={{ ...doc, comments: [dated, ...rest] }} host={makeHost()} />);
    const time = card(dated.author.text).querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2024-03-19T08:05:00Z');
    expect(time?.textContent).toMatch(/March 2024|March \d+, 2024/);
  });

  it('should say so when there is no summary, no entities and no comments', () => {
    render(<PanelRoot doc={makeDoc({ summary: [] })} host={makeHost()} />);
    expect(within(section('Summary')).getByText(/No summary/)).toBeTruthy();
    expect(within(section('Entities')).getByText(/No named entities found in the article/)).toBeTruthy();
    expect(within(section('What readers say')).getByText(/No reader comments/)).toBeTruthy();
    expect(within(section('Comments')).getByText(/No reader comments found/)).toBeTruthy();
  });

  it('should never render a javascript: source link', () => {
    const doc = makeDoc();
    render(
      <PanelRoot
        doc={{
          ...doc,
          metadata: { ...doc.metadata, url: 'javascript:alert(1)' },
          source: { ...doc.source, name: 'x' },
        }}
        host={makeHost()}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
  });

  it.each([
    ['Escape pressed inside the panel', () => fireEvent.keyDown(screen.getByRole('complementary'), { key: 'Escape' })],
    ['the close button', () => fireEvent.click(screen.getByRole('button', { name: 'Close Sidelight panel' }))],
  ])('should call host.close on %s', (_label, act) => {
    const host = makeHost();
    render(<PanelRoot doc={makeDoc()} host={host} />);
    act();
    expect(host.close).toHaveBeenCalledTimes(1);
  });

  it('should group entities by type with counts and keep reader entities apart', () => {
    const doc = makeDoc(
      {
        entities: {
          body: [makeEntity('Ana Ruiz', 'person'), makeEntity('Harbour Authority', 'organization')],
          comments: [makeEntity('Olek', 'person', { mentions: [{ text: 'Olek', start: 1, end: 5, commentId: 'c3' }] })],
        },
      },
      DISCUSSION,
    );
    render(<PanelRoot doc={doc} host={makeHost()} />);
    const entities = section('Entities');
    // People in both lists (article and readers), organizations in the article only.
    expect(within(entities).getAllByText('People')).toHaveLength(2);
    expect(within(entities).getAllByText('Organizations')).toHaveLength(1);
    expect(within(entities).getAllByRole('button', { name: /Ana Ruiz|Harbour Authority|Olek/ })).toHaveLength(3);
    expect(within(entities).getByText('Readers mention')).toBeTruthy();
  });

  it('should highlight a body entity, filter comments naming it as a whole word, and clear', () => {
    const mentions = [
      { text: 'Harbour Authority', start: 10, end: 27 },
      { text: 'Authority', start: 50, end: 59 },
    ];
    const entity = makeEntity('Harbour Authority', 'organization', { aliases: ['Authority'], mentions });
    const host = makeHost();
    host.highlight.mockReturnValue(1);
    render(<PanelRoot doc={makeDoc({ entities: { body: [entity], comments: [] } }, DISCUSSION)} host={host} />);

    fireEvent.click(screen.getByRole('button', { name: /Harbour Authority/ }));
    expect(host.highlight).toHaveBeenCalledWith(mentions);
    expect(screen.getByText('1 of 2 mentions highlighted on the page.')).toBeTruthy();
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('data-comment-id'))).toEqual(['c6']);
    expect(screen.getByText(/Filtered by Harbour Authority/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(host.highlight).toHaveBeenLastCalledWith(null);
    expect(screen.getAllByRole('article')).toHaveLength(DISCUSSION.length);
  });

  it('should filter by a comment entity through its mentions’ comment ids', () => {
    const entity = makeEntity('Rush', 'misc', {
      mentions: [
        { text: 'Rush', start: 1, end: 5, commentId: 'c2' },
        { text: 'Rush', start: 9, end: 13, commentId: 'c3' },
      ],
    });
    render(<PanelRoot doc={makeDoc({ entities: { body: [], comments: [entity] } }, DISCUSSION)} host={makeHost()} />);
    fireEvent.click(screen.getByRole('button', { name: /Rush/ }));
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('data-comment-id'))).toEqual(['c2', 'c3']);
  });

  it('should focus the comment a "What readers say" quote comes from, expanding what hides it', async () => {
    const doc = makeDoc(
      { readersSay: [{ text: 'Rush hour is the whole point.', start: 0, end: 29, commentId: 'c3', score: 1 }] },
      DISCUSSION,
    );
    render(<PanelRoot doc={doc} host={makeHost()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all replies' }));
    expect(screen.queryByRole('article', { name: /Olek/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /Rush hour is the whole point/ }));
    await waitFor(() => expect(document.activeElement).toBe(card('Olek')));
  });

  it('should clear an entity filter and open a noisy stub to show a quoted comment', async () => {
    const doc = makeDoc(
      {
        readersSay: [{ text: 'WORST BRIDGE EVER', start: 0, end: 17, commentId: 'c4', score: 1 }],
        entities: { body: [makeEntity('Harbour Authority', 'organization')], comments: [] },
      },
      DISCUSSION,
    );
    render(<PanelRoot doc={doc} host={makeHost()} />);
    fireEvent.click(screen.getByRole('button', { name: /Harbour Authority/ }));
    expect(screen.queryByRole('article', { name: /Shouter/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /WORST BRIDGE EVER/ }));
    await waitFor(() => expect(document.activeElement).toBe(card('Shouter')));
    expect(screen.queryByText(/Filtered by/)).toBeNull();
    expect(within(card('Shouter')).getByText('WORST BRIDGE EVER!!!!')).toBeTruthy();
  });

  it('should collapse more comments when the threshold is lowered, and persist it', async () => {
    const doc = makeDoc({}, [
      { author: 'A', text: 'fine' },
      {
        author: 'B',
        text: 'meh',
        noise: { score: 0.3, reasons: [{ code: 'very-short', message: 'very short', weight: 0.3 }] },
      },
    ]);
    render(<PanelRoot doc={doc} host={makeHost()} />);
    open('Noise filter');
    expect(card('B').getAttribute('aria-label')).not.toContain('collapsed as noise');

    fireEvent.input(screen.getByLabelText(/Collapse comments scoring at least/), { target: { value: '0.25' } });
    expect(card('B').getAttribute('aria-label')).toContain('collapsed as noise');
    expect(card('A').getAttribute('aria-label')).not.toContain('collapsed');
    await waitFor(async () => expect((await settingsStorage.load()).noiseThreshold).toBe(0.25));
  });

  it('should mute an author from a comment, re-score, collapse their comments and persist the mute', async () => {
    render(<PanelRoot doc={makeDoc({}, DISCUSSION)} host={makeHost()} />);
    fireEvent.click(within(card('Mina')).getByRole('button', { name: 'Mute Mina' }));
    expect(card('Mina').getAttribute('aria-label')).toBe('Comment by Mina, reply, level 2, collapsed as noise');
    expect(within(card('Mina')).getByText(/muted author/)).toBeTruthy();
    // Its reply stays reachable.
    expect(card('Olek').getAttribute('aria-label')).toBe('Comment by Olek, reply, level 3');
    await waitFor(async () => expect((await settingsStorage.load()).mutedAuthors).toEqual(['Mina']));
  });

  it('should collapse comments matching a new keyword filter', () => {
    render(<PanelRoot doc={makeDoc({}, DISCUSSION)} host={makeHost()} />);
    open('Noise filter');
    fireEvent.input(screen.getByLabelText('Keyword filters'), { target: { value: 'ferry' } });
    fireEvent.submit(screen.getByLabelText('Keyword filters').closest('form')!);
    expect(card('Yrral').getAttribute('aria-label')).toContain('collapsed as noise');
    expect(within(card('Yrral')).getByText(/'ferry'/)).toBeTruthy();
    expect(card('Pia').getAttribute('aria-label')).not.toContain('collapsed');

    fireEvent.click(screen.getByRole('button', { name: 'Remove ferry' }));
    expect(card('Yrral').getAttribute('aria-label')).not.toContain('collapsed');
  });

  it('should collapse noisy comments on the page only when the toggle is on, and restore them', () => {
    const host = makeHost();
    render(<PanelRoot doc={makeDoc({}, DISCUSSION)} host={host} />);
    expect(host.setCollapsedOnPage).not.toHaveBeenCalled();
    open('Noise filter');
    fireEvent.click(screen.getByRole('checkbox', { name: /Also collapse them on the page/ }));
    expect(host.setCollapsedOnPage).toHaveBeenLastCalledWith(['c4'], true);
    fireEvent.click(screen.getByRole('checkbox', { name: /Also collapse them on the page/ }));
    expect(host.setCollapsedOnPage).toHaveBeenLastCalledWith(['c4'], false);
  });

  it('should restore the page’s comments when the panel closes', () => {
    const host = makeHost();
    const { unmount } = render(<PanelRoot doc={makeDoc({}, DISCUSSION)} host={host} />);
    open('Noise filter');
    fireEvent.click(screen.getByRole('checkbox', { name: /Also collapse them on the page/ }));
    expect(host.setCollapsedOnPage).toHaveBeenLastCalledWith(['c4'], true);
    act(() => {
      unmount();
    });
    expect(host.setCollapsedOnPage).toHaveBeenLastCalledWith(['c4'], false);
  });

  it('should not offer the page toggle when the host cannot collapse page elements', () => {
    const { setCollapsedOnPage: _unknown, ...host } = makeHost();
    render(<PanelRoot doc={makeDoc({}, DISCUSSION)} host={host} />);
    open('Noise filter');
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('should load the stored width for the site and remember a keyboard resize', async () => {
    await settingsStorage.save({ ...DEFAULT_SETTINGS, panelWidths: { 'news.example': 500 } });
    render(<PanelRoot doc={makeDoc()} host={makeHost()} />);
    const handle = screen.getByRole('separator', { name: 'Resize panel' });
    await waitFor(() => expect(handle.getAttribute('aria-valuenow')).toBe('500'));

    fireEvent.keyDown(handle, { key: 'ArrowLeft' });
    fireEvent.keyUp(handle, { key: 'ArrowLeft' });
    expect(screen.getByRole('complementary').style.width).toBe('520px');
    await waitFor(async () => expect((await settingsStorage.load()).panelWidths).toEqual({ 'news.example': 520 }));
  });

  it('should follow a pointer drag on the handle and remember the width when released', async () => {
    render(<PanelRoot doc={makeDoc()} host={makeHost()} />);
    const handle = screen.getByRole('separator', { name: 'Resize panel' });
    const start = Number(handle.getAttribute('aria-valuenow'));
    fireEvent.pointerDown(handle, { clientX: 600, pointerId: 1 });
    fireEvent.pointerMove(handle, { clientX: 500, pointerId: 1 });
    expect(screen.getByRole('complementary').style.width).toBe(`${start + 100}px`);
    fireEvent.pointerUp(handle, { clientX: 500, pointerId: 1 });
    await waitFor(async () =>
      expect((await settingsStorage.load()).panelWidths).toEqual({ 'news.example': start + 100 }),
    );
  });

  it('should key the remembered width by the site name without "www."', async () => {
    render(<PanelRoot doc={makeDoc()} host={{ ...makeHost(), site: 'www.news.example' }} />);
    const handle = screen.getByRole('separator', { name: 'Resize panel' });
    fireEvent.keyDown(handle, { key: 'Home' });
    fireEvent.keyUp(handle, { key: 'Home' });
    await waitFor(async () =>
      expect((await settingsStorage.load()).panelWidths).toEqual({ 'news.example': MIN_PANEL_WIDTH }),
    );
  });

  it('should keep the panel narrower than the window', () => {
    window.innerWidth = 500;
    window.dispatchEvent(new Event('resize'));
    render(<PanelRoot doc={makeDoc()} host={makeHost()} />);
    const handle = screen.getByRole('separator', { name: 'Resize panel' });
    fireEvent.keyDown(handle, { key: 'End' });
    expect(Number.parseInt(screen.getByRole('complementary').style.width, 10)).toBeLessThan(500);
    window.innerWidth = 1024;
  });

  it('should copy valid JSON-LD to the clipboard and confirm it', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<PanelRoot doc={makeDoc({}, DISCUSSION)} host={makeHost()} />);
    open('Copy and export');
    fireEvent.click(screen.getByRole('button', { name: 'Copy JSON-LD (schema.org)' }));

    await waitFor(() => expect(screen.getByText('JSON-LD (schema.org) copied to the clipboard.')).toBeTruthy());
    const copied = JSON.parse(writeText.mock.calls[0]![0]) as Record<string, unknown>;
    expect(copied['@context']).toMatch(/schema\.org/);
    expect(copied.headline).toBe('Harbour bridge reopens after storm repairs');
  });
});
