import { boxHeadingText, type BoxHeadingShape } from './box-heading';
import { isTextBlock } from './is-text-block';
import { ownRuns } from './own-runs';
import { textWithin } from './text-within';

/** An appeal is a heading, a paragraph or two and its buttons; more text than this (characters) holds the story. */
const MAX_APPEAL_CHARS = 700;
/** Blocks that hold a box; a paragraph is a line of the story, which the line rules judge. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/**
 * What an appeal asks for: money or support (also "Make a gift", public radio's and charities' word for a donation);
 * in Cyrillic too ("Поддержите …", "Підтримайте …", "донат"), and in Welsh
 * and Irish, as minority-language outlets that live on readers' support ask it ("Cefnogwch …", "Tacaigh le …"), and in
 * Spanish, as member-funded dailies ask it (Público.es, eldiario.es: "Público es posible gracias a sus socios",
 * "Apóyanos").
 */
const ASK =
  /\b(?:support(?:ing|ed|ers?)?|fund|contribut(?:e|ing|ion)|donat(?:e|ing|ion)|give|make a gift)\b|(?<!\p{L})(?:поддерж|пожертв|донат|підтрим|подкреп|подрж|cefnog|tacaigh|tacaíocht)|(?<!\p{L})(?:apoy(?:a|o|ar)|apóyanos|(?:posible )?gracias a (?:sus|nuestr[oa]s) (?:soci[oa]s|lector[ae]s|suscriptor[ae]s))(?!\p{L})/iu;
/**
 * …for what: the site's own journalism, or keeping it free to read ("keeping these stories free for everyone", "helps
 * keep paywalls away", "The Beacon is nonprofit and free to read", "to keep reporting from inside Russia", "KVRN's
 * reporting is made possible by listeners like you", "funded through donations from our readers", a writer's own note
 * "Stories like this one take time and travel, and they are possible because our readers fund us"); in Russian,
 * Ukrainian, Serbian and Bulgarian ("независимую журналистику"), Welsh and Irish ("newyddiaduraeth", "iriseoireacht"),
 * Spanish ("periodismo").
 */
const FOR_JOURNALISM =
  /\b(?:journalism|our (?:reporting|work|newsroom)|(?:stories|reporting|work) like this(?: one)? (?:takes?|costs?|needs?|requires?)|possible because (?:of )?(?:our )?(?:readers|listeners|viewers|members|supporters)|(?:independent|local) (?:news|media|reporting)|keep reporting|free to read|(?:reporting|journalism|work) is made possible by|made possible by (?:readers|listeners|viewers|members|supporters) like you|donations from (?:our )?readers|paywalls?|(?:stories|articles|news|reporting) free)\b|(?<!\p{L})(?:periodismo|newyddiaduraeth|h?iriseoireacht|журналистик|журналістик|журналистик|новинарств|независимы[ехм]+ (?:медиа|сми)|незалежн\p{L}+ (?:медіа|журналіст))/iu;
/**
 * A button's words: "Support HuffPost", "Make a donation" (or "Make a gift today", as public media stations ask),
 * "Become a Supporter" (or an Insider, a patron), "Yes, I'll
 * give $10/month", and a membership appeal's "Join Our Community" / "Join the Club" (a paid reader community, no
 * paywall); and "Поддержать «…»", "Помочь", "Підтримати", "Подкрепете", "Подржите"; Welsh "Cefnogi", "Tanysgrifio"
 * (subscribe); Spanish "Hazte socio" (or "socia", "socio/a", "suscriptor", "miembro": become a member), "Apóyanos".
 */
const CALL_TO_ACTION =
  /^(?:yes,? i['’]ll give\b|(?:support|donate|contribute|give|subscribe)\b|become an? (?:supporter|member|subscriber|insider|patron|friend)\b|make a (?:donation|contribution|gift)\b|join (?:our|the) (?:community|club)\b|(?:поддержать|поддержите|помочь|пожертвовать|підтримати|підтримайте|допомогти|подкрепете|подржите|подржи|cefnog(?:i|wch)|tanysgrifi(?:o|wch)|hazte (?:soci[oa](?:\/a)?|suscriptor(?:a|\/a)?|miembro)|apóyanos)(?!\p{L}))/iu;
/** A button is a few words. Characters. */
const MAX_BUTTON_CHARS = 40;

/** The box's heading: a heading element, or a styled `<div>` as templates without heading tags set one (one line). */
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'DIV']);
/** A heading is a few words (characters). */
const MAX_HEADING_CHARS = 80;

