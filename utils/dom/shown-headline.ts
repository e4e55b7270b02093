import { foldWords } from '../text/fold-words';

/** The sharing tags that carry the headline as the page shows it, where the JSON-LD may carry a search one. */
const SHARED_TITLES = 'meta[property="og:title"], meta[name="twitter:title"], meta[property="twitter:title"]';

/**
 * The headline as the page prints it, when its JSON-LD declares another one: publishers write a search-engine headline
 * into the JSON-LD `headline` ("Pedalworks, a startup renting e-bikes, raised $40 million") and print a display
 * headline in the `<h1>`, which their sharing tags (`og:title`, `twitter:title`) repeat, as Business Insider, the New
 * York Times and many Arc and WordPress SEO setups do. The printed one is what the reader sees above the story, and the
 * parser takes the first line for the headline only when it is the declared one. Undefined when the page's headline
 * element is the declared headline or holds it (a kicker over it), or no sharing tag names it word for word.
 */
export function shownHeadline(
  doc: Document,
  headline: Element | undefined,
  declared: string | undefined,
): string | undefined {
  const text = headline?.textContent?.replace(/\s+/g, ' ').trim();
  if (!text || declared === undefined) return undefined;
  const shown = foldWords(text);
  const named = foldWords(declared);
  // One holding the other is the same headline with a kicker or label printed over it (DER SPIEGEL's "Kicker: Title",
  // a bulletin's "Statistical bulletin" label in the h1), which the parser reads off the line itself.
  if (shown.length === 0 || shown.includes(named) || named.includes(shown)) return undefined;
  for (const tag of doc.querySelectorAll(SHARED_TITLES)) {
    if (foldWords(tag.getAttribute('content') ?? '') === shown) return text;
  }
  return undefined;
}
