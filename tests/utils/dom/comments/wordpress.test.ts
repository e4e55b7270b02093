import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findWordPress } from '../../../../utils/dom/comments/wordpress';
import { readPage } from '../../../../utils/dom/read-page';
import { loadFixture } from '../load-fixture';

describe('findWordPress', () => {
  describe('a theme that puts the name and date inside the comment text wrapper', () => {
    it('should take the name and date from inside the wrapper', () => {
      const comments = findWordPress(loadFixture('dom-wordpress-inline-author'))?.comments ?? [];
      expect(comments.map((comment) => [comment.author?.textContent, comment.date?.textContent])).toEqual([
        ['Marit', '03-11-2024'],
        ['Desk Notes', '03-12-2024'],
      ]);
    });

    it('should write the name and date once, on their own lines, and not in the text', () => {
      const { text, options } = readPage(loadFixture('dom-wordpress-inline-author'));
      const hints = options.comments ?? [];
      expect(hints.map((hint) => text.slice(hint.author.start, hint.author.end))).toEqual(['Marit', 'Desk Notes']);
      expect(hints.map((hint) => hint.paragraphs.map((span) => text.slice(span.start, span.end)))).toEqual([
        ['The paper list is the part I never managed to keep up.'],
        ['Try a smaller notebook, it helps.'],
      ]);
      expect(hints[1]?.parentIndex).toBe(0);
      expect(text.split('Marit')).toHaveLength(2);
    });
  });

  describe('a theme whose meta block wraps the text and whose author box holds only a "Profile" link', () => {
    const { text, options } = readPage(loadFixture('dom-wordpress-wrapped-meta'));
    const lines = text.slice(options.commentsStart).split('\n').filter(Boolean);
    const authors = (options.comments ?? []).map((hint) => text.slice(hint.author.start, hint.author.end));

    it('should take the named author and date parts, and write each text once', () => {
      expect(authors).toEqual(['Lena Ostrova', 'Bram']);
      expect(lines).toEqual([
        'Lena Ostrova',
        '06.03.24 at 9:05 pm',
        'No showing anywhere near the coast, again.',
        'Bram',
        '06.03.24 at 9:40 pm',
        'Booked two seats the minute I read this.',
      ]);
      expect(text).not.toContain('Profile');
    });
  });

  describe('a theme whose comment meta links only a "Permalink"', () => {
    it('should take the date part, not the permalink, as the date', () => {
      const comments = findWordPress(loadFixture('dom-wordpress-permalink-meta'))?.comments ?? [];
      expect(comments.map((comment) => [comment.author?.textContent, comment.date?.textContent])).toEqual([
        ['Maud', 'Friday, November 1, 2024 at 7:28 pm'],
        ['Osk', 'Saturday, November 2, 2024 at 9:02 am'],
      ]);
    });
  });
});

describe('findWordPress on a comment list under a theme prefix (Astra)', () => {
  /** An Astra comment: `article.ast-comment`, the name in `cite b.fn`, the text in `section.ast-comment-content`. */
  const astra = (id: number, name: string, text: string, children = ''): string => `
<li class="comment depth-1" id="li-comment-${id}"><article id="comment-${id}" class="ast-comment">
  <div class="ast-comment-info"><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap">
    <header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
      <div class="ast-comment-cite-wrap"><cite><b class="fn">${name}</b> </cite></div>
      <div class="ast-comment-time"><span class="timendate"><a href="#comment-${id}"><time datetime="2026-02-18T15:02:11+00:00">February 18, 2026 at 3:02 pm</time></a></span></div>
    </header>
  </div></div></div>
  <section class="ast-comment-content comment"><p>${text}</p>
    <div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a class="comment-reply-link" href="#">Reply</a></span></div>
  </section>
</article>${children}</li>`;
  const html = `<html><body><article><h1>Story</h1><p>Story text.</p></article><div id="comments" class="comments-area">
<h3 class="comments-title">3 thoughts on &ldquo;Story&rdquo;</h3><ol class="ast-comment-list">
${astra(1, 'Lorna Beck', 'Who should I ask about a block booking?', `<ol class="children">${astra(2, 'Owen Threlfall', 'Schools can book by email.')}</ol>`)}
<li class="pingback" id="comment-3"><p>Pingback: <a href="https://elsewhere.example/">Weekly links</a></p></li>
${astra(4, 'Frank Odell', 'Cheap counters are unreliable in fog.')}
</ol></div></body></html>`;
  const found = findWordPress(parseHTML(html).document as unknown as Document);

  it('should read the names from b.fn, the dates and the nesting', () => {
    expect(found?.comments.map((c) => [c.author?.textContent, c.date?.textContent, c.parentIndex])).toEqual([
      ['Lorna Beck', 'February 18, 2026 at 3:02 pm', undefined],
      ['Owen Threlfall', 'February 18, 2026 at 3:02 pm', 0],
      ['Frank Odell', 'February 18, 2026 at 3:02 pm', undefined],
    ]);
  });

  it('should take the text from the prefixed content box', () => {
    expect(found?.comments.map((c) => c.body.map((part) => part.querySelector('p')?.textContent))).toEqual([
      ['Who should I ask about a block booking?'],
      ['Schools can book by email.'],
      ['Cheap counters are unreliable in fog.'],
    ]);
  });
});

describe('findWordPress on a theme that names the author a bare span.author (Vantage)', () => {
  /** A Vantage comment: the name in `.comment-info span.author`, beside `span.date` and the reply link. */
  const vantage = (id: number, name: string, text: string, children = ''): string => `
<li class="comment depth-1" id="li-comment-${id}"><div id="comment-${id}" class="comment-container">
  <div class="comment-avatar"><img alt="" src="avatar.png"></div>
  <div class="comment-main">
    <div class="comment-info"><span class="author">${name}</span><span class="date">March 2, 2026 at 9:47 am</span>
      <span class="comment-reply"><a class="comment-reply-link" href="#comment-${id}">Reply</a></span></div>
    <div class="comment-content entry-content"><p>${text}</p></div>
  </div>
</div>${children}</li>`;
  const html = `<html><body><article><h1>Story</h1><p>Story text.</p></article><div id="comments" class="comments-area">
<h3 id="comments-title">2 Comments</h3><ol class="commentlist">
${vantage(1, 'Brenda Kowalczyk', 'Will there be a snow blower?', `<ul class="children">${vantage(2, 'Terrence Yoon', 'Ask at the desk.')}</ul>`)}
</ol></div></body></html>`;
  const found = findWordPress(parseHTML(html).document as unknown as Document);

  it('should read each name from its own span.author, not a reply’s', () => {
    expect(found?.comments.map((c) => [c.author?.textContent, c.date?.textContent, c.parentIndex])).toEqual([
      ['Brenda Kowalczyk', 'March 2, 2026 at 9:47 am', undefined],
      ['Terrence Yoon', 'March 2, 2026 at 9:47 am', 0],
    ]);
  });
});