const HEADED_BOX: BoxHeadingShape = {
  boxTags: BOX_TAGS,
  headingTags: HEADING_TAGS,
  maxHeadingChars: MAX_HEADING_CHARS,
};

/**
 * A heading that pleads with the reader before the pitch under it says for what: "… we have a small favour to ask.",
 * "Since you're here …" (the Guardian's contributions epic of about 2016-2022, and the many sites that copied it),
 * "Before you go …", "We need your help", "Can you chip in?". Only over a box whose own text asks for support for
 * the journalism (`ASK`, `FOR_JOURNALISM`): a travel story's "Before you go" section does not.
 */
const PLEA_HEADING =
  /^\W*(?:(?:[.…]+\s*)?(?:we|i) have a (?:small |quick )?favou?r to ask|since you['’]re here|before you go|(?:we|[\p{Lu}][\p{L}.]*) needs? your (?:help|support)|can you (?:help|chip in))\b/iu;

/**
 * True when the box opens on a heading that is the appeal itself ("On supporting science journalism"), or a plea
 * (`PLEA_HEADING`) over it: its pitch may link a word ("by subscribing") instead of showing a button, or close on a
 * button that only goes on ("Continue", "Remind me in May").
 */
function hasAppealHeading(element: Element): boolean {
  const words = boxHeadingText(element, HEADED_BOX);
  return words !== undefined && ((ASK.test(words) && FOR_JOURNALISM.test(words)) || PLEA_HEADING.test(words));
}

/** The parts of a box that each say one thing: its paragraphs, list items, headings and controls. */
const PARTS = 'p, div, li, h2, h3, h4, h5, h6, a, button';
/** Parts that ask on their own: a control ("Support HuffPost") or the box's heading ("Support Daily Maverick…"). */
const ASKING_TAGS = new Set(['A', 'BUTTON', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * True when one part of the box asks for support and says for what (a paragraph, a list item, a text block, a run of
 * text set with `<br>` in a block holding more: see `ownRuns`), or a control or heading asks it. A short story's own
 * "we give them their hours" over a paywall prompt's "our award-winning journalism", in one block, is no appeal.
 */
function asksInOnePart(element: Element): boolean {
  const says = (words: string, asking: boolean): boolean => ASK.test(words) && (asking || FOR_JOURNALISM.test(words));
  for (const part of [element, ...element.querySelectorAll(PARTS)]) {
    const tag = part.tagName.toUpperCase();
    const asking = ASKING_TAGS.has(tag);
    if (asking || (part !== element && tag !== 'DIV') || isTextBlock(part)) {
      if (says(part.textContent ?? '', asking)) return true;
    } else if (ownRuns(part).runs.some((run) => says(run, false))) return true;
  }
  return false;
}

/**
 * True for a reader-revenue appeal inside or under the story, whatever its class says: a short block whose text asks
 * the reader to support or fund the site's journalism and that holds a button or link saying so ("Support HuffPost",
 * "Make a donation", "Become a Supporter"), the asking and its reason said in one part of it (see `asksInOnePart`), or
 * opens on a heading that asks it or pleads. A story about funding journalism has no such button in its paragraphs,
 * and its subheadings report.
 */
export function isAppealBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const text = textWithin(element, MAX_APPEAL_CHARS);
  if (text === undefined || !ASK.test(text) || !FOR_JOURNALISM.test(text)) return false;
  if (hasAppealHeading(element)) return true;
  if (!asksInOnePart(element)) return false;
  for (const control of element.querySelectorAll('a, button')) {
    const words = (control.textContent ?? '').trim();
    if (words.length <= MAX_BUTTON_CHARS && CALL_TO_ACTION.test(words)) return true;
  }
  return false;
}
