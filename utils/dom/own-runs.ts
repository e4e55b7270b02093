import { PHRASING_TAGS } from './phrasing-tags';

const SPACES = /\s+/g;

/**
 * The runs of text set straight in `element`: its text and inline markup between line breaks and child blocks, each
 * run's words with white space collapsed, blank runs left out, and whether a `<br>` sets any apart. Stories set with
 * `<br>` print their paragraphs so (`div.post-text` holding "First paragraph.<br><br>Second one."), beside headings,
 * lists or boxes that make the block no paragraph itself.
 */
export function ownRuns(element: Element): { runs: string[]; broken: boolean } {
  const runs: string[] = [];
  let broken = false;
  let run = '';
  const close = (): void => {
    const text = run.replace(SPACES, ' ').trim();
    if (text) runs.push(text);
    run = '';
  };
  for (const node of element.childNodes) {
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : undefined;
    if (node.nodeType === 3 || (tag !== undefined && tag !== 'BR' && PHRASING_TAGS.has(tag))) {
      run += node.textContent ?? '';
      continue;
    }
    broken ||= tag === 'BR';
    close();
  }
  close();
  return { runs, broken };
}
