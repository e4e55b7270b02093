import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findGeneric } from '../../../../utils/dom/comments/generic';
import { readPage } from '../../../../utils/dom/read-page';
import { loadFixture } from '../load-fixture';

/** A story under `headline` with one paragraph, `lead`, and `section` after the article (a comment section, or not). */
function storyWith(headline: string, lead: string, section: string): Document {
  const html = `<html><body><article><h1>${headline}</h1><p>${lead}</p></article>${section}</body></html>`;
  return parseHTML(html).document as unknown as Document;
}

/** The comments as readPage writes them for the parser: author line, date line, paragraphs, parent. */
function commentsOf(name: string) {
  const { text, options } = readPage(loadFixture(name));
  return (options.comments ?? []).map((hint) => ({
    author: text.slice(hint.author.start, hint.author.end),
    date: hint.date?.span ? text.slice(hint.date.span.start, hint.date.span.end) : undefined,
    iso: hint.date?.iso,
    paragraphs: hint.paragraphs.map((span) => text.slice(span.start, span.end)),
    parent: hint.parentIndex,
  }));
}

describe('findGeneric', () => {
  it('should give the comments themselves as the region when the section around them was named as one comment', () => {
    const comment = (author: string, text: string) =>
      `<li class="comment"><div class="comment__author">${author}</div><time class="comment__date">18/11/2026</time>` +
      `<div class="comment__text">${text}</div></li>`;
    const doc = storyWith(
      'Bakery saved by a village fund',
      'For three months the shop window on the square stayed empty, until the village raised the money to reopen it.',
      '',
    );
    doc
      .querySelector('article')!
      .insertAdjacentHTML(
        'beforeend',
        '<section class="comments-block"><h2>Reactions (3)</h2><ul class="comments-list">' +
          comment('Jeannot41', 'Well done to everyone who gave, that is real solidarity!') +
          comment('Sylvie M.', 'I gave and I do not regret it. Looking forward to the croissants.') +
          comment('P. Durand', 'Other villages should do the same before it is too late.') +
          '</ul></section>',
      );
    const found = findGeneric(doc);
    expect(found?.comments).toHaveLength(3);
    expect(found?.region?.className).toBe('comments-list');
  });
  describe('author and date outside the comment-named parts', () => {
    const comments = commentsOf('dom-generic-meta');

    it('should read every comment from the generic markup, each text once', () => {
      expect(findGeneric(loadFixture('dom-generic-meta'))?.comments).toHaveLength(3);
      expect(comments.map((comment) => comment.paragraphs)).toEqual([
        ['Finally! I have been on that list since the floods.'],
        ['Will the water butts be enough in August?', 'Last summer they ran dry twice.'],
        ['The shed looks great, well done to the volunteers.'],
      ]);
    });

    it.each([
      [0, 'Wren Atherly', 'May 3, 2024 at 08:15 AM'],
      [1, 'Ollie Brand', 'May 3, 2024 at 11:40 AM'],
    ])('should read comment %i\'s "Posted by: NAME | DATE" footer as its author and date', (i, author, date) => {
      expect(comments[i]?.author).toBe(author);
      expect(comments[i]?.date).toBe(`Posted by: ${author} | ${date}`);
      expect(comments[i]?.iso).toMatch(/^2024-05-03/);
    });

    it("should take the profile link of a signature block that is not a 'Posted by' line as the author", () => {
      const found = findGeneric(loadFixture('dom-generic-meta'))?.comments[2];
      expect(comments[2]?.author).toBe('Tamsin K');
      expect(found?.date?.textContent?.replace(/\s+/g, ' ').trim()).toBe('May 4, 2024 | Tamsin K');
    });
  });

  describe('comments as a definition list (author and date in the <dt>, text in the <dd>)', () => {
    const comments = commentsOf('dom-generic-dl');

    it('should read one comment per <dd>, not the <dt> heads', () => {
      expect(comments.map((comment) => comment.paragraphs)).toEqual([
        ['That leaves shift workers with no way home.'],
        ['We have asked the operator about a request-only crossing.'],
        ['Eight is fine in winter, nobody travels that late.'],
      ]);
    });

    it.each([
      [0, 'Isla Moray', 'October 2, 2024 at 9:12 am', undefined],
      [1, 'Harbour Log', 'October 2, 2024 at 10:30 am', 0],
      [2, 'Fergus', 'October 3, 2024 at 7:45 pm', undefined],
    ])('should give comment %i the author, date and parent of its own <dt>', (i, author, date, parent) => {
      expect(comments[i]).toMatchObject({ author, date, parent });
    });
  });

  describe('comments known only by an empty anchor named for each (`<a id="comment-301">`)', () => {
    const found = findGeneric(loadFixture('dom-generic-anchored'));

    it("should read each anchor's parent as one comment, with its text", () => {
      expect(found?.comments.map((comment) => comment.element.id)).toEqual(['pc_301', 'pc_302']);
      expect(found?.comments.map((comment) => comment.body.map((part) => part.textContent))).toEqual([
        ['Compost test', 'I put a scrap of this film in my compost bin. Gone in a week.'],
        ['Does it taste of anything if it touches the basil?'],
      ]);
    });

    it('should read the "written by NAME, DATE" line as author and date', () => {
      expect(found?.comments.map((comment) => [comment.authorName, comment.dateTime])).toEqual([
        ['Noor', 'March 9, 2024'],
        ['Piet', 'March 10, 2024'],
      ]);
    });

    it('should not read a flat list holding one anchor per comment as a single comment', () => {
      const anchored = (n: number): string =>
        `<a id="comment-${n}"></a><div class="comment-text">Text ${n} here.</div>`;
      const doc = parseHTML(
        `<div id="thread"><div id="flat-list">${anchored(1)}${anchored(2)}</div><div id="own">${anchored(3)}</div></div>`,
      ).document as unknown as Document;
      expect(findGeneric(doc)?.comments.map((comment) => comment.element.id)).toEqual(['own']);
    });
  });

  describe('comments named by CSS-module classes (`comment--3ZpQUnzl`)', () => {
    const doc = parseHTML(
      '<html><body><article><h1>Harbour ferry timetable</h1><p>The ferry moves to its summer timetable.</p></article>' +
        '<section id="comments"><h2>Top Rated Comments</h2>' +
        '<article class="comment--3ZpQUnzl"><a class="comment__author" href="/m/1">harbourfan</a> <time>32 minutes ago</time><div class="comment__body"><p>About time the early boat ran on Sundays.</p></div></article>' +
        '<article class="comment--3ZpQUnzl"><a class="comment__author" href="/m/2">pierwatch</a> <time>21 minutes ago</time><div class="comment__body"><p>Fares went up again though.</p></div></article>' +
        '</section></body></html>',
    ).document as unknown as Document;

    it('should read one comment per hashed comment element, with its author', () => {
      expect(findGeneric(doc)?.comments).toHaveLength(2);
    });

    it('should not read a modifier class (`comment--featured`, no hash) as one comment, as before', () => {
      const cards = parseHTML(
        '<html><body><article><h1>Harbour ferry timetable</h1><p>The ferry moves.</p></article><div class="comment--featured"><p>Ferry news</p></div></body></html>',
      ).document as unknown as Document;
      expect(findGeneric(cards)).toBeUndefined();
    });
  });

  describe('what a comment is not', () => {
    const page = (section: string): Document =>
      storyWith('Harbour ferry timetable', 'The ferry moves to its summer timetable.', section);

    it('should still read replies named `reply` inside a comment section', () => {
      const doc = page(
        '<div id="comments"><div class="comment"><p>Will the early boat run on Sundays?</p><div class="reply"><p>Yes, from May.</p></div></div></div>',
      );
      expect(findGeneric(doc)?.comments.map((comment) => comment.parentIndex)).toEqual([undefined, 0]);
    });

    it('should not read a `reply` outside any comment-named element (an advice column) as a comment', () => {
      expect(
        findGeneric(page('<div class="reply"><p>Ask the harbour office for a season ticket.</p></div>')),
      ).toBeUndefined();
    });

    it('should not read a lone section named `comment`, with its heading and a sign-in prompt, as a comment', () => {
      const doc = page(
        '<div class="comment"><h3>Komentar</h3><p>Beri komentar untuk berita ini. <a href="/login">Login</a> untuk berkomentar.</p></div>',
      );
      expect(findGeneric(doc)).toBeUndefined();
    });

    it('should still read a lone comment with its author under a heading', () => {
      const doc = page(
        '<div class="comment"><h4>Re: ferry</h4><span class="author">Ann Lee</span><p>Will the early boat run on Sundays?</p></div>',
      );
      expect(findGeneric(doc)?.comments).toHaveLength(1);
    });

    it("should still read a comment section that holds its own heading (a preview's) below the page's headline", () => {
      const doc = page(
        '<div id="comments"><div class="comment"><p>Good news for commuters.</p></div><div class="preview"><h1>Previewing your comment</h1></div></div>',
      );
      expect(findGeneric(doc)?.comments).toHaveLength(1);
    });

    it('should not read an article tagged `comment` (opinion) that holds the headline as a comment', () => {
      const doc = parseHTML(
        '<html><body><article class="comment"><h1>Why the ferry matters</h1><p>The ferry is the town’s lifeline.</p></article></body></html>',
      ).document as unknown as Document;
      expect(findGeneric(doc)).toBeUndefined();
    });

    it('should not read a rail of story cards named `comment` as one comment', () => {
      const card = (title: string): string =>
        `<li><a href="/opinion/${title.length}"><h3>${title}</h3></a><p>A columnist on the harbour.</p><span class="author">Ann Lee</span></li>`;
      const doc = page(
        `<section class="comment"><ul>${card('The ferry deserves a new pier soon')}${card('Summer timetables are too short again')}</ul></section>`,
      );
      expect(findGeneric(doc)).toBeUndefined();
    });
  });

  describe("an obituary's guest book and tribute wall", () => {
    const page = (section: string): Document => storyWith('Harold Brandt', 'Harold farmed near town.', section);
    const entry = (name: string, author: string, text: string): string =>
      `<li class="${name}"><div class="${name}__header"><span class="${name}__author">${author}</span><time datetime="2026-11-28">Nov. 28, 2026</time></div><p class="${name}__text">${text}</p></li>`;

    it.each(['guestbook-entry', 'GuestbookEntry', 'tribute-post', 'condolence', 'tribute-wall-entry'])(
      'should read entries named `%s` as comments, with author and text',
      (name) => {
        const doc = page(
          `<section id="guestbook"><h2>Guest Book</h2><ul>${entry(name, 'Ann Lee', 'So sorry for your loss, he was a kind neighbour.')}${entry(name, 'Bo Ek', 'Coach taught me to bunt. Rest easy.')}</ul></section>`,
        );
        const found = findGeneric(doc)?.comments ?? [];
        expect(found.map((comment) => comment.authorName ?? comment.author?.textContent?.trim())).toEqual([
          'Ann Lee',
          'Bo Ek',
        ]);
      },
    );

    it.each(['guestbook', 'guestbook-section', 'tribute-wall', 'condolences-form', 'tribute-store'])(
      'should not read the section or box `%s` as a comment',
      (name) => {
        const doc = page(`<div class="${name}"><h2>Guest Book</h2><p>Share a memory of Ann.</p></div>`);
        expect(findGeneric(doc)).toBeUndefined();
      },
    );
  });

  describe('comments each in a box named in the singular (`div.comment-box`)', () => {
    const doc = parseHTML(
      '<div id="comments"><h4>Comments</h4>' +
        '<div class="rbox"><div class="comment-box"><span class="comment-author">farmgirl88</span> ' +
        '<span class="comment-date">2026-11-28 17:44</span><div class="comment-body">So glad they are rebuilding.</div></div></div>' +
        '<div class="rbox"><div class="comment-box"><span class="comment-author">Tom R</span> ' +
        '<span class="comment-date">2026-11-28 18:02</span><div class="comment-body">Good news for the 4-H kids.</div></div></div>' +
        '</div>',
    ).document as unknown as Document;

    it('should read each box as one comment with its author', () => {
      expect(findGeneric(doc)?.comments.map((comment) => comment.authorName ?? comment.author?.textContent)).toEqual([
        'farmgirl88',
        'Tom R',
      ]);
    });

    it('should not read a comment box that holds the form as a comment', () => {
      const form = parseHTML(
        '<div class="comment-box"><h4>Add comment</h4><form><textarea name="comment"></textarea></form></div>',
      ).document as unknown as Document;
      expect(findGeneric(form)).toBeUndefined();
    });
  });
});

