import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isControlRow } from '../../../utils/dom/is-control-row';

/** Whether the page's `#row` is read as a row of controls. */
function row(html: string): boolean {
  const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
  const element = document.getElementById('row');
  if (!element) throw new Error('no #row');
  return isControlRow(element as unknown as Element);
}

describe('isControlRow', () => {
  it.each([
    [
      'a share row of dead links with a comment count',
      '<div id="row"><a href="#">Merken</a><a href="#">Teilen</a><a href="#">Drucken</a><a href="#x1" class="css-b8">12 Kommentare</a></div>',
    ],
    [
      'a share row under its label',
      '<div id="row"><span>Share Obituary:</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div>',
    ],
    [
      'share links to the networks endpoints and a mail link',
      '<ul id="row"><li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fa.example%2Fs">Facebook</a></li><li><a href="https://twitter.com/intent/tweet?url=x">Twitter</a></li><li><a href="mailto:?subject=x">Email</a></li></ul>',
    ],
    ['buttons', '<div id="row"><button>Share</button><button>Save</button><button>Text size</button></div>'],
    [
      'three dead links and one real one (a channel to follow)',
      '<div id="row"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="https://news.google.com/publications/p">Follow us on Google News</a></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(row(html)).toBe(true);
  });

  it.each([
    [
      'a sentence with two dead links in it',
      '<p id="row">The council said residents could <a href="#">read the plan</a> online or <a href="#">ask for a copy</a> at the town hall.</p>',
    ],
    [
      'a list of links to other stories',
      '<ul id="row"><li><a href="/news/1">Bridge to close for repairs</a></li><li><a href="/news/2">Council sets its budget</a></li></ul>',
    ],
    ['one toggle alone', '<div id="row"><a href="#">Read more</a></div>'],
    [
      'two dead links and a real one',
      '<div id="row"><a href="#">Facebook</a> <a href="#">X</a> <a href="https://example.com/report.pdf">Read the report</a></div>',
    ],
    [
      'a paragraph of the story set in a link',
      `<div id="row"><a href="#">${'The plant will open in March and employ 120 people, the company said. '.repeat(5)}</a><a href="#">More</a></div>`,
    ],
  ])('should not find %s', (_case, html) => {
    expect(row(html)).toBe(false);
  });
});

describe('isControlRow beside a byline', () => {
  it('should not find the meta row of a byline, its role, a date and the share links', () => {
    expect(
      row(
        '<div id="row"><div><a href="/author/h">Hamish Reid</a> <span>Reporter</span></div><div>November 26, 2026</div><div><a href="#">Twitter</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div></div>',
      ),
    ).toBe(false);
  });

  it('should not find a row with a date in it', () => {
    expect(row('<div id="row"><time>Nov 26</time> <a href="#">Share</a> <a href="#">Save</a></div>')).toBe(false);
  });

  it('should find buttons between separators', () => {
    expect(row('<div id="row"><a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">Email</a></div>')).toBe(true);
  });
});

describe('isControlRow with a plain-text button among the links', () => {
  it('should find a row with "Copy link" set as text', () => {
    expect(
      row(
        '<div id="row"><a href="#">READ LATER</a><span>Copy link</span><a href="#">Email</a><a href="#">Facebook</a><a href="#x">COMMENTS</a></div>',
      ),
    ).toBe(true);
  });

  it('should not find the writer, role and share links with no date', () => {
    expect(
      row(
        '<div id="row"><a href="/author/h">Hamish Reid</a> <span>Reporter</span> <a href="#">Twitter</a> <a href="#">Facebook</a> <a href="#">Email</a></div>',
      ),
    ).toBe(false);
  });
});
