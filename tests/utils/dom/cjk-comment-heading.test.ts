import { describe, expect, it } from 'vitest';
import { CJK_COMMENT_HEADING } from '../../../utils/dom/cjk-comment-heading';

describe('CJK_COMMENT_HEADING', () => {
  it.each([
    '댓글',
    '댓글 18',
    '댓글 (3)',
    '독자 댓글',
    'コメント',
    'コメント（12）',
    'コメント 12件',
    '读者评论',
    '評論(3)',
    '网友评论 36条',
    '我要评论',
    '留言板',
    '讀者留言',
    'udn討論區',
    '讨论区',
  ])('should read "%s" as a comment heading', (heading) => {
    expect(CJK_COMMENT_HEADING.test(heading)).toBe(true);
  });

  it.each([
    '댓글 문화가 바뀐다',
    'コメントの書き方',
    '网友评论引发热议',
    '評論家の見方',
    '留言者の声を聞く',
    '市议会讨论区域规划',
  ])('should keep the subheading "%s"', (heading) => {
    expect(CJK_COMMENT_HEADING.test(heading)).toBe(false);
  });
});
