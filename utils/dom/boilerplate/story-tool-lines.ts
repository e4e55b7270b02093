/**
 * The buttons of a newspaper CMS's story-tools row (common from the 2000s into the 2010s: Saxotech, Clickability,
 * Polopoly, TownNews) when the row is read one button per line: a bare "Print this" beside "Email this", and the
 * text-size control with its glyph buttons ("Text size: A A", "Font size: − +", "Text Size: A- A+", "Font size: Small
 * Medium Large"), and the story's short address ("Short link: …"). The label is followed only by the buttons, so a
 * sentence about font sizes never matches.
 */
const SIZE_BUTTON = String.raw`(?:a\s?[+−–-]|[+−–-]\s?a|a|[+−–-]|small(?:er)?|medium|normal|large(?:r)?|reset)`;

/**
 * Joomla's K2 component (a common news CMS in Africa, Greece and the Balkans) writes its text resizer as a label and
 * two buttons named in words: "font size decrease font size increase font size".
 */
const SIZE_WORD_BUTTON = String.raw`(?:decrease|increase|reset|smaller|larger) (?:text|font)[- ]size`;

/**
 * The story's short address, as Ahram Online and other ASP.NET and PHP news sites print it above or under the story
 * for copying: "Short link: https://…/News/556677.aspx", "Short URL: …" (the label, then only the address).
 */
const SHORT_LINK = /^short (?:link|url)\s*:\s*(?:https?:\/\/)?\S+$/i;

export const STORY_TOOL_LINES: readonly RegExp[] = [
  /^print this\s*[»›>]?$/i,
  new RegExp(String.raw`^(?:text|font)[- ]size\s*:?\s*(?:${SIZE_BUTTON}(?:\s*[|/·]\s*|\s+)?){1,4}$`, 'i'),
  new RegExp(String.raw`^(?:(?:text|font)[- ]size\s*:?\s*)?${SIZE_WORD_BUTTON}(?:\s+${SIZE_WORD_BUTTON}){1,2}$`, 'i'),
  SHORT_LINK,
];
