/**
 * Class/id/test-id words of a dek, the one-sentence summary templates print between the headline and the story:
 * `article-excerpt` (Ghost), `newspack-post-subtitle`, `pw-subtitle-paragraph` (Medium), `subtitle` (Substack),
 * `field--name-field-subtitle` (Drupal), `dek`, `standfirst`, `subheadline`.
 */
const DEK = /(?:^|[-_\s])(?:dek|stand-?first|sub-?title|sub-?headline|excerpt)(?:$|[-_\s])/i;

/** True when an element is named as the article's dek (where it stands is for the caller to check). */
export function isDek(element: Element): boolean {
  const names = [element.getAttribute('class'), element.id, element.getAttribute('data-testid')].join(' ');
  return DEK.test(names);
}
