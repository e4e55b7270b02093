/**
 * Functions evaluated in the page's main world to see the panel as a reader does (its shadow root is open). They
 * are passed to the browser as source text, so they use no imports, no helpers outside their body, and return JSON.
 */

/** What the panel shows, as read from its shadow DOM. */
export interface PanelSnapshot {
  headline: string;
  date: string;
  summary: string[];
  entities: string[];
  commentsDetail: string;
  comments: { id: string; author: string; stub: boolean; reasons: string; expanded: boolean; body: boolean }[];
  /** Script start to the panel's first paint, measured by the panel script itself, in ms. */
  readyMs: number;
  /** Whether a Sidelight highlight is registered in the page (Custom Highlight API). */
  highlighted: boolean;
  error: string;
}

/** Reads the panel's visible state; `null` (as JSON) when no panel is mounted. */
export function snapshotPanel(): string {
  const host = document.querySelector('sidelight-panel');
  const root = host?.shadowRoot;
  if (!host || !root) return 'null';
  const text = (selector: string): string => root.querySelector(selector)?.textContent?.trim() ?? '';
  const all = (selector: string): Element[] => Array.from(root.querySelectorAll(selector));
  const highlights = (globalThis as { CSS?: { highlights?: { has(name: string): boolean } } }).CSS?.highlights;
  return JSON.stringify({
    headline: text('.sl-header__headline'),
    date: root.querySelector('.sl-header__meta time')?.getAttribute('datetime') ?? '',
    summary: all('.sl-summary li').map((li) => li.textContent?.trim() ?? ''),
    entities: all('.sl-chip').map((chip) =>
      (chip.textContent ?? '').replace(chip.querySelector('.sl-count')?.textContent ?? '', '').trim(),
    ),
    commentsDetail: text('#sl-comments-heading .sl-section__detail'),
    comments: all('.sl-comment__card').map((card) => ({
      id: card.getAttribute('data-comment-id') ?? '',
      author: card.querySelector('.sl-comment__author')?.textContent?.trim() ?? '',
      stub: card.classList.contains('sl-comment__card--stub'),
      reasons: card.querySelector('.sl-comment__reasons')?.textContent?.trim() ?? '',
      expanded: card.querySelector('.sl-comment__toggle')?.getAttribute('aria-expanded') === 'true',
      body: card.querySelector('.sl-comment__body') !== null,
    })),
    readyMs: Number(host.getAttribute('data-ready-ms') ?? 'NaN'),
    highlighted: highlights?.has('sidelight-mention') ?? false,
    error: text('.sidelight-error'),
  });
}

/**
 * Scrolls the first panel element matching `selector` (and containing `text`, when given) into view and returns the
 * viewport point at its centre, for a trusted mouse click; `null` when there is none.
 */
export function locateInPanel(selector: string, text: string): string {
  const root = document.querySelector('sidelight-panel')?.shadowRoot;
  const element = Array.from(root?.querySelectorAll(selector) ?? []).find((el) =>
    (el.textContent ?? '').includes(text),
  );
  if (!element) return 'null';
  element.scrollIntoView({ block: 'center' });
  const rect = element.getBoundingClientRect();
  return JSON.stringify({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
}

/** The page's own elements Sidelight hid (collapse-on-page), by their whitespace-normalised text. */
export function collapsedOnPage(): string {
  return JSON.stringify(
    Array.from(document.querySelectorAll('[data-sidelight-collapsed]')).map((el) =>
      (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ),
  );
}
