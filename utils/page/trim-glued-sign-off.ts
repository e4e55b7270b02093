import type { Paragraph } from '../model';

/**
 * The writer's sign-off Japanese and Chinese papers glue to the story's last sentence, in brackets: Mainichi's and
 * Sankei's "…と指摘する。【北村彩】", "【ソウル・坂口裕彦】", Asahi's and Nikkei's "…と話した。（山田花子）",
 * "（ニューヨーク＝山田花子）", an agency's "（共同）", Xinhua's closing "（完）" and "（记者 王静）". Only Han or kana
 * with the separators of names and places ("＝", "・", "、"), at most 24 characters, right after the sentence's end
 * (a stop, or a quote's closing mark: "…的人。”（完）"): a bracket with digits or Latin letters ("（84）", "（写真は
 * 2020年）", "（AP）") stays, and the short notes that close a story the same way ("（敬称略）") go with the sign-offs.
 */
const NAME_CHARS = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・＝=、 \u3000]{1,24}`;
const GLUED_SIGN_OFF = new RegExp(String.raw`(?<=[。」』”！？!?])\s*(?:【${NAME_CHARS}】|（${NAME_CHARS}）)$`, 'u');

/** The sentence the sign-off closes must be at least this long (characters): a bracket alone is no story line. */
const MIN_SENTENCE_CHARS = 20;

/**
 * The body with the sign-off glued to its last paragraph taken off (`GLUED_SIGN_OFF`); the paragraph's span ends where
 * its text now does. The byline reads the writer elsewhere (the header, the page's metadata).
 */
export function trimGluedSignOff(body: readonly Paragraph[]): Paragraph[] {
  const last = body[body.length - 1];
  const match = last ? GLUED_SIGN_OFF.exec(last.text) : null;
  if (!last || !match || match.index < MIN_SENTENCE_CHARS) return [...body];
  const text = last.text.slice(0, match.index);
  return [...body.slice(0, -1), { ...last, text, end: last.start + text.length }];
}
