import { isProseDek } from './dek-text';
import { textOf } from './text-of';

const SPACES = /\s+/g;

/**
 * True when `element`, a paragraph in no named block, is the dek: it stands right under the headline (its previous
 * sibling is or holds `headline`), the page's `description` repeats it word for word, it reads as a summary in prose,
 * and no paragraph follows it as its sibling, so the story runs on in a block of its own. Utility-class templates
 * (Tailwind on Astro, Nuxt or Next.js sites: `p.mt-4.text-xl.italic`) name the dek by nothing but its place and the
 * meta description they fill from it. A lede set right under the headline with the story's other paragraphs beside
 * it is the story's, even when the description repeats it (auto-filled excerpts).
 */
export function isDescriptionDek(element: Element, headline: Element | undefined, description?: string): boolean {
  if (!headline || !description || element.tagName.toUpperCase() !== 'P') return false;
  const previous = element.previousElementSibling;
  if (!previous || !(previous === headline || previous.contains(headline))) return false;
  const text = textOf(element);
  if (description.replace(SPACES, ' ').trim() !== text || !isProseDek(text)) return false;
  for (let next = element.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.tagName.toUpperCase() === 'P') return false;
  }
  return true;
}
