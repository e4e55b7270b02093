import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { shownHeadline } from '../../../utils/dom/shown-headline';

const SHOWN = "A startup that rents e-bikes to couriers just raised $40 million. Here's the deck it used.";
const SEARCH = 'Pedalworks, a startup renting e-bikes to couriers, raised $40 million';

const pageWith = (head: string, h1 = SHOWN): { doc: Document; headline: Element } => {
  const doc = parseHTML(`<html><head>${head}</head><body><h1>${h1}</h1><p>Story.</p></body></html>`)
    .document as unknown as Document;
  return { doc, headline: doc.querySelector('h1') as Element };
};

describe('shownHeadline', () => {
  it.each([
    ['og:title', `<meta property="og:title" content="${SHOWN}">`],
    ['twitter:title', `<meta name="twitter:title" content="${SHOWN}">`],
  ])('should give the printed headline when %s repeats it and the JSON-LD declares another', (_label, head) => {
    const { doc, headline } = pageWith(head);
    expect(shownHeadline(doc, headline, SEARCH)).toBe(SHOWN);
  });

  it.each([
    ['no sharing tag names the printed one', `<meta property="og:title" content="${SEARCH}">`, SEARCH],
    ['the printed headline is the declared one', `<meta property="og:title" content="${SHOWN}">`, SHOWN],
    ['nothing is declared', `<meta property="og:title" content="${SHOWN}">`, undefined],
    [
      'the printed one is the declared one under a kicker',
      `<meta property="og:title" content="${SHOWN}">`,
      "Here's the deck it used.",
    ],
  ])('should give nothing when %s', (_label, head, declared) => {
    const { doc, headline } = pageWith(head);
    expect(shownHeadline(doc, headline, declared)).toBeUndefined();
  });

  it('should give nothing without a headline element', () => {
    const { doc } = pageWith(`<meta property="og:title" content="${SHOWN}">`);
    expect(shownHeadline(doc, undefined, SEARCH)).toBeUndefined();
  });
});
