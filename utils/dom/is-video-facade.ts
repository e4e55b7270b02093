/**
 * Lightweight video embeds ("facades") that stand in for a player until clicked: `<lite-youtube>` (Paul Irish's
 * lite-youtube-embed, also the web component of justinribeiro/lite-youtube), `<lite-vimeo>` and `<lite-vimeo-embed>`,
 * which many static-site and magazine templates use. Their only text is the play button's label ("Play Video: …"),
 * never the story's.
 */
const VIDEO_FACADE_TAGS = new Set(['LITE-YOUTUBE', 'LITE-VIMEO', 'LITE-VIMEO-EMBED']);

/** Whether `element` is a lite video embed, furniture by its tag. */
export function isVideoFacade(element: Element): boolean {
  return VIDEO_FACADE_TAGS.has(element.tagName.toUpperCase());
}
