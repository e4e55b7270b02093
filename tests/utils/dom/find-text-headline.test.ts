import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findTextHeadline } from '../../../utils/dom/find-text-headline';

const TITLE = "Club station moves to the lighthouse keeper's cottage";

const docOf = (body: string, title = `${TITLE} | Harbour ARC Wiki`): Document =>
  parseHTML(`<html><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('findTextHeadline', () => {
  it("should find Wiki.js's title block, set in a div", () => {
    const doc = docOf(
      `<ul class="v-breadcrumbs"><li><a href="/en/news">news</a></li></ul><div class="page-header-section"><div class="headline grey--text">${TITLE}</div><div class="caption">After eleven years in the scout hut.</div></div><div class="contents"><p>Text.</p></div>`,
    );
    expect(findTextHeadline(doc, TITLE)?.className).toBe('headline grey--text');
  });

  it.each([
    [
      "React Native for Web's heading div (role=heading, atomic classes)",
      `<div aria-level="1" dir="auto" role="heading" class="css-4rbku5 css-901oao r-adyw6z">${TITLE}</div>`,
      'DIV',
    ],
    [
      "Ionic's card title, a custom element named for the title",
      `<ion-card><ion-card-header><ion-card-subtitle>Clubs</ion-card-subtitle><ion-card-title class="md hydrated">${TITLE}</ion-card-title></ion-card-header></ion-card>`,
      'ION-CARD-TITLE',
    ],
  ])('should find %s', (_case, body, tag) => {
    expect(findTextHeadline(docOf(body), TITLE)?.tagName).toBe(tag);
  });

  it.each([
    [
      "Kinja's title block linking to its own post",
      `<div class="headline entry-title"><a href="/post-1711930482">${TITLE}</a></div>`,
    ],
    [
      "a WordPress theme's title linking to its permalink, in a span",
      `<span class="entry-title"><a href="/2018/06/cottage/" rel="bookmark">${TITLE}</a></span>`,
    ],
  ])('should find %s', (_case, body) => {
    expect(findTextHeadline(docOf(`${body}<p>Text.</p>`), TITLE)).toBeDefined();
  });

  it.each([
    ['a title block holding two links', `<div class="title"><a href="/a">${TITLE}</a><a href="/b">More</a></div>`],
    ['a title block with words beside its link', `<div class="title">Read: <a href="/a">${TITLE}</a></div>`],
    ['a linked title in navigation', `<nav><div class="title"><a href="/a">${TITLE}</a></div></nav>`],
  ])('should not take %s for the headline', (_case, body) => {
    expect(findTextHeadline(docOf(body), TITLE)).toBeUndefined();
  });

  it('should read the words, not case and punctuation', () => {
    const doc = docOf(`<span class="title">Club station moves to the lighthouse keeper’s cottage</span>`);
    expect(findTextHeadline(doc, TITLE)?.tagName).toBe('SPAN');
  });

  it.each([
    ['a link to the page', `<nav><a class="title" href="/x">${TITLE}</a></nav><p>Text.</p>`],
    ['a list item (a "you are here" trail)', `<ul><li class="title">${TITLE}</li></ul>`],
    ['a block holding more than the headline', `<p class="title">${TITLE}, said the chair, will open in February.</p>`],
    ['a short declared title', '<div class="title">News</div>'],
    ['a heading div inside a link (a teaser of the story)', `<a href="/x"><div role="heading">${TITLE}</div></a>`],
    [
      'a custom element not named for a title (a story card)',
      `<story-card class="css-1dbjc4n">${TITLE}</story-card><div dir="auto">Text.</div>`,
    ],
    ['a custom element named for a subtitle', `<ion-card-subtitle>${TITLE}</ion-card-subtitle>`],
    [
      "a published document's file name in a block not named as a title",
      `<div id="title">${TITLE}</div><div class="doc-content"><p><span>County board backs the plan</span></p></div>`,
    ],
  ])('should not take %s for the headline', (_case, body) => {
    const declared = body.includes('News</div>') ? 'News' : TITLE;
    expect(findTextHeadline(docOf(body), declared)).toBeUndefined();
  });

  describe('with the <title> itself declared, closing on the site name', () => {
    const FORUM_TITLE = 'Plains T20 League final moved to floodlit ground after rain row';
    const WHOLE = `${FORUM_TITLE} - CricketPulse Forums`;
    const forumDoc = (body: string): Document => docOf(body, WHOLE);

    it.each([
      [
        "vBulletin 3's post title, after the navbar's copy",
        `<table><tr><td class="navbar"><strong>${FORUM_TITLE}</strong></td></tr></table><div id="posts"><div class="smallfont"><strong id="t">${FORUM_TITLE}</strong></div><div id="post_message_1">The final will be played under lights.</div></div>`,
      ],
      [
        "an old CMS's bold cell",
        `<table><tr><td><font size="5"><b id="t">${FORUM_TITLE}</b></font></td></tr><tr><td>The final will be played under lights.</td></tr></table>`,
      ],
    ])('should find %s', (_case, body) => {
      expect(findTextHeadline(forumDoc(body), WHOLE)?.id).toBe('t');
    });

    it("should take a block named as the title over a breadcrumb's last span before it", () => {
      const doc = forumDoc(
        `<div class="breadcrumb"><span><a href="/">Home</a></span> <span>${FORUM_TITLE}</span></div><article><div class="post-title" id="t">${FORUM_TITLE}</div><p>The final will be played under lights.</p></article>`,
      );
      expect(findTextHeadline(doc, WHOLE)?.id).toBe('t');
    });

    it.each([
      ['a link to the page', `<p><a href="/t/1"><strong>${FORUM_TITLE}</strong></a></p>`],
      ['a block holding more than the title', `<p><b>${FORUM_TITLE}, the committee said on Sunday.</b></p>`],
      ['a plain div, as a published document shows its file name', `<div id="title">${FORUM_TITLE}</div>`],
    ])('should not take %s', (_case, body) => {
      expect(findTextHeadline(forumDoc(body), WHOLE)).toBeUndefined();
    });

    it("should find an old agency layout's title cell under a title closing on the site's and the edition's names", () => {
      const whole = `${FORUM_TITLE} - Xinhua | English.news.cn`;
      const doc = docOf(
        `<table><tr><td class="Btitle" id="t">${FORUM_TITLE}</td></tr><tr><td>The final will be played under lights.</td></tr></table>`,
        whole,
      );
      expect(findTextHeadline(doc, whole)?.id).toBe('t');
    });

    it("should not take a cell holding a part of the title's first name", () => {
      const whole = 'Storm hits the coast overnight - Live updates - Harbour Post';
      const doc = docOf(`<table><tr><td id="t">Storm hits the coast</td></tr></table>`, whole);
      expect(findTextHeadline(doc, whole)).toBeUndefined();
    });

    it('should not strip a title that names no site after a separator', () => {
      const title = 'Harcourt beat Stenfield - and the rain held off for once in the long final of the season';
      const doc = docOf(`<p><b>Harcourt beat Stenfield</b></p>`, title);
      expect(findTextHeadline(doc, title)).toBeUndefined();
    });
  });

  it("should not take a hidden block repeating a blog's tagline the title does not name", () => {
    const tagline = 'Official Blog of the National Football League';
    const doc = docOf(
      `<p class="site-title" style="display:none">${tagline}</p><h2>Sidelines <a href="/x">Week 9</a></h2>`,
      'Week 9 - NFL.com',
    );
    expect(findTextHeadline(doc, tagline)).toBeUndefined();
  });

  it('should not take a hidden block', () => {
    expect(findTextHeadline(docOf(`<div class="title" hidden>${TITLE}</div>`), TITLE)).toBeUndefined();
  });

  it('should find nothing without a declared headline', () => {
    expect(findTextHeadline(docOf(`<div>${TITLE}</div>`), undefined)).toBeUndefined();
  });
});
