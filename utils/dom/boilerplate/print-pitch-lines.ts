/**
 * A paper's pitch for its print edition, set under or inside a story as a plain line when the box around it is lost:
 * "Subscribe to the print edition: 52 issues for $49.", "Get the print edition delivered to your door every Friday."
 * Weeklies (farm, trade and local papers) sell the paper copy this way where dailies pitch a digital subscription. An
 * order to the reader to get the paper copy is never a sentence of the story; a story that reports such advice names
 * who gave it ("…, she said").
 */

/** No one is reported: the pitch speaks for the paper, a story's sentence attributes it. */
const NOT_REPORTED = '(?!.*\\b(?:said|says|told|according to)\\b)';

export const PRINT_PITCH_LINES: readonly RegExp[] = [
  // "Subscribe to the print edition", "Get the print magazine delivered …", "Order our print edition today", "Subscribe
  // to the Western Grower print edition for $59 a year". The paper's name may stand between the article and "print".
  new RegExp(
    `^${NOT_REPORTED}(?:subscribe to|get|order|buy|receive) (?:our|the|your)(?: [\\p{Lu}\\p{N}][\\p{L}\\p{N}'’&.-]*){0,4} print (?:edition|magazine|issue|copy|paper)s?\\b.{0,150}$`,
    'iu',
  ),
];
