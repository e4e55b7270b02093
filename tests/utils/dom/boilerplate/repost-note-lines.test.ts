import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';
import { REPOST_NOTE_LINES } from '../../../../utils/dom/boilerplate/repost-note-lines';

const matches = (line: string) => REPOST_NOTE_LINES.some((pattern) => pattern.test(line));

describe('REPOST_NOTE_LINES', () => {
  it.each([
    '原标题：夜市回来了｜摊位翻番，居民的烦恼也来了',
    '原標題：颱風後菜價飆 農委會啟動調節',
    '原文标题: 老旧小区加装电梯提速',
    '特别声明：以上文章内容仅代表作者本人观点，不代表新浪网观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与新浪网联系。',
    '特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。',
    '声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。',
    '免責聲明：本文僅代表作者個人觀點，不代表本站立場。',
  ])('should read "%s" as a repost note', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '原标题中的“夜市”二字，后来被编辑改成了“夜经济”。',
    '公司在声明中表示，相关言论仅代表员工个人观点，不代表公司立场。',
    '声明：公司将于下周一召开股东大会，审议收购方案。',
    '他的声明代表了许多摊主的想法。',
  ])('should keep the sentence "%s"', (line) => {
    expect(matches(line)).toBe(false);
  });
});
