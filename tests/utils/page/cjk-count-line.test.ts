import { describe, expect, it } from 'vitest';
import { readCjkCount } from '../../../utils/page/cjk-count-line';
import { readCountLine } from '../../../utils/page/read-count-line';

describe('readCjkCount', () => {
  it.each([
    ['댓글 2', 2],
    ['댓글 (12)', 12],
    ['댓글 3개', 3],
    ['댓글 [0]', 0],
    ['コメント(3)', 3],
    ['コメント 14件', 14],
    ['5件のコメント', 5],
    ['评论 (7)', 7],
    ['評論(2)', 2],
    ['留言 9', 9],
    ['12条评论', 12],
  ])('should read %j as a count of %i', (line, count) => {
    expect(readCjkCount(line)).toBe(count);
    expect(readCountLine(line)).toEqual({ count });
  });

  it.each([
    ['댓글'],
    ['댓글을 작성하려면 로그인이 필요합니다.'],
    ['댓글 2개가 달렸는데 모두 삭제됐다.'],
    ['コメントは3件寄せられた。'],
    ['评论区有200多条留言,大部分支持这个决定。'],
    ['2026'],
  ])('should read no count in %j', (line) => {
    expect(readCjkCount(line)).toBeUndefined();
  });
});
