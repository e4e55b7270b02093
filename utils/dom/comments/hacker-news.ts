import type { FoundComment, FoundComments } from './found-comment';

/** HN indents replies with a spacer image this many pixels wide per level. */
const INDENT_PX_PER_LEVEL = 40;

/** The reply depth of a row: the `indent` attribute when present, else the spacer image width. */
function depthOf(row: Element): number {
  const cell = row.querySelector('td.ind');
  const indent = cell?.getAttribute('indent');
  if (indent !== null && indent !== undefined) return Number.parseInt(indent, 10) || 0;
  const width = Number.parseInt(cell?.querySelector('img')?.getAttribute('width') ?? '0', 10);
  return Number.isFinite(width) ? Math.round(width / INDENT_PX_PER_LEVEL) : 0;
}

/** Hacker News: a flat table of rows (`tr.athing.comtr`) whose nesting is only their indent. */
export function findHackerNews(doc: Document): FoundComments | undefined {
  const region = doc.querySelector('table.comment-tree');
  const rows = [...(region ?? doc).querySelectorAll('tr.athing.comtr')];
  if (rows.length === 0) return undefined;
  const comments: FoundComment[] = [];
  // Stack of the latest comment index at each depth: the parent of a row is the last row one level up.
  const latestAt: number[] = [];
  for (const row of rows) {
    const text = row.querySelector('.commtext');
    if (!text || !(text.textContent ?? '').trim()) continue;
    const depth = depthOf(row);
    const age = row.querySelector('.age');
    latestAt.length = depth;
    comments.push({
      element: row,
      author: row.querySelector('.hnuser') ?? undefined,
      date: age ?? undefined,
      dateTime: age?.getAttribute('title')?.split(' ')[0] ?? undefined,
      body: [text],
      parentIndex: depth > 0 ? latestAt[depth - 1] : undefined,
    });
    latestAt[depth] = comments.length - 1;
  }
  const container = region ?? rows[0]?.closest('table');
  return container && comments.length > 0 ? { system: 'hacker-news', region: container, comments } : undefined;
}
