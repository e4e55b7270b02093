import type { PanelHost } from '../../components/PanelRoot';
import type { PageDoc } from '../../utils/model';
import { collapseOnPage } from '../../utils/dom/collapse-on-page';
import { highlightSpans } from '../../utils/dom/highlight-spans';
import type { TextMap } from '../../utils/dom/text-map';
import { mapSteps, runSteps, type Steps } from '../../utils/steps/steps';

/**
 * The page's own element for each comment's text: the smallest element holding all its paragraphs, unless that
 * element also holds a neighbouring comment (flat markup without one element per comment): then it is unknown.
 */
export function commentElements(doc: PageDoc, map: Pick<TextMap, 'elementFor'>): Map<string, Element> {
  return runSteps(commentElementsSteps(doc, map));
}

/**
 * `commentElements` step by step (see `Steps`), a step per comment: DOM walks from a content script are slow in
 * Firefox (every access crosses its Xray wrappers), about 0.4 s for 5,000 comments at once.
 */
export function* commentElementsSteps(doc: PageDoc, map: Pick<TextMap, 'elementFor'>): Steps<Map<string, Element>> {
  const found = yield* mapSteps(doc.comments, (comment) => {
    const first = comment.paragraphs[0];
    const last = comment.paragraphs.at(-1);
    return first && last ? map.elementFor({ start: first.start, end: last.end }) : undefined;
  });
  const elements = new Map<string, Element>();
  for (const [i, comment] of doc.comments.entries()) {
    const element = found[i];
    const neighbours = [found[i - 1], found[i + 1]];
    if (element && !neighbours.some((other) => other && element.contains(other))) {
      elements.set(comment.id, element);
    }
    yield;
  }
  return elements;
}

/** The `PanelHost` for a live page: highlights and collapses in the page through the adapter's text map. */
export function createPageHost(
  doc: PageDoc,
  map: TextMap,
  close: () => void,
  page: Document = document,
  elements: ReadonlyMap<string, Element> = commentElements(doc, map),
): PanelHost {
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
