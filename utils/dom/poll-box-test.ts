import { textWithin } from './text-within';

/** A poll box is a question and its answers (characters); more text is a section of the story. */
const MAX_BOX_CHARS = 400;
/** A poll offers two answers at least; one button is a "show more" or a "play" control the story may hold. */
const MIN_ANSWERS = 2;
/** The story's own containers: never a box, and the walk up stops there. */
const STOP_TAGS = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML']);
const QUESTION = /\?/;

/** The text of `box` outside its buttons: the question and any note ("Vote to see results"). */
function textBesideButtons(box: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() !== 'BUTTON')
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(box);
  return text;
}

/**
 * A test for elements of `doc` that are a poll or feedback box in the story: a short block holding two answer buttons
 * or more and a question ("How many times do you hit snooze?" over "Never · Once or twice · Five alarms", "Was this
 * page helpful? Yes No"), with no telling class. The box is the largest such block above a button, found once, so each
 * test is a set lookup. A block with buttons and no question (a share row, a player's controls) is not one.
 */
export function pollBoxTest(doc: Document): (element: Element) => boolean {
  const boxes = new Set<Element>();
  // Every answer button walks up the same blocks: each is judged once.
  const judged = new Map<Element, boolean>();
  for (const button of doc.getElementsByTagName('button')) {
    let top: Element | undefined;
    for (let at = button.parentElement; at && !STOP_TAGS.has(at.tagName.toUpperCase()); at = at.parentElement) {
      if (textWithin(at, MAX_BOX_CHARS) === undefined) break;
      let poll = judged.get(at);
      if (poll === undefined) {
        poll = at.getElementsByTagName('button').length >= MIN_ANSWERS && QUESTION.test(textBesideButtons(at));
        judged.set(at, poll);
      }
      if (poll) top = at;
    }
    if (top) boxes.add(top);
  }
  return (element) => boxes.has(element);
}
