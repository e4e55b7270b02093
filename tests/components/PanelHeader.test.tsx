// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelHeader } from '../../components/PanelHeader';
import type { Metadata } from '../../utils/model';
import { makeDoc } from './fixtures';

const renderHeader = (metadata: Partial<Metadata>, locale = 'en-GB') => {
  const doc = makeDoc();
  render(
    <PanelHeader doc={{ ...doc, metadata: { ...doc.metadata, ...metadata } }} onClose={() => {}} locale={locale} />,
  );
};

describe('PanelHeader', () => {
  afterEach(cleanup);

  it('should show an ISO date from page metadata as a human date, keeping the ISO form in dateTime', () => {
    renderHeader({ date: { text: '2026-03-17T07:30:00Z', iso: '2026-03-17T07:30:00Z' } });
    const time = screen.getByText('17 March 2026');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('datetime')).toBe('2026-03-17T07:30:00Z');
  });

  it('should show the standfirst under the headline as text', () => {
    renderHeader({ standfirst: { text: 'Boats are back. <b>Not bold</b>' } });
    const standfirst = screen.getByText('Boats are back. <b>Not bold</b>');
    expect(standfirst.tagName).toBe('P');
    expect(standfirst.querySelector('b')).toBeNull();
  });

  it('should keep a date the page wrote in words as written', () => {
    renderHeader({ date: { text: 'March 3, 2024', iso: '2024-03-03' } });
    expect(screen.getByText('March 3, 2024').getAttribute('datetime')).toBe('2024-03-03');
  });

  it.each([
    [
      'the site of a page',
      { kind: 'page', length: 1, name: 'https://www.news.example/story' },
      'No headline · news.example',
    ],
    [
      'the file name of saved text',
      { kind: 'text', length: 1, name: '/saved/story-17.txt' },
      'No headline · story-17.txt',
    ],
    ['only that there is none, when the source is unknown', { kind: 'text', length: 1 }, 'No headline'],
  ] as const)('should show %s instead of a made-up headline', (_label, source, expected) => {
    const doc = makeDoc();
    const metadata = { ...doc.metadata, headline: undefined, url: undefined };
    render(<PanelHeader doc={{ ...doc, source, metadata }} onClose={() => {}} />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(expected);
    expect(heading.textContent).not.toMatch(/Untitled/);
  });
});
