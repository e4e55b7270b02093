/**
 * The standing note a restaurant critic's column prints under each review about how its critics work: "The Times
 * pays for all meals; our critic visits anonymously.", "Eating Eastside pays for all its meals and visits anonymously.
 * Restaurants never see a review before it is published." Newspapers and food blogs alike print it under every review:
 * it speaks about the site's practice, never about the restaurant reviewed.
 */

/** The site or its critic paying, in the present tense of a standing rule, for all its meals ("pays for all meals"). */
const PAYS_FOR_MEALS =
  '(?=.*\\bpays?\\s+for\\s+(?:all\\s+(?:of\\s+)?(?:its\\s+|our\\s+|their\\s+|the\\s+)?|its\\s+|our\\s+|their\\s+|every\\s+)(?:own\\s+)?(?:meals?|food|bills?)\\b)';
/** The critic's visits made anonymously ("visits anonymously", "dine anonymously", "anonymous visits"). */
const VISITS_ANONYMOUSLY =
  '(?:visits?|dines?|eats?|reviews?|books?)\\s+(?:\\S+\\s+){0,2}?anonymously|anonymous\\s+visits';

/**
 * The note: short (a sentence or three), paying for the meals and visiting anonymously, and nobody reported as saying
 * it (a story about a critic quotes them: "I pay for all my meals and dine anonymously, she said" runs on).
 */
const DINING_POLICY_NOTE = new RegExp(
  `^(?=.{0,300}$)(?!.*\\b(?:said|says|told|according)\\b)${PAYS_FOR_MEALS}.*\\b(?:${VISITS_ANONYMOUSLY})\\b.*$`,
  'iu',
);

export const DINING_POLICY_LINES: readonly RegExp[] = [DINING_POLICY_NOTE];
