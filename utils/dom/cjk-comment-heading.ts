/**
 * The heading of a comment section in Korean, Japanese and Chinese, whole, with or without its count: Korean "댓글",
 * "댓글 18", "독자 의견"; Japanese "コメント", "コメント（12）", "みんなのコメント"; Chinese "评论", "网友评论",
 * "我要评论", "留言", "讀者留言", "留言板", and a site's discussion board under the story, its name before it
 * ("udn討論區", "讨论区"). A story's subheading is a phrase of its own, never the label alone.
 */
const COUNT = String.raw`(?:\s*[（(]\s*\d[\d,]*\s*[）)]|\s*[:：]?\s*\d[\d,]*\s*(?:개|件|条|條|则|則)?)?`;
const LABEL = String.raw`(?:(?:독자 )?(?:댓글|의견)|(?:みんなの|読者の)?コメント|(?:网友|網友|读者|讀者|全部|热门|熱門|最新|我要|发表|發表)?(?:评论|評論|留言)(?:区|區|板)?|[A-Za-z0-9]{0,12}\s*(?:讨论区|討論區))`;
export const CJK_COMMENT_HEADING = new RegExp(`^${LABEL}${COUNT}$`, 'u');
