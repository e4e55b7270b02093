import { describe, expect, it } from 'vitest';
import { isCjkWriterBox } from '../../../utils/dom/is-cjk-writer-box';
import { elementOf } from './element-of';

const CARD = '<div><img src="a.jpg" alt=""><div><p>小野 美咲</p><p>社会部。市政と交通を担当。</p></div></div>';

describe('isCjkWriterBox', () => {
  it.each([
    ['a Japanese "この記事を書いた人" box', `<div><p>この記事を書いた人</p>${CARD}</div>`],
    ['a Japanese "著者プロフィール" box', `<section><h3>著者プロフィール</h3>${CARD}</section>`],
    ['a Korean "기자 소개" box', '<div><h4>기자 소개</h4><p>정하늘 기자. 사회부에서 시정을 맡고 있다.</p></div>'],
    ['a Chinese "作者简介" box', '<aside><h3>作者简介：</h3><p>王静，本报记者，负责城市交通报道。</p></aside>'],
  ])('should find %s', (_case, html) => {
    expect(isCjkWriterBox(elementOf(html))).toBe(true);
  });

  it.each([
    // The label must open the box, alone on its line, over a short box: the story stays.
    [
      'a story paragraph that mentions the writer',
      '<div><p>この記事を書いた人に話を聞いた。</p><p>市は来年から路線を見直す。</p></div>',
    ],
    ['the label alone, nothing under it', '<div><p>この記事を書いた人</p></div>'],
    [
      'a long section under the label',
      `<section><h3>著者プロフィール</h3><p>${'市は来年4月から路線バスを減便すると発表した。'.repeat(20)}</p></section>`,
    ],
    ['an English box', '<div><h3>About the author</h3><p>Ann Lee covers transport.</p></div>'],
  ])('should leave %s', (_case, html) => {
    expect(isCjkWriterBox(elementOf(html))).toBe(false);
  });
});