describe('findGeneric on parts named with `_` (`div.comment_body`, Posterous)', () => {
  const posterous = (body: string): Document =>
    parseHTML(
      '<div id="comments"><h3>2 responses</h3>' +
        `<div class="comment" id="comment_1"><div class="comment_author"><a href="/p/1">Joanna P</a> responded:</div>${body.replace('TEXT', 'Love the hand dryer one.')}<div class="comment_date">March 18, 2011</div></div>` +
        `<div class="comment" id="comment_2"><div class="comment_author"><a href="/p/2">Sam H</a> responded:</div>${body.replace('TEXT', 'Borrowing the sheet, thanks.')}<div class="comment_date">March 19, 2011</div></div>` +
        '</div>',
    ).document as unknown as Document;

  it.each([
    ['comment_body', '<div class="comment_body">TEXT</div>'],
    ['comment_text', '<div class="comment_text">TEXT</div>'],
    ['comment_content', '<div class="comment_content">TEXT</div>'],
  ])('should read the text of `div.%s` as the comment', (_name, body) => {
    expect(
      findGeneric(posterous(body))?.comments.map((comment) => comment.body.map((part) => part.textContent)),
    ).toEqual([['Love the hand dryer one.'], ['Borrowing the sheet, thanks.']]);
  });

  it('should still read no comment from items holding only an author and a date', () => {
    expect(findGeneric(posterous(''))).toBeUndefined();
  });
});

