import { classNames } from './class-names';

/**
 * "cap" after a picture word, as a word of the class or id: the short form of "caption" many templates use
 * (`img-cap`, `imgcap`, `photo-cap`, `image-cap`, `pic-cap`; MVP Themes' Zox News, Flex Mag and their kin print
 * every featured image's caption and credit as `span.mvp-post-img-cap`). A "cap" after another word is something
 * else (`drop-cap`, the story's first letter; `market-cap`, a figure), and a full "caption" is read elsewhere.
 */
const PICTURE_CAP = /(?:^|[\s_-])(?:img|image|photo|pic|picture)[-_]?cap(?:$|[\s_-])/i;
/** A caption and its credit are a line or two; a block named so that holds more text (characters) is left alone. */
const MAX_CAPTION_CHARS = 400;

/** True for a picture's caption named by the short form (`img-cap`): not body (README, "Reading the page"). */
export function isPictureCapName(element: Element): boolean {
  if (!PICTURE_CAP.test(`${classNames(element)} ${element.id}`)) return false;
  return (element.textContent ?? '').trim().length <= MAX_CAPTION_CHARS;
}
