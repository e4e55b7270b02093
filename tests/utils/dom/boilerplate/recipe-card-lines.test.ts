import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

describe("a recipe card's labelled facts (RECIPE_CARD_LINES)", () => {
  it.each([
    'Prep Time 15 minutes',
    'Cook Time 1 hour 10 minutes',
    'Total Time',
    'Cook Time:',
    'Total:',
    '10 mins',
    '40 minutes',
    'Yield: 24 cookies',
    'Servings 8 slices',
    'Servings:',
    '4 servings',
    'Nutrition Information:',
    'Nutrition Facts (per serving)',
    'Nutritional Analysis',
    '398 Calories',
    '24g Fat',
    'Per serving: 290 calories, 8 g fat, 14 g protein',
    'Yield: 24 Serving Size: 1 Amount Per Serving: Calories: 142 Total Fat: 8g',
    '*Percent Daily Values are based on a 2,000 calorie diet.',
    "Nutrition information isn't always accurate.",
    '4.7 (18 ratings)',
    'Tried this recipe?Tag @pantryandpour on Instagram so we can see it!',
  ])('drops the card line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Prep takes about 15 minutes, and the dough can rest overnight in the fridge.',
    'Total time from the call to the ambulance arriving was 40 minutes, the report found.',
    'Serves 4 as a main course, or 6 with a salad and bread.',
    'Serves 4',
    'The yield this year was 24 percent lower than in 2025.',
    'Nutrition experts say the new labels are easier to read.',
    'The county fed 398 families in the first week of the program.',
    'It took 40 minutes to clear the road.',
  ])('keeps the story: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
