import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../utils/model';
import { parsePageText } from '../../../utils/parse-page-text';
import { trimGluedSignOff } from '../../../utils/page/trim-glued-sign-off';

const FIRST = '国土交通省によると、デマンド交通を導入する自治体は全国で700を超える。';

/** One body paragraph starting at offset 100. */
const paragraph = (text: string, index = 0): Paragraph => ({
  type: 'paragraph',
  index,
  text,
  start: 100,
  end: 100 + text.length,
});

describe('trimGluedSignOff', () => {
  it.each([
    [`${FIRST}大学教授は「柔軟に見直すことがカギだ」と指摘する。【北村彩】`, '【北村彩】'],
    [`${FIRST}【ソウル・坂口裕彦】`, '【ソウル・坂口裕彦】'],
    [`${FIRST}【北村彩、山田太郎】`, '【北村彩、山田太郎】'],
    [`${FIRST}（ニューヨーク＝山田花子）`, '（ニューヨーク＝山田花子）'],
    [`${FIRST}（共同）`, '（共同）'],
    ['该负责人表示，下一步将指导各地建立加装电梯运行维护机制，确保电梯“装得上、用得好”。（完）', '（完）'],
    ['住房和城乡建设部有关负责人表示，今年以来各地共完成老旧小区加装电梯两万余部。（记者 王静）', '（记者 王静）'],
    ['一位参与协调的社区干部说：“最难的往往是一楼住户，需要反复沟通。”（完）', '（完）'],
  ])('should take the sign-off off "%s"', (text, signOff) => {
    const [trimmed] = trimGluedSignOff([paragraph(text)]);
    const kept = text.slice(0, text.length - signOff.length);
    expect(trimmed).toEqual(paragraph(kept));
  });

  it.each([
    `${FIRST}町に住む本田トミ子さん（84）`,
    `${FIRST}（写真は2020年撮影）`,
    `${FIRST}（AP）`,
    '（山田花子）',
    '短い文。（山田花子）',
    '町企画課の松井浩二課長（山田花子）は、近隣の町村と共同で運行できないか検討したいと話している',
  ])('should keep "%s" whole', (text) => {
    expect(trimGluedSignOff([paragraph(text)])).toEqual([paragraph(text)]);
  });

  it('should trim only the last paragraph', () => {
    const first = paragraph(`${FIRST}【北村彩】`, 0);
    const last = paragraph(FIRST, 1);
    expect(trimGluedSignOff([first, last])).toEqual([first, last]);
  });

  it('should leave the sign-off out of a parsed story, its span ending with the sentence', () => {
    const text = `${FIRST}\n町は来年度から運行エリアを隣の集落まで広げる方針だと話している。【北村彩】\n`;
    const doc = parsePageText(text);
    const last = doc.body[doc.body.length - 1];
    expect(last?.text).toBe('町は来年度から運行エリアを隣の集落まで広げる方針だと話している。');
    expect(last && text.slice(last.start, last.end)).toBe(last?.text);
  });
});
