/** A project card's time: "1 hr", "45 mins", "1 day", "2 to 3 hrs", "1 hr, 30 mins". */
const PROJECT_TIME = String.raw`\d+(?:\.\d+)?\s*(?:(?:to|-|–)\s*\d+\s*)?(?:hours?|hrs?|minutes?|mins?|days?|weeks?)(?:,?\s*\d+\s*(?:minutes?|mins?))?`;

/**
 * The lines a how-to site (wikiHow and its imitators) prints around its steps: the tip box's prompts, the "About This
 * Article" box's credit and view count, the helpfulness question and the thanks to the authors; and the facts of a home
 * or craft project's card above the steps, as The Spruce's "Project Overview" and Family Handyman's project box print
 * them. The steps, tips and warnings are the story; these are the site's.
 */
export const HOW_TO_LINES: readonly RegExp[] = [
  // The project card's fields, each a label and a short value: "Working Time: 1 hr", "Total Time: 1 day", "Skill Level:
  // Beginner", "Estimated Cost: $10 to $20". A sentence on how long a job takes goes on in words.
  new RegExp(`^(?:working|active|hands-on|total|project) time\\s*:\\s*${PROJECT_TIME}$`, 'i'),
  /^(?:skill level|difficulty|complexity)\s*:\s*(?:beginner|novice|intermediate|advanced|expert|easy|moderate|medium|difficult|hard)$/i,
  /^(?:estimated )?cost\s*:\s*(?:\$|£|€)\d[\d,.]*(?:\s*(?:to|-|–)\s*(?:\$|£|€)?\d[\d,.]*)?$/i,
  // The box under the tips: "Submit a Tip", "All tip submissions are carefully reviewed before being published".
  /^(?:submit a tip|all tip submissions are carefully reviewed before being published)\.?$/i,
  // The closing box's heading and its credit line, which runs into the co-author's bio: "About This Article", "This
  // article was co-authored by Maren Oduya. Maren Oduya is a horticulturist …", "This article was co-authored by
  // wikiHow Staff."
  /^about this article$/i,
  /^this article was co-authored by [^.]{2,80}\.(?:\s.{0,600})?$/i,
  // Its counters: "This article has been viewed 84,213 times.", "Thanks to all authors for creating a page that has
  // been read 84,213 times."
  /^(?:this (?:article|page) has been viewed [\d,.]+ times|thanks to all authors for creating a page that has been read [\d,.]+ times)\.?$/i,
  // The rating question under the article, with its buttons when they share its line: "Did this article help you?".
  /^(?:was|did) this (?:article|page|guide) help(?:ful)?(?: (?:to )?you)?\?(?:\s*yes\s*no)?$/i,
];
