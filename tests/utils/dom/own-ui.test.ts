// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { composedQueryAll, hasShadowRoots } from '../../../utils/dom/composed-query';
import { isOwnUi, PANEL_TAG } from '../../../utils/dom/own-ui';
import { composeShadowRoots } from '../../../utils/dom/compose-shadow-roots';
import { pairNodes } from '../../../utils/dom/pair-nodes';

const STORY = [
  'The harbour office said on Friday that the ferry to the north quay would run again from Monday, after a winter refit that took longer than planned.',
  'Travellers had used a bus link since October, and the council said the timetable would return to its summer pattern by the end of the month.',
  'The operator thanked passengers for their patience and said two new crew members had joined the service for the busy season ahead.',
];

/** A page with a story, as the live document of a tab. */
function setPage(): void {
  document.body.innerHTML = `<article><h1>Ferry to the north quay returns on Monday</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`;
}

/** Sidelight's panel on the page while it reads: a host on `<html>` with an open shadow root and a heading. */
function mountPanel(): Element {
  const host = document.createElement(PANEL_TAG);
  host.attachShadow({ mode: 'open' }).innerHTML = '<h1>Sidelight</h1><p>Reading this page…</p>';
  document.documentElement.append(host);
  return host;
}

/** The text of the page's copy as the reader composes it (happy-dom lacks selectors `readPage` uses, so not whole). */
function composedText(): string {
  const clone = document.cloneNode(true) as Document;
  composeShadowRoots(document, clone, pairNodes(document, clone));
  return clone.documentElement.textContent ?? '';
}

afterEach(() => {
  document.querySelector(PANEL_TAG)?.remove();
  document.body.innerHTML = '';
});

describe('isOwnUi', () => {
  it('should know the panel host and nothing else', () => {
    expect(isOwnUi(document.createElement(PANEL_TAG))).toBe(true);
    expect(isOwnUi(document.createElement('article-body'))).toBe(false);
  });
});

describe('the page read while Sidelight’s panel is on it', () => {
  it('should not count the panel’s shadow root as one of the page’s', () => {
    setPage();
    mountPanel();
    expect(hasShadowRoots(document)).toBe(false);
    expect(composedQueryAll(document, 'h1').map((h) => h.textContent)).toEqual([
      'Ferry to the north quay returns on Monday',
    ]);
  });

  it('should compose the story, not the panel’s words', () => {
    setPage();
    mountPanel();
    const text = composedText();
    expect(text).toContain(STORY[0]);
    expect(text).not.toContain('Reading this page');
    expect(text).not.toContain('Sidelight');
  });

  it('should still compose a story a page’s own component renders in an open shadow root', () => {
    document.body.innerHTML = '<h1>Ferry to the north quay returns on Monday</h1><story-body></story-body>';
    const body = document.querySelector('story-body')!;
    body.attachShadow({ mode: 'open' }).innerHTML = STORY.map((p) => `<p>${p}</p>`).join('');
    mountPanel();
    expect(hasShadowRoots(document)).toBe(true);
    const text = composedText();
    for (const paragraph of STORY) expect(text).toContain(paragraph);
    expect(text).not.toContain('Reading this page');
  });
});