describe('findGeneric on an author box that holds a badge beside the name', () => {
  const html = `<html><body><article><h1>Story</h1><p>Story text.</p></article><div class="discussion">
<div class="note-wrapper" id="comment-11"><div class="note-body">
  <div class="note-header"><span class="note-author"><span class="note-author-name">Rosalind Mapp</span><span class="badge">Featured</span></span></div>
  <div class="note-content"><p>Rode it this morning with my daughter.</p></div>
</div></div>
<div class="note-wrapper" id="comment-12"><div class="note-body">
  <div class="note-header"><span class="note-author">Ivo Strand</span></div>
  <div class="note-content"><p>Any news on parking at the Denby end?</p></div>
</div></div>
</div></body></html>`;

  it('should take the name inside the author box, not the box with its badge', () => {
    const found = findGeneric(parseHTML(html).document as unknown as Document);
    expect(found?.comments.map((c) => c.author?.textContent)).toEqual(['Rosalind Mapp', 'Ivo Strand']);
  });

  it('should leave the badge out of the comment text', () => {
    const { text, options } = readPage(parseHTML(html).document as unknown as Document);
    const paragraphs = (options.comments ?? []).map((hint) => hint.paragraphs.map((s) => text.slice(s.start, s.end)));
    expect(paragraphs).toEqual([['Rode it this morning with my daughter.'], ['Any news on parking at the Denby end?']]);
  });
});

