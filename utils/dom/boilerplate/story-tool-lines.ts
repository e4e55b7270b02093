/**
 * The buttons of a newspaper CMS's story-tools row (common from the 2000s into the 2010s: Saxotech, Clickability,
 * Polopoly, TownNews) when the row is read one button per line: a bare "Print this" beside "Email this", and the
 * text-size control with its glyph buttons ("Text size: A A", "Font size: − +", "Text Size: A- A+", "Font size: Small
 * Medium Large"). The label is followed only by the buttons, so a sentence about font sizes never matches.
 */
const SIZE_BUTTON = String.raw`(?:a\s?[+−–-]|[+−–-]\s?a|a|[+−–-]|small(?:er)?|medium|normal|large(?:r)?|reset)`;

export const STORY_TOOL_LINES: readonly RegExp[] = [
  /^print this\s*[»›>]?$/i,
  new RegExp(String.raw`^(?:text|font)[- ]size\s*:?\s*(?:${SIZE_BUTTON}(?:\s*[|/·]\s*|\s+)?){1,4}$`, 'i'),
];
