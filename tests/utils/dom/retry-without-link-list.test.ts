import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cloneRegion } from '../../../utils/dom/read-clone';
import { retryWithoutLinkList } from '../../../utils/dom/retry-without-link-list';

const STORY = [
  'The council voted on Tuesday to rebuild the old ferry pier after three years of dispute on the waterfront.',
  'Fishermen had argued that a longer pier would narrow the channel used by the largest boats in winter.',
  'Work is due to start in the spring and should take about eighteen months, the council said on Tuesday.',
  'The ferry will use a temporary landing on the north beach while the old pier is taken down in March.',
]
  .map((line) => `<p>${line}</p>`)
  .join('');
const LIST =
  '<div id="most-viewed"><h4>Most viewed</h4><ul>' +
  '<li><a href="/a">Storm closes the coast road for a second night as the sea wall gives way</a></li>' +
  '<li><a href="/b">Harbour master retires after thirty years of guiding boats into the bay</a></li>' +
  '<li><a href="/c">Ten places to eat fish and chips on the front this summer, ranked</a></li></ul></div>';
const docOf = (body: string): Document =>
  parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;

const textOf = (reading: ReturnType<typeof cloneRegion>): string => reading.content?.textContent ?? '';

describe('retryWithoutLinkList', () => {
  it('should read the page again without a link list Readability took for the article', () => {
    const doc = docOf(`${LIST}<div id="story">${STORY}</div>`);
    const list = cloneRegion(doc, doc.getElementById('most-viewed') as Element, [], undefined);
    const reading = retryWithoutLinkList(doc, list, [], undefined, 1);
    expect(textOf(reading)).toContain('Fishermen had argued');
    expect(textOf(reading)).not.toContain('Harbour master retires');
  });

  it('should keep a link-dense choice when the page holds no more prose elsewhere (a round-up post)', () => {
    const doc = docOf(`${LIST}<p>Short note.</p>`);
    const list = cloneRegion(doc, doc.getElementById('most-viewed') as Element, [], undefined);
    expect(retryWithoutLinkList(doc, list, [], undefined, 1)).toBe(list);
  });

  it('should read the page again without a teaser card whose link the clone re-tagged', () => {
    const card =
      '<a id="card" href="/levee"><h3>After the flood, a town asks whether the levee is worth saving</h3>' +
      '<p>For three generations the dirt levee kept the water out of the low streets, and now residents, engineers ' +
      'and officials argue over whether to rebuild it, raise it or let part of the town move, and who would pay.</p></a>';
    const doc = docOf(`<div id="story">${STORY}</div><div id="read-next">${card}</div>`);
    const reading = cloneRegion(doc, doc.getElementById('read-next') as Element, [], undefined);
    // What a pre-pass does to a link around blocks: the same children, under a `<div>`.
    const link = reading.content?.querySelector('a');
    if (!link) throw new Error('no link');
    const div = link.ownerDocument.createElement('div');
    while (link.firstChild) div.appendChild(link.firstChild);
    link.replaceWith(div);
    const retried = retryWithoutLinkList(doc, reading, [], undefined, 1);
    expect(textOf(retried)).toContain('Fishermen had argued');
    expect(textOf(retried)).not.toContain('dirt levee');
  });

  it('should keep a prose choice with a link inside a sentence', () => {
    const linked = STORY.replace('the old ferry pier', '<a href="/pier">the old ferry pier</a>');
    const doc = docOf(`${LIST}<div id="story">${linked}</div>`);
    const story = cloneRegion(doc, doc.getElementById('story') as Element, [], undefined);
    expect(retryWithoutLinkList(doc, story, [], undefined, 1)).toBe(story);
  });

  it('should keep a prose choice as it is', () => {
    const doc = docOf(`${LIST}<div id="story">${STORY}</div>`);
    const story = cloneRegion(doc, doc.getElementById('story') as Element, [], undefined);
    expect(retryWithoutLinkList(doc, story, [], undefined, 1)).toBe(story);
  });
});