describe('findGeneric on Next.js CSS-module classes (`comment_item__m4Xv0`)', () => {
  const page = (section: string): Document =>
    storyWith('Market gets solar power', 'Traders now have power for 18 hours a day.', section);

  it('should read one comment per hashed item, with its author and time', () => {
    const doc = page(
      '<section class="comments_section__Vb1x8"><h2>2 Comments</h2><ul class="comments_list__E8tp3">' +
        '<li class="comment_item__m4Xv0"><div class="comment_head__B7k1s"><strong class="comment_author__Zq2w8">Ada O.</strong><time>2 hours ago</time></div><p class="comment_text__U6yf4">Good news for the traders, let us see if it lasts.</p></li>' +
        '<li class="comment_item__m4Xv0"><div class="comment_head__B7k1s"><strong class="comment_author__Zq2w8">Ngozi E.</strong><time>1 hour ago</time></div><p class="comment_text__U6yf4">We need this in Ifo too!</p></li>' +
        '</ul></section>',
    );
    const comments = findGeneric(doc)?.comments ?? [];
    expect(comments).toHaveLength(2);
    expect(comments.map((comment) => comment.author?.textContent)).toEqual(['Ada O.', 'Ngozi E.']);
  });

  it('should not read a hashed list or section class (`comments_list__E8tp3`) as one comment', () => {
    const doc = page(
      '<section class="comments_section__Vb1x8"><ul class="comments_list__E8tp3"><li>Sign in to join the conversation.</li></ul></section>',
    );
    expect(findGeneric(doc)).toBeUndefined();
  });
});

