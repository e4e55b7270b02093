import { classNames, nameWords } from './class-names';
import { FOREIGN_LOG_IN_WORDS, FOREIGN_SUBSCRIBE_WORDS } from './foreign-labels';
import { textWithin } from './text-within';

/**
 * A block named as the wall over a paid story (`stat-plus-paywall`, `id="paywall"`, `regwall`, `meter-box`). The word
 * alone proves nothing: Bloomberg-style templates put `paywall` on every paragraph the wall covers.
 */
const WALL_NAME = /(?:^|[-_\s])(?:paywall|pay-wall|regwall|meter(?:ed)?(?:-?(?:box|wall|prompt))?)(?:$|[-_\s])/i;
/**
 * A block named as the wall's inline barrier where a metered story stops: Condé Nast's Verso templates
 * (`PaywallInlineBarrierWrapper`, `body__inline-barrier`, `data-testid="PaywallInlineBarrier"`) and `paywall-barrier`
 * boxes. Unlike a bare `paywall`, the name is never put on the story's paragraphs, so its offer to subscribe is enough:
 * the barrier often has no login line ("Keep reading, for less. Subscribe for $1 a week").
 */
const BARRIER_NAME = /(?:^|[-_\s])(?:paywall-(?:inline-)?barrier|inline-barrier)(?:$|[-_\s])/i;
/**
 * The offer the box makes: to subscribe, and to log in for those who already have (in English or translated). A
 * members' organisation offers to join or to unlock what the wall hides ("Unlock our full verdict", "Join Which? to
 * get instant access to all of our test results").
 */
const SUBSCRIBE = new RegExp(
  `\\b(?:subscrib(?:e|ing|ers?|tion)|membership|view (?:all )?plans|unlock (?:our|this|the|all|full)|join [^.!?]{1,30}? to (?:get|read|unlock|access|see))\\b|${FOREIGN_SUBSCRIBE_WORDS}`,
  'iu',
);
const LOG_IN = new RegExp(
  `\\b(?:log ?in|sign ?in|already (?:a )?(?:subscriber|member|have an account))\\b|${FOREIGN_LOG_IN_WORDS}`,
  'iu',
);
/** A wall's box is a few short lines: more text than this (characters, spaces not counted) holds the story itself. */
const MAX_BOX_CHARS = 600;
/**
 * A box without a wall's name is told by a heading of its own over a line or two: more text than this (characters,
 * spaces not counted) is a section of the story about subscribing.
 */
const MAX_HEADED_BOX_CHARS = 300;
const HEADINGS = 'h2, h3, h4, h5, h6';
/**
 * A heading that is the wall's own call ("Register to continue", "Subscribe to keep reading"): the box under it may
 * list the plan's perks, so it is read as far as a named wall's.
 */
const WALL_HEADING =
  /^(?:subscribe|sign up|register|log ?in|sign in|create an? (?:free )?account)(?: now| today)? to (?:continue|keep reading|read (?:on|more|this))\b/i;
/** Blocks that hold a box; a paragraph is a line of the story, which the line rules judge. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);

/** True when the block's class, id or test id names it as the wall's inline barrier (`BARRIER_NAME`). */
function isBarrier(element: Element): boolean {
  const names = [classNames(element), element.id, element.getAttribute('data-testid') ?? ''];
  return BARRIER_NAME.test(names.map(nameWords).join(' '));
}

/**
 * True for the box a paywall shows where a paid story stops ("This article is exclusive to … subscribers", "Unlock
 * this article … by subscribing", "Already have an account? Log in", "View All Plans"): a block named as a wall whose
 * short text offers a subscription and a login, or a short unnamed block with a heading of its own that does (a "VIP
 * Pass" pitch in mid-story: "Subscribe now", "Already a subscriber? Sign in"). The story's paragraphs under a
 * `paywall` class offer neither.
 */
export function isPaywallBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const names = [classNames(element), nameWords(element.id)].join(' ');
  if (isBarrier(element)) return SUBSCRIBE.test(textWithin(element, MAX_BOX_CHARS) ?? '');
  const named = WALL_NAME.test(names);
  // Unnamed (hashed class names, or `vip-pass-promo`), a heading of its own says a template built the box.
  const heading = named ? null : element.querySelector(HEADINGS);
  if (!named && heading === null) return false;
  const wallHeading = heading !== null && WALL_HEADING.test(heading.textContent.trim());
  const text = textWithin(element, named || wallHeading ? MAX_BOX_CHARS : MAX_HEADED_BOX_CHARS);
  return text !== undefined && SUBSCRIBE.test(text) && LOG_IN.test(text);
}
