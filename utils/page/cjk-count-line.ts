/**
 * A comment count as Korean, Japanese and Chinese pages print it over their comment lists or in the story's info row:
 * Korean "댓글 2" (the number after a space, as newspaper CMSs write it), "댓글 (2)", "댓글 2개"; Japanese "コメント(3)",
 * "コメント 3件", "3件のコメント"; Chinese "评论 (3)", "評論(3)", "留言 3", "3条评论". The label and its number, no
 * more: a sentence that mentions comments runs on.
 */
const LABEL = '(?:댓글|コメント|评论|評論|留言)';
const CJK_COUNT = new RegExp(
  `^(?:${LABEL}\\s*(?:\\(\\s*(\\d+)\\s*\\)|\\[\\s*(\\d+)\\s*\\]|[:：]?\\s*(\\d+)\\s*(?:개|件|条|條)?)|(\\d+)\\s*(?:件の|条|條)${LABEL})$`,
  'u',
);

/** The count a Korean, Japanese or Chinese comment-count line gives, or undefined when the line is none. */
export function readCjkCount(text: string): number | undefined {
  const match = CJK_COUNT.exec(text);
  const number = match?.slice(1).find((group) => group !== undefined);
  return number === undefined ? undefined : Number(number);
}
