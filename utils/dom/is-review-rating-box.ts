import { holdsReviewProse } from './holds-review-prose';

/**
 * Class names of the score boxes that WordPress review plugins put under (or over) a review, as every site using
 * them serves them: TieLabs' Taqyeem, built into the Sahifa and Jannah themes (`review_wrap`, `review-box`,
 * `review-summary`, `review-final-score`, and its reader vote `user-rate-wrap`: "User Rating: Be the first one !"),
 * MyThemeShop's WP Review (`review-wrapper`, `review-total-wrapper`, `user-review-area`) and ThemeIsle's WP Product
 * Review (`wppr-review-container`, `review-wu-box`). They hold criteria with percentages or stars, a final score, its
 * one-word verdict, a line summing the review up and a readers' rating with its vote count: the score, not the
 * story, and a readers' vote that looks like a comment tally. The furniture table's `review-score` names other
 * templates' boxes.
 */
const REVIEW_RATING_BOX =
  /(?:^|[-_\s])(?:review[-_]?(?:box|wrap|wrapper|summary|total[-_]?wrapper|final[-_]?score)|user[-_]?(?:rate|rating|review)(?:[-_]?(?:wrap|area|box|text))?|wppr[-_]?review[-_]?container|review[-_]?wu[-_]?box)(?=$|[-_\s])/i;

/**
 * True for a review plugin's score box, named as `REVIEW_RATING_BOX` says, in the class and id names given
 * (`names`). A box under such a name that holds the review's own paragraphs (a template wrapping the whole review in
 * `review-wrapper`; see `holdsReviewProse`) is the story.
 */
export function isReviewRatingBox(element: Element, names: string): boolean {
  return REVIEW_RATING_BOX.test(names) && !holdsReviewProse(element);
}
