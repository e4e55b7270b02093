import type { PanelHost } from '../../components/PanelRoot';
import type { PageDoc } from '../../utils/model';
import { collapseOnPage } from '../../utils/dom/collapse-on-page';
import { highlightSpans } from '../../utils/dom/highlight-spans';
import type { TextMap } from '../../utils/dom/text-map';

/**
 * The page's own element for each comment's text: the smallest element holding all its paragraphs, unless that
 * element also holds a neighbouring comment (flat markup without one element per comment): then it is unknown.
 */
export function commentElements(doc: PageDoc, map: Pick<TextMap, 'elementFor'>): Map<string, Element> {
  const found = doc.comments.map((comment) => {
    const first = comment.paragraphs[0];
    const last = comment.paragraphs.at(-1);
    return first && last ? map.elementFor({ start: first.start, end: last.end }) : undefined;
  });
  const elements = new Map<string, Element>();
  doc.comments.forEach((comment, i) => {
    const element = found[i];
    const neighbours = [found[i - 1], found[i + 1]];
    if (element && !neighbours.some((other) => other && element.contains(other))) {
      elements.set(comment.id, element);
    }
  });
  return elements;
}

/** The `PanelHost` for a live page: highlights and collapses in the page through the adapter's text map. */
export function createPageHost(doc: PageDoc, map: TextMap, close: () => void, page: Document = document): PanelHost {
  const elements = commentElements(doc, map);
  return {
    site: page.location?.hostname ?? '',
    highlight: (spans) => highlightSpans(spans, map, page),
    ...(elements.size > 0
      ? {
          setCollapsedOnPage: (ids: readonly string[], collapsed: boolean) => {
            const targets = ids.map((id) => elements.get(id)).filter((element) => element !== undefined);
            collapseOnPage(targets, collapsed, page);
          },
        }
      : {}),
    close,
  };
}
