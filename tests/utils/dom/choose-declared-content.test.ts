import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chooseDeclaredContent } from '../../../utils/dom/choose-declared-content';
import { DeclaredText } from '../../../utils/dom/declared-text';
import type { DeclaredBody } from '../../../utils/dom/read-declared-body';
import { cloneRegion } from '../../../utils/dom/read-clone';

const PARAGRAPHS = [
  'The council voted on Tuesday to rebuild the old ferry pier after three years of dispute on the waterfront.',
  'Fishermen had argued that a longer pier would narrow the channel used by the largest boats in winter.',
  'Work is due to start in the spring and should take about eighteen months, the council said on Tuesday.',
  'The ferry will use a temporary landing on the north beach while the old pier is taken down in March.',
];
const HTML =
  `<html><body><div id="most-read"><h4>Most viewed</h4><ul>` +
  `<li><a href="/a">Storm closes the coast road for a second night as the sea wall gives way</a></li>` +
  `<li><a href="/b">Harbour master retires after thirty years of guiding boats into the bay</a></li></ul></div>` +
  `<div id="story"><div class="share">Share</div>${PARAGRAPHS.map((line) => `<p>${line}</p>`).join('')}</div>` +
  `</body></html>`;

/** The page element a reading's content copies. */
const originalId = (reading: ReturnType<typeof cloneRegion>): string | undefined =>
  reading.content ? (reading.pairs.get(reading.content) as Element | undefined)?.id : undefined;

describe('chooseDeclaredContent', () => {
  const doc = parseHTML(HTML).document as unknown as Document;
  const byId = (id: string): Element => doc.getElementById(id) as Element;
  const declared: DeclaredBody = { text: PARAGRAPHS.join('\n'), elements: [], source: 'json-ld', truncated: false };
  const text = new DeclaredText(declared.text);

  it('should take the declared region when Readability chose another block', () => {
    const wrong = cloneRegion(doc, byId('most-read'), [], undefined);
    const chosen = chooseDeclaredContent(doc, wrong, declared, text, [], undefined);
    expect(originalId(chosen)).toBe('story');
    // The text still comes from the page: every text node of the content maps back to a live node.
    expect(chosen.pairs.get(chosen.content?.querySelector('p')?.firstChild as Node)).toBe(
      byId('story').querySelector('p')?.firstChild,
    );
  });

  it('should take the declared region when Readability found nothing', () => {
    const none = { content: undefined, pairs: new Map<Node, Node>() };
    expect(originalId(chooseDeclaredContent(doc, none, declared, text, [], undefined))).toBe('story');
  });

  /** The page with its first two paragraphs in their own block, which Readability is given as its choice. */
  const split = parseHTML(HTML.replace('<p>', '<div id="part"><p>').replace('</p><p>Work', '</p></div><p>Work'))
    .document as unknown as Document;
  const partReading = (): ReturnType<typeof cloneRegion> =>
    cloneRegion(split, split.getElementById('part') as Element, [], undefined);

  it('should take the whole declared region when Readability kept only part of a JSON-LD body', () => {
    expect(originalId(chooseDeclaredContent(split, partReading(), declared, text, [], undefined))).toBe('story');
  });

  it("should keep Readability's choice inside a microdata body, which may hold a slideshow it rightly left out", () => {
    const marked: DeclaredBody = {
      ...declared,
      source: 'microdata',
      elements: [split.getElementById('story') as Element],
    };
    expect(originalId(chooseDeclaredContent(split, partReading(), marked, text, [], undefined))).toBe('part');
  });

  it("should keep Readability's choice when it holds most of the declared body", () => {
    const story = cloneRegion(doc, byId('story'), [], undefined);
    expect(chooseDeclaredContent(doc, story, declared, text, [], undefined)).toBe(story);
  });
});
