import { textWithin } from './text-within';

/** A consent box is a sentence or two over its buttons: past this many characters the block holds more. */
const MAX_CONSENT_CHARS = 400;
const SPACES = /\s+/g;
/** Blocks that hold a consent box. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'DIALOG', 'FORM', 'P']);
/**
 * The whole text of a consent box's accept button, as consent platforms word it in English, French, German, Spanish,
 * Italian, Portuguese and Dutch: "Accept", "Accept all", "I agree", "Accepter", "Tout accepter", "Akzeptieren", "Alle
 * akzeptieren", "Aceptar", "Accetta", "Aceitar", "Accepteren".
 */
const ACCEPT =
  /^(?:(?:i\s+)?(?:accept|agree)(?:\s+all(?:\s+cookies)?)?|(?:tout\s+)?accepter(?:\s+tout)?|j'accepte|(?:alle\s+)?akzeptieren(?:\s+und\s+weiter)?|zustimmen|aceptar(?:\s+todo)?|accetta(?:\s+tutto)?|aceitar(?:\s+tudo)?|(?:alles\s+)?accepteren)[.!]?$/iu;
/**
 * The whole text of its other buttons: refusing ("Reject all", "Refuser", "Tout refuser", "Continuer sans accepter",
 * "Ablehnen", "Rechazar", "Rifiuta", "Rejeitar", "Weigeren") or choosing ("Settings", "Manage options", "Paramétrer",
 * "Personnaliser", "Einstellungen", "Configurar", "Impostazioni", "Instellingen").
 */
const REFUSE_OR_CHOOSE =
  /^(?:reject(?:\s+all)?|decline|(?:tout\s+)?refuser|continuer\s+sans\s+accepter|ablehnen|alle\s+ablehnen|rechazar(?:\s+todo)?|rifiuta(?:\s+tutto)?|rejeitar|weigeren|(?:cookie\s+)?settings|manage\s+(?:options|preferences|cookies)|more\s+options|param[ée]trer|personnaliser|einstellungen|configurar|impostazioni|instellingen)[.!]?$/iu;

/**
 * True for a cookie or data-consent box whatever its names: a short block holding an accept button and a button to
 * refuse or to choose ("Avec votre accord, nous et nos partenaires utilisons des cookies …" over "Accepter",
 * "Refuser", "Paramétrer"), as consent platforms set it over every page. Its sentence is no line of the story; a
 * story does not carry such a pair of buttons.
 */
export function isConsentBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  // Bounded first: every block of the page is asked.
  if (textWithin(element, MAX_CONSENT_CHARS) === undefined) return false;
  let accept = false;
  let other = false;
  for (const control of element.querySelectorAll('button, a, [role="button"]')) {
    const text = (control.textContent ?? '').replace(SPACES, ' ').trim();
    if (ACCEPT.test(text)) accept = true;
    else if (REFUSE_OR_CHOOSE.test(text)) other = true;
  }
  return accept && other;
}
