import { isProseDek } from './dek-text';
import { nextNode } from './next-node';
import { readsAsByline } from './reads-as-byline';
import { textOf } from './text-of';

/** Page nodes walked after the paragraph looking for the byline: a header's byline block sits right under its dek. */
const MAX_STEPS = 300;
/** The lead image and its caption: a credit there ("Photo by …") is no byline. */
const FIGURE_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE', 'SCRIPT', 'STYLE']);
const SPACES = /\s+/g;

/**
 * True when the story's first paragraph (`paragraph`, in the live page) is the dek in no named block: the page's
 * description repeats it, it reads as a summary in prose, and a byline the body leaves out (`inBody` false) follows it
 * before the story's next line, as a header sets headline, dek, photo, byline and then the story (Brightspot, Escenic
 * and any template whose class names are hashed). A lede the description repeats sits under the byline, not over it.
 */
export function isDekOverByline(
  paragraph: Element,
  description: string | undefined,
  inBody: (node: Text) => boolean,
): boolean {
  const text = textOf(paragraph);
  if (!description || description.replace(SPACES, ' ').trim() !== text || !isProseDek(text)) return false;
  let node = nextNode(paragraph, false);
  for (let steps = 0; node && steps < MAX_STEPS; steps++) {
    if (node.nodeType === 3) {
      const line = node as Text;
      if (inBody(line)) return false;
      const owner = line.parentElement;
      if (line.data.trim().length > 0 && owner && readsAsByline(textOf(owner))) return true;
      node = nextNode(node, false);
      continue;
    }
    const enter = node.nodeType === 1 && !FIGURE_TAGS.has((node as Element).tagName.toUpperCase());
    node = nextNode(node, enter);
  }
  return false;
}
