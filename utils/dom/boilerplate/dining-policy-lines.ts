/**
 * The standing notes a restaurant critic's column prints under each review: how its critics work ("The Times pays for
 * all meals; our critic visits anonymously.", "Eating Eastside pays for all its meals and visits anonymously.
 * Restaurants never see a review before it is published.", "Chronicle critics make every attempt to remain anonymous.
 * All meals are paid for by The Chronicle."), and the key to its star ratings ("RATINGS KEY: ★★★★ Extraordinary ★★★
 * Excellent ★★ Good ★ Fair"), often in one paragraph. Newspapers and food blogs alike print them under every review:
 * they speak about the site's practice and scale, never about the restaurant reviewed.
 */

/**
 * The site or its critic paying, in the present tense of a standing rule, for all its meals ("pays for all meals"),
 * or the meals said to be paid for by the site ("All meals are paid for by The Chronicle").
 */
const PAYS_FOR_MEALS =
  '(?=.*(?:\\bpays?\\s+for\\s+(?:all\\s+(?:of\\s+)?(?:its\\s+|our\\s+|their\\s+|the\\s+)?|its\\s+|our\\s+|their\\s+|every\\s+)(?:own\\s+)?(?:meals?|food|bills?)\\b|\\b(?:all\\s+)?(?:meals|bills)\\s+are\\s+paid\\s+for\\s+by\\b))';
/**
 * The critic's visits made anonymously ("visits anonymously", "dine anonymously", "anonymous visits"), or the critics
 * keeping anonymous ("critics make every attempt to remain anonymous"; donors who "remain anonymous" are no critics).
 */
const VISITS_ANONYMOUSLY =
  '(?:visits?|dines?|eats?|reviews?|books?)\\s+(?:\\S+\\s+){0,2}?anonymously|anonymous\\s+visits|(?:critics?|reviewers?|inspectors?)\\s+(?:\\S+\\s+){0,5}?(?:remain|stay)s?\\s+anonymous';

/**
 * The note: short (a sentence or three), paying for the meals and visiting anonymously, and nobody reported as saying
 * it (a story about a critic quotes them: "I pay for all my meals and dine anonymously, she said" runs on).
 */
const DINING_POLICY_NOTE = new RegExp(
  `^(?=.{0,300}$)(?!.*\\b(?:said|says|told|according)\\b)${PAYS_FOR_MEALS}.*\\b(?:${VISITS_ANONYMOUSLY})\\b.*$`,
  'iu',
);

/** A step of the scale: its stars, then the word they stand for ("★★★ Excellent", "★★ Very good;"). */
const STEP = String.raw`[★☆⭐]{1,5}\s*[:=–-]?\s*\p{L}[\p{L}'’ ]{0,20}?`;
/**
 * The key: maybe its label ("Ratings key:", "Rating scale:", "Key:"), then three steps or more (a review's own rating
 * is one step, and a sentence grading a place on several counts opens on its words, not on stars), then maybe the
 * note on how the critics work (`DINING_POLICY_NOTE`'s sentences) after a stop.
 */
const RATINGS_KEY = new RegExp(
  String.raw`^(?:(?:the |our )?(?:ratings?(?: key| scale| guide)?|key)\s*:\s*)?(?:${STEP}[;,.]?\s+){2,}${STEP}(?:[;,.]\s*(?:no stars?\s*[:=–-]?\s*\p{L}+[;,.]?\s*)?(?:\S.{0,300})?)?$`,
  'iu',
);

export const DINING_POLICY_LINES: readonly RegExp[] = [DINING_POLICY_NOTE, RATINGS_KEY];
