import { hasOwnText } from './has-own-text';
import { REGISTER_BUTTON } from './is-event-promo-box';
import { SIGN_UP_CTA } from './is-sign-up-box';
import { textOf } from './text-of';
import { textWithin } from './text-within';
import { isPhrasing } from './phrasing-tags';

/** Blocks that hold a box; a paragraph is a line of the story, which the line rules judge. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/** A boxed pitch is a line or two (characters other than spaces); more is a part of the story. */
const MAX_PITCH_CHARS = 300;
/** Lines a boxed pitch has: the pitch, maybe a label over it ("Billboard VIP Pass"). */
const MAX_LINES = 2;
/** Links a boxed pitch has: its sign-up link, maybe the newsletter's name. */
const MAX_LINKS = 2;
/** Block tags that make a line of a box, and make its shape; inline tags (links, bold, spans) do not. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'BLOCKQUOTE', 'FIGURE', 'TABLE', 'FORM']);
/** Parts a pitch box has not: a heading (isPitchBox judges those), a picture, a list, a quote, a table. */
const NOT_IN_PITCH = 'h1, h2, h3, h4, h5, h6, img, picture, video, ul, ol, blockquote, table, figure';
/**
 * The site asking the reader to subscribe, in the words sites use: a sign-up with what it brings ("Sign up here to get
 * it in your inbox", "Subscribe to the … YouTube Channel", "Click here to subscribe to the Sentinel's e-paper",
 * "Subscribe now"), the reader's inbox ("Get a weekly roundup in your inbox instead"), a trial ("click here to try
 * Breakingviews for free"). A sentence of the story that mentions a sign-up ("Residents can sign up to volunteer")
 * names none of these things.
 */
const SIGN_UP = /\b(?:sign(?:ing)?[- ]?up|subscrib(?:e|ing))\b/i;
const SIGN_UP_OBJECT =
  /\b(?:newsletters?|inbox|e-?mails?|updates|alerts|channel|e-?paper|editions?|content|deals|here|now|today|for free)\b/i;
const OTHER_PITCHES = [
  /\b(?:in|into|to) your inbox\b/i,
  /\bclick here to (?:subscribe|sign up|try|join|download)\b/i,
  /\btry [^.!?]{1,40}? (?:for )?free\b|\bfree trial\b/i,
];
/** A link into the site's sign-up pages: a path segment "subscribe", "subscription", "newsletter(s)", "signup". */
const SIGN_UP_PATH = /\/(?:subscribe|subscriptions?|newsletters?|sign-?up)(?:[/?#.-]|$)/i;

/** Whether the box's words, or a link's target, pitch a subscription, or it closes on a sign-up button's words. */
function pitches(element: Element, text: string): boolean {
  if (SIGN_UP.test(text) && SIGN_UP_OBJECT.test(text)) return true;
  if (OTHER_PITCHES.some((pattern) => pattern.test(text))) return true;
  const links = element.getElementsByTagName('a');
  for (const link of links) {
    if (SIGN_UP_PATH.test(link.getAttribute('href') ?? '')) return true;
  }
  // "… join a growing community of more than 200,000 academics … <a>Register now</a>": a button's words closing the
  // box.
  const last = links[links.length - 1];
  const label = last ? textOf(last) : '';
  return (SIGN_UP_CTA.test(label) || REGISTER_BUTTON.test(label)) && text.endsWith(label);
}

/** The block children of an element that hold text: the lines of a box. */
function lineCount(element: Element): number {
  let lines = 0;
  let inline = false;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) {
      if (textOf(node).length > 0) lines += 1;
    } else if ((node.textContent ?? '').trim().length > 0) inline = true;
  }
  return lines + (inline ? 1 : 0);
}

/** Levels of a block's shape compared: a wrapper, its blocks and theirs. */
const SHAPE_DEPTH = 3;

/** An element's shape as its siblings are compared: its tag and, a few levels down, its children's, inline ones aside. */
function shapeOf(element: Element, depth = SHAPE_DEPTH): string {
  const tag = element.tagName.toUpperCase();
  if (depth === 1) return tag;
  const blocks = [...element.children].filter((child) => !isPhrasing(child));
  return `${tag}(${blocks.map((child) => shapeOf(child, depth - 1)).join(',')})`;
}

/**
 * Whether the box is set apart from the blocks around it: the outermost wrapper that holds only it has no sibling of
 * its shape. A story's paragraphs come in one shape (bare `<p>`s, or each in a `<div>` as some builds wrap them), so a
 * paragraph of the story is never apart from the others; a promo wrapped differently is.
 */
function isApart(element: Element): boolean {
  let top = element;
  while (top.parentElement && top.parentElement.children.length === 1) top = top.parentElement;
  const parent = top.parentElement;
  if (!parent) return false;
  const shape = shapeOf(top);
  for (const sibling of parent.children) if (sibling !== top && shapeOf(sibling) === shape) return false;
  return true;
}

/**
 * True for a site's subscription pitch boxed on its own inside or under a story, whatever its class names: a line or
 * two in a block of its own ("Fortune CEO Daily is the essential read for leaders. Sign up here to get it in your
 * inbox.", "For more insights like these, click here to try Breakingviews for free.", "Find out what's happening in
 * Maplewood with free, real-time updates from Patch. Let's go!" linking to /subscribe), as news sites set newsletter,
 * trial and channel pitches between and after the paragraphs. A paragraph of the story that speaks of signing up is
 * not boxed apart from the paragraphs around it, or names no newsletter, inbox or trial.
 */
export function isBoxedPitch(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const raw = textWithin(element, MAX_PITCH_CHARS);
  if (raw === undefined) return false;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || element.querySelector(NOT_IN_PITCH) !== null) return false;
  if (element.getElementsByTagName('a').length > MAX_LINKS) return false;
  // A wrapper around one block is read as that block: <div><div><p>…</p></div></div> is one line.
  let inner = element;
  for (let only = inner.firstElementChild; only && inner.children.length === 1 && !hasOwnText(inner);) {
    if (!BLOCK_TAGS.has(only.tagName.toUpperCase())) break;
    inner = only;
    only = inner.firstElementChild;
  }
  if (lineCount(inner) > MAX_LINES) return false;
  return pitches(element, text) && isApart(element);
}
