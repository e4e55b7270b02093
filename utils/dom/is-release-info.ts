import { areLabelledFacts } from './are-labelled-facts';

/**
 * The release details that album and film reviews print as one paragraph of labelled lines, broken by `<br>`, beside
 * or at the top of the review: "Artist: Juniper Vale / Album: Small Hours Radio / Label: Greywater Records / Release
 * date: 21 November 2026", or "Director: … / Runtime: 114 minutes / Rated: PG-13". Music blogs, label sites and film
 * sites all keep it; it is the record's card, not what the critic wrote.
 */

/** The labels of a release's card: the record's and the film's facts, as such cards word them. */
const RELEASE_LABEL =
  /^(?:record label|label|release date|released|out now on|format|produced by|producer|genre|runtime|running time|length|director|directed by|rated|rating|distributor|studio|catalog(?:ue)? (?:no\.?|number))$/i;

/** At least this many lines, each labelled, at least this many of them with a release label. */
const MIN_LINES = 3;
const MIN_RELEASE_LABELS = 2;

/** The element's text, one entry per `<br>`-separated line. */
function brokenLines(element: Element): string[] {
  const lines: string[] = [''];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 1 && (child as Element).tagName.toUpperCase() === 'BR') lines.push('');
      else if (child.nodeType === 3) lines[lines.length - 1] += child.textContent ?? '';
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(element);
  return lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line.length > 0);
}

/**
 * True for a paragraph of at least three `<br>`-broken lines, every one a short 'Label: value', two or more of them
 * labelled as a release's facts (label, release date, runtime, director…). A paragraph of prose, or a speaker's lines
 * in a transcript ("Q: …", "MARSH: …"), has no such labels.
 */
export function isReleaseInfo(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'P' || !element.querySelector('br')) return false;
  return areLabelledFacts(brokenLines(element), RELEASE_LABEL, MIN_LINES, MIN_RELEASE_LABELS);
}
