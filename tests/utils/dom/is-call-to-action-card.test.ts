import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isCallToActionCard } from '../../../utils/dom/is-call-to-action-card';

const STORY =
  'The council voted 7-2 on Tuesday to close the branch library in March, citing a fall in visits and the cost of repairing its roof, which has leaked since 2019.';

/** Whether the page's `#box` is read as a call-to-action card. */
function card(html: string): boolean {
  const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
  const element = document.getElementById('box');
  if (!element) throw new Error('no #box');
  return isCallToActionCard(element as unknown as Element);
}

describe('isCallToActionCard', () => {
  it.each([
    [
      "a health site's tool card",
      '<div id="box" class="css-d5"><p class="css-de">Are you experiencing symptoms?</p><p>Use the Symptom Checker to find out what might be causing them.</p><a class="css-be" href="/symptom-checker/">Check Your Symptoms</a></div>',
    ],
    [
      "a software site's template card",
      '<div id="box"><p>Free template</p><p>Sprint Retrospective Template</p><p>Columns, voting and action items, ready to use with your team.</p><a href="/templates/retro">Get the template</a></div>',
    ],
    [
      'a product card with its button in a block of its own',
      '<aside id="box"><div>Looking for a telescope?</div><p>We recommend the Astro Fi 102 for beginners.</p><div><a href="#">View at Amazon</a></div></aside>',
    ],
    [
      "a broadcaster's channel pitch whose blurb ends on a call with no stop",
      '<div id="box"><strong>Watch the league on Sports One</strong><p>Get Sports One for just £18 a month. Upgrade now</p><a href="/upgrade">Find out more</a></div>',
    ],
    [
      "a paid tier's pitch: its heading, a blurb of two sentences to the reader, a button",
      '<div id="box"><h3>Get the premarket report</h3><p>Our desk sends the stocks it is watching and the levels that matter before the bell, every weekday morning. Start a free 14-day trial and see what traders read before the open.</p><a href="/trial">Try it free</a></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(card(html)).toBe(true);
  });

  it.each([
    [
      'a box of titles only, one with an abbreviation, over a button',
      '<div id="box"><p>Free template</p><p>St Louis Sprint Template</p><a href="/t">Get it</a></div>',
    ],
    [
      'a section of the story closing on a link',
      `<div id="box"><h3>The vote</h3><p>${STORY}</p><a href="/report">Read the report</a></div>`,
    ],
    [
      'a section of the story quoting a speaker, closing on a link',
      `<div id="box"><h3>The vote</h3><p>${STORY} "We had no choice," the mayor said.</p><a href="/report">Read the report</a></div>`,
    ],
    [
      'a long blurb to the reader without a heading over it',
      '<div id="box"><p>Our desk sends the stocks it is watching and the levels that matter before the bell, every weekday morning. Start a free 14-day trial.</p><a href="/trial">Try it free</a></div>',
    ],
    [
      'a box with links in its text',
      '<div id="box"><p>Read <a href="/a">the plan</a> online.</p><a href="/b">Get the plan</a></div>',
    ],
    ['a box without a button', '<div id="box"><p>Free template</p><p>Columns and voting, ready to use.</p></div>'],
    [
      'a box whose last link is a sentence',
      '<div id="box"><p>Free template</p><a href="/t">Download it here.</a></div>',
    ],
    [
      'a box of titles only over a button',
      '<div id="box"><p>Free template</p><p>Sprint Template</p><a href="/t">Get it</a></div>',
    ],
  ])('should not find %s', (_case, html) => {
    expect(card(html)).toBe(false);
  });
});

describe('isCallToActionCard: blurbs closing on a full-width stop', () => {
  it.each([
    [
      "a Japanese paper's app card",
      '<div id="box" class="articledetail-app"><p>ニュースをもっと身近に。毎日新聞のニュースアプリで、速報や注目記事をお知らせします。</p><a href="/info/app/" class="button">アプリをダウンロード</a></div>',
    ],
    [
      "a Chinese portal's app card",
      '<div id="box"><p>海量资讯、精准解读，尽在客户端！</p><a href="/app/">立即下载</a></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(card(html)).toBe(true);
  });

  it.each([
    [
      'a paragraph of the story with a link to the document it cites',
      '<div id="box"><p>町企画課は、運行費の内訳を町のウェブサイトで公開している。利用者の声も随時受け付けるという。</p><p>町は来年度、運行エリアを隣の集落まで広げる方針だ。住民説明会は12月に開く。</p><a href="/docs/plan.pdf">運行計画（PDF）</a><a href="/docs/b.pdf">資料</a></div>',
    ],
    [
      'a long paragraph of the story over a link',
      `<div id="box"><p>${'路線バスが撤退した山あいの町で、予約に応じて走る乗り合いタクシーの運行が始まって1年がたった。'.repeat(2)}</p><a href="/x">詳しく</a></div>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(card(html)).toBe(false);
  });
});
