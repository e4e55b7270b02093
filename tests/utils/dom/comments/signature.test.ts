import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findSignature } from '../../../../utils/dom/comments/signature';

/** A Movable Type post: its byline, then `cue`, then two comments closing on their signature lines. */
function page(cue: string): Document {
  const html =
    '<html><body><div class="entry"><p>The ferry timetable changes on Monday.</p>' +
    '<p class="posted">Posted by Editor at 9:00 AM</p></div>' +
    cue +
    '<div class="comment-body"><p>Good news for the island.</p></div>' +
    '<p class="posted">Posted by: Mara Quill | March 3, 2026 at 10:14 AM</p>' +
    '<div class="comment-body"><p>The early sailing still leaves too soon.</p></div>' +
    '<p class="posted">Posted by: Tam Orrin | March 3, 2026 at 11:02 AM</p>' +
    '</body></html>';
  return parseHTML(html).document as unknown as Document;
}

/** The comment authors found after `cue`, or undefined when no discussion is found. */
const authors = (cue: string): string[] | undefined =>
  findSignature(page(cue))?.comments.map((comment) => comment.authorName ?? '');

describe('findSignature', () => {
  it('should read the comments after a heading, an id or an anchor that announces them', () => {
    expect(authors('<h3>2 Comments</h3>')).toEqual(['Mara Quill', 'Tam Orrin']);
    expect(authors('<div id="Comments"></div>')).toEqual(['Mara Quill', 'Tam Orrin']);
    expect(authors('<a name="comments"></a>')).toEqual(['Mara Quill', 'Tam Orrin']);
  });

  it('should find no discussion without a cue, after a heading that only mentions comments, or after a counter', () => {
    expect(authors('')).toBe(undefined);
    expect(authors('<h3>Live updates and comments</h3>')).toBe(undefined);
    expect(authors('<span id="comment-count-2">2</span>')).toBe(undefined);
    expect(authors('<span name="comments"></span>')).toBe(undefined);
  });
});
