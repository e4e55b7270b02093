/**
 * The labelled facts of a recipe card, which every recipe plugin prints around the ingredients and steps (WP Recipe
 * Maker, Mediavine Create, Tasty Recipes, Dotdash's and Condé Nast's own cards): the times ("Prep Time 15 minutes",
 * "Cook Time:" over "20 mins"), the yield ("Yield: 24 cookies", "4 servings"), the nutrition panel ("Nutrition Facts
 * (per serving)", "398 Calories", "Per serving: 290 calories, 8 g fat", "*Percent Daily Values are based on a 2,000
 * calorie diet."), the star rating ("4.7 (18 ratings)") and the "Tried this recipe?" prompt. They are the card's
 * data, not the writer's text; with hashed names their class no longer says so. Each is a whole line of a label and
 * a figure: a sentence of the story about cooking times goes on in words.
 */

/** A duration: "15 minutes", "1 hour 10 minutes", "10 mins", "2 hrs". */
const DURATION = String.raw`\d+(?:[.,]\d+)?\s*(?:hours?|hrs?|minutes?|mins?|days?)(?:\s*(?:and\s+)?\d+\s*(?:minutes?|mins?))?`;
/** The time labels of a card. */
const TIME_LABEL = String.raw`(?:prep(?:aration)?|cook(?:ing)?|total|active|inactive|bake|baking|chill(?:ing)?|rest(?:ing)?|additional|marinating|rising)`;

/**
 * A time label with its duration, or alone with "Time" or a colon ("Cook Time:", "Total:"), its value on the next line.
 */
const TIME_LINE = new RegExp(
  `^${TIME_LABEL}(?: time)?\\s*:?\\s*${DURATION}$|^${TIME_LABEL} time\\s*:?$|^${TIME_LABEL}\\s*:$`,
  'i',
);
/** A duration alone on its line: the value under a time label. */
const DURATION_LINE = new RegExp(`^${DURATION}$`, 'i');
/**
 * The card's yield field: "Yield: 24 cookies", "Servings 8 slices", "Servings:", "4 servings". Not "Serves 4": a
 * writer puts that line in a recipe written out as text, which the 2012 gold keeps (2 dev pages).
 */
const YIELD_LINE =
  /^(?:(?:yields?|servings?)\s*:?\s*(?:\d+(?:\s*[-–]\s*\d+)?(?:\s+\p{L}+){0,2})?|\d+(?:\s*[-–]\s*\d+)?\s+servings?)$/iu;
/** The nutrition panel's heading: "Nutrition", "Nutrition Information:", "Nutrition Facts (per serving)". */
const NUTRITION_HEADING = /^nutrition(?:al)?(?: information| facts| info| analysis)?(?:\s*\(per serving\))?\s*:?$/i;
/** One figure of the panel: "398 Calories", "24g Fat", "35g Carbs". */
const NUTRIENT_LINE =
  /^\d+(?:[.,]\d+)?\s*(?:g|mg|kcal)?\s*(?:calories|kcal|fat|carbs|carbohydrates|protein|fiber|fibre|sugars?|sodium|cholesterol)$/i;
/**
 * The panel as one line: "Per serving: 290 calories, 8 g fat, …", "Yield: 24 Serving Size: 1 Amount Per Serving: …".
 */
const PER_SERVING_LINE =
  /^(?:per serving\s*:|(?:yield: \d+ )?serving size\s*:|amount per serving\b)[^\n]{0,300}\bcalories\b[^\n]{0,300}$/i;
/** The panel's footnotes. */
const NUTRITION_NOTE =
  /^\*?(?:percent daily values are based on a [\d,]+[- ]calorie diet|nutrition(?:al)? information (?:isn['’]t|is not) always accurate)\b[^\n]{0,200}$/i;
/** The card's star rating: "4.7 (18 ratings)". */
const RATING_LINE = /^\d(?:[.,]\d)?\s*\(\d[\d,]*\s*(?:ratings?|reviews?|votes?)\)$/i;
/** The card's closing prompt: "Tried this recipe? Tag @pantryandpour on Instagram …". */
const TRIED_PROMPT = /^(?:have you )?tried this recipe\?[^\n]{0,160}$/i;

export const RECIPE_CARD_LINES: readonly RegExp[] = [
  TIME_LINE,
  DURATION_LINE,
  YIELD_LINE,
  NUTRITION_HEADING,
  NUTRIENT_LINE,
  PER_SERVING_LINE,
  NUTRITION_NOTE,
  RATING_LINE,
  TRIED_PROMPT,
];
