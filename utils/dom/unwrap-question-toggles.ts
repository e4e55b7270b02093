import { holdsProse } from './is-collapsed-story-part';
import { textOf } from './text-of';

/** A question on a toggle is a line, at most this long (characters). */
const MAX_QUESTION_CHARS = 200;
/** A question ends on its question mark (perhaps inside closing quotes or a bracket). */
const QUESTION = /\?["'”’)\]]*$/;

/** The block a toggle shows: the next block after its line, or after the button when the line holds more. */
function panelOf(button: Element, line: Element, question: string): Element | null {
  return textOf(line) === question ? line.nextElementSibling : button.nextElementSibling;
}

/**
 * Takes the question toggles of an FAQ out of their buttons in Readability's copy, keeping their text where the
 * button stood: a `<button>` whose text is a question ("Will my property tax bill go up?") right over a block of prose,
 * its answer, as FAQ and accordion blocks build them whatever their class names (hashed, or none) and with no heading
 * around the button or ARIA attribute on it (a plugin's script adds those). Readability drops every `<button>`, and
 * the questions went, leaving the answers. A "Read more" or "Share" button is no question, and a question button over
 * links (a menu) has no answer under it. Edits the copy in place.
 */
export function unwrapQuestionToggles(root: ParentNode): void {
  for (const button of [...root.querySelectorAll('button')]) {
    const line = button.parentElement;
    const question = textOf(button);
    if (!line || question.length > MAX_QUESTION_CHARS || !QUESTION.test(question)) continue;
    const panel = panelOf(button, line, question);
    if (!panel || !holdsProse(panel)) continue;
    while (button.firstChild) line.insertBefore(button.firstChild, button);
    button.remove();
  }
}
