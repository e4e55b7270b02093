import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { followRowTest } from '../../../utils/dom/follow-row-test';

function testFor(html: string): { isRow: (element: Element) => boolean; row: Element } {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const row = doc.getElementById('row');
  if (!row) throw new Error('no #row');
  return { isRow: followRowTest(doc), row };
}

describe('followRowTest', () => {
  it.each([
    [
      "a game's follow row",
      '<p id="row"><strong>Cinderwick</strong> <a href="/games/cinderwick">PC</a> <button>Follow</button></p>',
    ],
    ['a topic with its button', '<li id="row"><a href="/topics/harbour">Harbour</a> <button>+ Follow</button></li>'],
    ['a writer row', '<div id="row"><span>Ada Moss</span><button>Follow author</button></div>'],
  ])('should read %s as a control row', (_case, html) => {
    const { isRow, row } = testFor(html);
    expect(isRow(row)).toBe(true);
  });

  it.each([
    ['a block without a button', '<p id="row"><strong>Cinderwick</strong> <a href="/games/cinderwick">PC</a></p>'],
    ['a toolbar of other buttons', '<div id="row"><button>Share</button><button>Save</button></div>'],
    ['a sentence with a follow button in it', '<p id="row">Press <button>Follow</button> to get alerts.</p>'],
    [
      'a paragraph of prose holding one',
      '<p id="row">The council met twice in March to agree the rebuild budget, and residents could follow it <button>Follow</button></p>',
    ],
    ['a subheading with one', '<h2 id="row">A name for a tree<button>Follow</button></h2>'],
    ['a block holding such a subheading', '<div id="row"><h2>A name for a tree</h2><button>Follow</button></div>'],
    [
      'a button saying more than follow',
      '<div id="row"><a href="/t">Harbour</a><button>Follow the money</button></div>',
    ],
  ])('should not read %s as a control row', (_case, html) => {
    const { isRow, row } = testFor(html);
    expect(isRow(row)).toBe(false);
  });
});
