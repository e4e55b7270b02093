import { hasOwnText } from './has-own-text';
import { textLabels } from './text-labels';
import { textWithin } from './text-within';

/** A poll box is a question and its answers (characters); more text is a section of the story. */
const MAX_BOX_CHARS = 400;
/** A poll offers two answers at least; one button is a "show more" or a "play" control the story may hold. */
const MIN_ANSWERS = 2;
/** The story's own containers: never a box, and the walk up stops there. */
const STOP_TAGS = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML']);
const QUESTION = /\?/;

/**
 * The words of a poll's submit control (a vote button set as a plain `<div>` by an app that prints no `<button>`, its
 * answers as plain blocks too): "Vote", "Vote now", "Submit vote", "Cast your vote".
 */
const VOTE_LABEL = /^(?:vote(?: now)?|submit(?: (?:my |your )?(?:vote|answer))?|cast (?:my|your) vote)$/i;
/**
 * The tally a poll shows under its results once voted, or saved so: "1,482 votes", "Total votes: 1,020", "312 votes
 * cast". It stands for the vote control, as the box around it holds the question and the answers (with their shares)
 * the same way. A count in a table's cell is a results table's, not a widget's.
 */
const TALLY = /^(?:total (?:votes|voters)\s*:?\s*\d[\d,. ]*|\d[\d,. ]* (?:votes|voters)(?: cast)?)$/i;
const CELL_TAGS = new Set(['TD', 'TH']);
const isPollLabel = (text: string): boolean => VOTE_LABEL.test(text) || TALLY.test(text);
/** Such a poll shows its question, two answers at least and the vote label: blocks of text of their own. */
const MIN_LABELLED_POLL_PARTS = MIN_ANSWERS + 2;

/** How many elements under `box` hold text of their own (its question, answers and labels). */
function textParts(box: Element): number {
  let parts = 0;
  for (const element of box.querySelectorAll('*')) if (hasOwnText(element)) parts++;
  return parts;
}

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
 * test is a set lookup. A block with buttons and no question (a share row, a player's controls) is not one. An app
 * that prints no `<button>` leaves the vote control's words ("Vote"), and a poll saved showing its results leaves its
 * tally ("1,482 votes"): the largest short block above either holding a question and at least two answers in blocks of
 * their own is the poll too.
 */
export function pollBoxTest(doc: Document): (element: Element) => boolean {
  const boxes = new Set<Element>();
  // Every answer button walks up the same blocks: each is judged once (by each kind of control's own test).
  const largestBox = (control: Element, isPoll: (at: Element) => boolean, judged: Map<Element, boolean>): void => {
    let top: Element | undefined;
    for (let at = control.parentElement; at && !STOP_TAGS.has(at.tagName.toUpperCase()); at = at.parentElement) {
      if (textWithin(at, MAX_BOX_CHARS) === undefined) break;
      let poll = judged.get(at);
      if (poll === undefined) {
        poll = isPoll(at);
        judged.set(at, poll);
      }
      if (poll) top = at;
    }
    if (top) boxes.add(top);
  };
  const byButtons = new Map<Element, boolean>();
  for (const button of doc.getElementsByTagName('button')) {
    largestBox(
      button,
      (at) => at.getElementsByTagName('button').length >= MIN_ANSWERS && QUESTION.test(textBesideButtons(at)),
      byButtons,
    );
  }
  // A poll whose vote control is a plain block: the question and its answers as blocks of text around it.
  const byLabel = new Map<Element, boolean>();
  for (const label of textLabels(doc, isPollLabel)) {
    if (CELL_TAGS.has(label.tagName.toUpperCase())) continue;
    largestBox(
      label,
      (at) => QUESTION.test(textWithin(at, MAX_BOX_CHARS) ?? '') && textParts(at) >= MIN_LABELLED_POLL_PARTS,
      byLabel,
    );
  }
  return (element) => boxes.has(element);
}
