import { textOf } from './text-of';
import { textWithin } from './text-within';

/**
 * The whole text of a sign-up button: "Sign up", "Subscribe now", "Je m'inscris", "S'inscrire", "Jetzt abonnieren",
 * "Aanmelden", "Suscríbete", "Iscriviti", "Inscreva-se". A newsletter, print or membership offer closes on one.
 */
export const SIGN_UP_CTA =
  /^(?:sign (?:me )?up(?: now| here| today| for free)?|subscribe(?: now| here| today| for free)?|je m['’]inscris|s['’]inscrire|inscrivez-vous|je m['’]abonne|abonnez-vous|jetzt (?:anmelden|abonnieren)|abonnieren|aanmelden|inschrijven|abonneer(?: nu)?|suscr[ií]bete|reg[ií]strate|iscriviti|abbonati|inscreva-se|assine(?: já)?|zapisz się|prenumeruj)[.!]?$/iu;
/** Blocks that hold a box; a paragraph is a line of the story. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/** A sign-up box is a title, a line and its button: more text than this (characters) holds the story. */
const MAX_BOX_CHARS = 350;
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, td';

/** True when the control stands alone: not a link inside a sentence of a paragraph ("… you can <a>subscribe</a>"). */
function standsAlone(control: Element): boolean {
  const block = control.parentElement?.closest(BLOCKS);
  return !block || textOf(block) === textOf(control);
}

/**
 * True for a short box that closes on a sign-up button of its own, whatever its class says: a newsletter box ("Get
 * the latest news on education" over its blurb and "Sign up"), a print or membership offer ("Enjoyed this story?"
 * over "Subscribe now"), in any of the languages above. The box holds a line or two besides the button; a story's
 * paragraph that links the word "subscribe" in a sentence is no such button.
 */
export function isSignUpBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase()) || element.childElementCount < 2) return false;
  if (textWithin(element, MAX_BOX_CHARS) === undefined) return false;
  for (const control of element.querySelectorAll('a, button')) {
    if (SIGN_UP_CTA.test(textOf(control)) && standsAlone(control)) return true;
  }
  return false;
}
