import { labelledBoxText } from './labelled-box-text';

/**
 * The label of a newsroom's note on its use of AI under a story, since 2024: "How we use AI", "How we use artificial
 * intelligence". The subject must be "we": "How farmers use AI" is a story's own heading.
 */
const AI_USE_LABEL = String.raw`how we use (?:ai|artificial intelligence|generative ai)`;
/**
 * The trust box's label in German and Spanish: "Warum Sie uns vertrauen können", "Por qué puede confiar en nosotros".
 */
const FOREIGN_TRUST_LABEL = String.raw`warum sie uns vertrauen können|por qué (?:puede|pueden|debería) confiar en nosotros`;
/**
 * The label a health or shopping site prints over its note on how it works: "How we vet brands and products", "How we
 * reviewed this article:", "Why trust us", "Why you can trust Ann's picks", "Why you can trust Tom's Hardware".
 * Only labels about the site's own methods: "How we tested" heads a review's own section and stays.
 */
const METHOD_LABEL = new RegExp(
  String.raw`^(?:how we vet(?:ted)? (?:brands|products|companies|services)\b.{0,30}|how we (?:reviewed|fact[- ]checked|sourced) this (?:article|story|page|content)|why (?:you (?:can|should) )?trust (?:us|our [\p{L} ]{1,30}|[\p{L}.'’ ]{1,30}['’]s? (?:picks|reviews|recommendations))|${AI_USE_LABEL}|${FOREIGN_TRUST_LABEL})\s*[:?]?$`,
  'iu',
);
/** The same label naming the site, capitalised: "Why you can trust Tom's Hardware" (not "Why trust matters"). */
const SITE_TRUST_LABEL =
  /^[Ww]hy [Yy]ou (?:[Cc]an|[Ss]hould) [Tt]rust \p{Lu}[\p{L}\p{N}.&'’]*(?: \p{Lu}[\p{L}\p{N}.&'’]*){0,2}\s*[:?]?$/u;
/** A label is a short line: at most this many characters (spaces not counted). */
const MAX_LABEL_CHARS = 60;
/**
 * A method box is a note with a source list and a version history at most: more text than this (characters, spaces
 * not counted) is a part of the page holding more than the note, which is never dropped whole.
 */
const MAX_BOX_CHARS = 3000;

/**
 * True for a box that opens with the label of the site's note on its own methods (the vetting note beside a product
 * card, the "How we reviewed this article:" box with sourcing guidelines, sources and history, "Why trust us"): it
 * tells how the site works, not the story, and comes with no class the furniture vocabulary could read (`css-1x2y3z`).
 */
export function isMethodBox(element: Element): boolean {
  return labelledBoxText(element, isMethodLabel, MAX_LABEL_CHARS, MAX_BOX_CHARS) !== undefined;
}

const isMethodLabel = (label: string): boolean => METHOD_LABEL.test(label) || SITE_TRUST_LABEL.test(label);
