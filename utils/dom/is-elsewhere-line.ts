/** A media player in the block before a line: its frame, or its play button ("Click to play video: '…'"). */
const PLAYER = 'video, audio, iframe';
const PLAY_BUTTON = /\bplay\b/i;
/** Sibling blocks looked at before the line for the player it describes. */
const MAX_SIBLINGS_BEFORE = 3;

/** True when the text is link text. */
export function inLink(text: Text): boolean {
  return text.parentElement?.closest('a') != null;
}

/** True when the element, or a block in it, is a media player: a frame or a button that plays. */
function isPlayer(element: Element): boolean {
  if (element.matches(PLAYER) || element.querySelector(PLAYER)) return true;
  const buttons = element.matches('button') ? [element] : [...element.querySelectorAll('button')];
  return buttons.some((button) => PLAY_BUTTON.test(button.textContent ?? ''));
}

/**
 * True for a header line that speaks of another page or of a player, not of the story: all of it a link (a banner
 * under the byline, "COVID-19 vaccine tracker: See the latest numbers for every state »", Becker's 2021), or the
 * description under a lead video's player ("… Miriam Okafor reports.", Global News 2020), set in the player's block
 * after its frame or play button. A dek is the story's own prose, printed as text under the headline.
 */
export function isElsewhereLine(texts: readonly Text[]): boolean {
  if (texts.length === 0) return false;
  if (texts.every(inLink)) return true;
  const block = texts[0]?.parentElement?.closest('p, div, span');
  let before = block?.previousElementSibling ?? null;
  for (let seen = 0; before && seen < MAX_SIBLINGS_BEFORE; seen++, before = before.previousElementSibling)
    if (isPlayer(before)) return true;
  return false;
}