describe('findGeneric on comment cards (`comment-card`)', () => {
  const page = (section: string): Document =>
    storyWith('Why we moved our queue', 'We went back to the boring option.', section);

  it('should read one comment per card, with its author', () => {
    const doc = page(
      '<section id="comments"><h3>Comments (2)</h3><div class="comments-list">' +
        '<div class="comment-card flex"><a href="/@dev"><span class="font-semibold">Dev Anand</span></a><span class="text-xs">Nov 12, 2026</span><div class="prose"><p>We did exactly the same thing last year.</p></div></div>' +
        '<div class="comment-card flex"><a href="/@hana"><span class="font-semibold">Hana Kowalczyk</span></a><span class="text-xs">Nov 13, 2026</span><div class="prose"><p>How do you handle scheduled jobs?</p></div></div>' +
        '</div></section>',
    );
    expect(findGeneric(doc)?.comments).toHaveLength(2);
  });

  it('should not read a story card whose heading links to another story as a comment', () => {
    const doc = page(
      '<div class="comment-card"><h3><a href="/opinion/other-story">The case for the four-day week</a></h3><p>Our columnist argues it.</p></div>',
    );
    expect(findGeneric(doc)).toBeUndefined();
  });

  it.each([
    ['comments-card', 'an Ionic <ion-card>'],
    ['comments_card', 'a snake-case name'],
  ])('should read a card named in the plural (`%s`, %s) as the section, its items by their named parts', (name) => {
    const doc = page(
      `<ion-card class="${name}"><ion-card-title>Comments (2)</ion-card-title><ion-list>` +
        '<ion-item><ion-label><div class="comment-name">Jen from Ashwell Heads</div><div class="comment-time">3 days ago</div><div class="comment-text">We walked past the fence every morning.</div></ion-label></ion-item>' +
        '<ion-item><ion-label><div class="comment-name">Grahame W</div><div class="comment-time">2 days ago</div><div class="comment-text">Worth it for fourteen chicks.</div></ion-label></ion-item>' +
        '</ion-list></ion-card>',
    );
    const found = findGeneric(doc);
    expect(found?.comments.map((comment) => comment.author?.textContent)).toEqual([
      'Jen from Ashwell Heads',
      'Grahame W',
    ]);
  });
});

describe("findGeneric on a review site's discussion posts (`discussion_post`)", () => {
  const page = (section: string): Document =>
    storyWith('Sonavik Q6 Headphones Review', 'They sound warm and block engine noise.', section);

  it('should read one comment per post, with its author', () => {
    const doc = page(
      '<section class="discussions"><h2>Discussions</h2><ul class="discussion_list">' +
        '<li class="discussion_post"><div class="discussion_post-header"><a class="discussion_post-author" href="/users/quietbus">quietbus</a> <time datetime="2026-11-19">Nov 19, 2026</time></div><div class="discussion_post-body"><p>Any plans to test the wider EQ?</p></div></li>' +
        '<li class="discussion_post"><div class="discussion_post-header"><a class="discussion_post-author" href="/users/lh">lh_commuter</a> <time datetime="2026-11-20">Nov 20, 2026</time></div><div class="discussion_post-body"><p>Had to charge them halfway through a long flight.</p></div></li>' +
        '</ul></section>',
    );
    const comments = findGeneric(doc)?.comments ?? [];
    expect(comments).toHaveLength(2);
    expect(comments[0]?.author?.textContent).toBe('quietbus');
  });

  it("should not read a story's 'discussion' section as comments", () => {
    const doc = page(
      '<section class="discussion"><h2>Discussion</h2><p>The results suggest the effect is small.</p></section>',
    );
    expect(findGeneric(doc)).toBeUndefined();
  });
});

describe("findGeneric on parts named in the CMS's own language", () => {
  const page = (section: string): Document =>
    storyWith('Recicladores recibirán un pago', 'El concejo aprobó el pago por tonelada.', section);

  it('should read the user and the date named in Spanish (`usuario`, `comentario-fecha`)', () => {
    const doc = page(
      '<section class="comentarios" id="comentarios"><h3>Comentarios (2)</h3><ul class="comentarios-lista">' +
        '<li class="comentario"><div class="comentario-autor"><span class="usuario">Hernán Ruiz</span> <span class="comentario-fecha">14 de marzo 2019</span></div><div class="comentario-texto"><p>Ya era hora, es un trabajo que nadie reconoce.</p></div></li>' +
        '<li class="comentario"><div class="comentario-autor"><span class="usuario">Luz Marina</span> <span class="comentario-fecha">15 de marzo 2019</span></div><div class="comentario-texto"><p>¿Y quién va a pagar la tonelada?</p></div></li>' +
        '</ul></section>',
    );
    const comments = findGeneric(doc)?.comments ?? [];
    expect(comments.map((comment) => comment.author?.textContent)).toEqual(['Hernán Ruiz', 'Luz Marina']);
    expect(comments.map((comment) => comment.date?.textContent)).toEqual(['14 de marzo 2019', '15 de marzo 2019']);
  });

  it('should take the author box named in German when no part names the user (`kommentar-autor`)', () => {
    const doc = page(
      '<div id="kommentare"><h3>Kommentare (2)</h3><div class="kommentar-liste">' +
        '<div class="comment"><div class="kommentar-autor">Jana Weber</div><div class="kommentar-datum">14.03.2019</div><p>Endlich fährt der Bus auch am Abend.</p></div>' +
        '<div class="comment"><div class="kommentar-autor">Paul Krüger</div><div class="kommentar-datum">15.03.2019</div><p>Und wer bezahlt das auf Dauer?</p></div>' +
        '</div></div>',
    );
    const comments = findGeneric(doc)?.comments ?? [];
    expect(comments.map((comment) => comment.author?.textContent)).toEqual(['Jana Weber', 'Paul Krüger']);
    expect(comments.map((comment) => comment.date?.textContent)).toEqual(['14.03.2019', '15.03.2019']);
  });
});

