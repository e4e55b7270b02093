import { boxLabel } from './box-label';
import { textWithin } from './text-within';

/**
 * The label over the writer's box under a story in Japanese, Korean and Chinese: "この記事を書いた人" (who wrote this
 * article: the box Japanese WordPress themes and news sites' smartphone pages print with the writer's photo, name and
 * bio), "この記事の著者", "著者プロフィール", "執筆者プロフィール", "筆者紹介", Korean "글쓴이", "기자 소개", "기자 프로필",
 * Chinese "作者简介", "作者簡介", "关于作者", "關於作者".
 */
const WRITER_BOX_LABEL =
  /^(?:この記事を書いた人|この記事の(?:著者|執筆者|筆者)|(?:著者|執筆者|筆者|ライター)(?:プロフィール|紹介)|글쓴이|기자 ?(?:소개|프로필)|作者[简簡]介|[关關]于作者|關於作者)\s*[:：]?$/u;
/** A writer's box holds a name and a bio of a few lines; more (characters, spaces not counted) is a part of the page. */
const MAX_BOX_CHARS = 400;

/**
 * True for a box that opens on a writer-box label ("この記事を書いた人") over the writer's name and bio: an author box,
 * known by its label when its class names say nothing.
 */
export function isCjkWriterBox(element: Element): boolean {
  const label = boxLabel(element);
  if (label === undefined || !WRITER_BOX_LABEL.test(label)) return false;
  return textWithin(element, MAX_BOX_CHARS) !== undefined;
}
