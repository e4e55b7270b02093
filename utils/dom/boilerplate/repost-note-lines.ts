/**
 * The notes a Chinese portal prints around a story it reposts from another outlet (Sina, NetEase, Sohu, ifeng): the
 * outlet's own headline over the text and the portal's standing note that the story is not its own view. Both speak
 * of the story as a repost, never of its events.
 */

/**
 * The original outlet's headline, labelled, as the first line of a reposted story: "原标题：夜市回来了｜摊位翻番"
 * (Traditional "原標題："). A headline-long line; a sentence of the story never opens on the label.
 */
const ORIGINAL_TITLE = /^原文?[标標][题題]\s*[：:]\s*\S.{0,100}$/u;

/**
 * The portal's standing disclaimer under a reposted story: "特别声明：以上文章内容仅代表作者本人观点，不代表新浪网观点或
 * 立场。…" (Sina), "特别声明：本文为网易自媒体平台…上传并发布，仅代表该作者观点。" (NetEase), "声明：该文观点仅代表作者
 * 本人，搜狐号系信息发布平台…" (Sohu). The label opens the line and the views are said to be the writer's near it: a
 * story's quoted statement ("声明称，公司将…") has no colon label over a note on whose views these are.
 */
const PORTAL_DISCLAIMER =
  /^(?:特[别別]|免[责責])?[声聲]明\s*[：:][^\n]{0,60}?(?:(?:观点|觀點|立场|立場)[^\n]{0,30}?代表|代表[^\n]{0,30}?(?:观点|觀點|立场|立場))[^\n]{0,400}$/u;

/** A reposted story's original headline and the portal's disclaimer under it, each a line of its own. */
export const REPOST_NOTE_LINES: readonly RegExp[] = [ORIGINAL_TITLE, PORTAL_DISCLAIMER];