describe("findGeneric on Kinja's replies (`article.reply` in `section.js_replies`)", () => {
  const page = (section: string): Document =>
    storyWith('Turn Off Instant Fill', 'A new autofill setting fills your login as soon as a page loads.', section);

  it('should read one comment per reply in a replies region, with its author', () => {
    const doc = page(
      '<section class="js_replies discussion-region"><header><h3>Discussion</h3></header>' +
        '<article class="reply js_reply"><div class="reply__header"><a class="fwb js_reply-author" href="#">quietbytes</a> <span class="reply__published-time">10/12/17 2:51pm</span></div><div class="reply-content js_reply-content"><p>Mine was switched on after the update.</p></div></article>' +
        '<article class="reply js_reply"><div class="reply__header"><a class="fwb js_reply-author" href="#">TessVK</a> <span class="reply__published-time">10/12/17 3:22pm</span></div><div class="reply-content js_reply-content"><p>Can I allow it for one site only?</p></div></article>' +
        '</section>',
    );
    const comments = findGeneric(doc)?.comments ?? [];
    expect(comments).toHaveLength(2);
    expect(comments[0]?.author?.textContent).toBe('quietbytes');
  });

  it("should not read an advice column's `reply` outside a replies region as a comment", () => {
    const doc = page(
      '<section class="advice-column"><div class="letter"><p>Should I switch it off?</p></div><div class="reply"><p>Yes, leave it off.</p></div></section>',
    );
    expect(findGeneric(doc)).toBeUndefined();
  });
});

describe("findGeneric on Bootstrap's media-object comment list", () => {
  const page = (section: string): Document =>
    storyWith('Board approves later start times', 'High schools will start at 8:30 a.m. next fall.', section);
  const avatar = '<div class="media-left"><img class="media-object" src="avatar.png" alt=""></div>';

  it("should read each commenter's name from the media heading, a reply with its replies", () => {
    const doc = page(
      '<div id="comments"><h3>Comments (3)</h3><ul class="media-list">' +
        `<li class="media" id="comment-2210">${avatar}<div class="media-body"><h4 class="media-heading">Jenna K. <small>March 16, 2016 at 7:42 am</small></h4><p>Finally! My son has been catching the bus in the dark.</p>` +
        `<div class="media" id="comment-2214">${avatar}<div class="media-body"><h4 class="media-heading">Mike Dorsey <small>March 16, 2016 at 9:15 am</small></h4><p>Agree, but the middle school buses move earlier.</p></div></div></div></li>` +
        `<li class="media" id="comment-2219">${avatar}<div class="media-body"><h4 class="media-heading">R. Alvarado <small>March 16, 2016 at 12:03 pm</small></h4><p>Will the information nights be recorded?</p></div></li>` +
        '</ul></div>',
    );
    const comments = findGeneric(doc)?.comments ?? [];
    expect(comments.map((comment) => comment.author?.textContent?.split(' March')[0])).toEqual([
      'Jenna K.',
      'Mike Dorsey',
      'R. Alvarado',
    ]);
    expect(comments.map((comment) => comment.parentIndex)).toEqual([undefined, 0, undefined]);
  });

  it('should not take a media heading outside a comment for one', () => {
    const doc = page(
      '<ul class="media-list"><li class="media"><div class="media-body"><h4 class="media-heading"><a href="/news/1460">Committee presents final report</a></h4><small>February 9, 2016</small></div></li></ul>',
    );
    expect(findGeneric(doc)).toBeUndefined();
  });
});
