import { dropClassNames } from './drop-class-names';
import { classTokens } from './class-tokens';
import { misnamedStoryBoxes } from './misnamed-story-boxes';
import { NEGATIVE_NAME, UNLIKELY_NAME } from './readability-names';

/**
 * Takes Readability's "unlikely" and "negative" words off a story's text boxes in a page copy before Readability
 * reads it, when a builder no rule knows named them with such a word (`widget`): Readability's cleaning drops every
 * block weighed so, whatever it holds, and the story was lost box by box. The boxes are found by shape, not by the
 * builder's name (`misnamedStoryBoxes`): several boxes sharing a name, so named, holding more of the page's prose than
 * all its blocks not so named. The same boxes elsewhere (a sidebar's `widget`s) are left as they are once the story
 * outweighs them. Edits `clone` in place.
 */
export function clearBoxedStoryNames(clone: Document): void {
  const negative = NEGATIVE_NAME;
  const unlikely = UNLIKELY_NAME;
  const body = clone.body;
  if (!negative || !unlikely || !body) return;
  const named = (element: Element): boolean => {
    const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
    return negative.test(names) || unlikely.test(names);
  };
  for (const box of misnamedStoryBoxes(body, named, classTokens))
    dropClassNames(box, (name) => negative.test(name) || unlikely.test(name));
}
