import { commonAncestor } from './common-ancestor';
import { CUE_SELECTOR, isCue } from './section-cue';
import type { FoundComment, FoundComments } from './found-comment';
import { MAX_SIGNATURE_CHARS, readSignatureLine, SIGNATURE_OPENER } from './signature-line';
import { textOf } from '../text-of';
import { lineWithin } from '../text-within';

/** Elements a signature line is written in. */
const SIGNATURE_TAGS = 'p, div, span, dd, li, small, td';
/** One signature is the post's own byline; a discussion repeats the author + text + signature shape. */
const MIN_SIGNATURES = 2;
/** A comment's text is at most this many sibling blocks back from its signature (a bound on the walk, in elements). */
const MAX_BODY_SIBLINGS = 20;
/** How far up from the signature to look for the comment's text when the signature sits in its own footer. */
const MAX_CLIMB = 2;
/** Blocks that end a comment's text when walking back from its signature: headings, rules, forms. */
const BOUNDARY_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'FORM', 'HEADER', 'NAV', 'SCRIPT']);
/** How many signatures lie under each element (ancestors included), so containment checks are lookups. */
function countUnder(signatures: readonly Element[]): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const signature of signatures) {
    for (let at: Element | null = signature; at; at = at.parentElement) counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  return counts;
}

/**
 * The signatures after the page's first comment-section cue: signatures before it are the posts' own bylines
 * ("Posted by EDITOR at 9:00"), and without a cue a run of them is a blog's front page, not a discussion. One query
 * keeps document order without comparing nodes.
 */
function signaturesAfterCue(doc: Document, signatures: readonly Element[]): Element[] {
  const wanted = new Set(signatures);
  const after: Element[] = [];
  let cued = false;
  for (const element of doc.querySelectorAll(`${CUE_SELECTOR}, ${SIGNATURE_TAGS}`)) {
    if (cued && wanted.has(element)) after.push(element);
    else if (!cued) cued = isCue(element);
  }
  return after;
}

/** The innermost elements whose whole text is a signature line. */
function findSignatures(doc: Document): Element[] {
  if (!SIGNATURE_OPENER.test(doc.documentElement?.textContent ?? '')) return [];
  // A bounded read: a wrapper's text is past the bound after a few words, where its whole text would read the page.
  const candidates = [...doc.querySelectorAll(SIGNATURE_TAGS)].filter((element) => {
    const line = lineWithin(element, MAX_SIGNATURE_CHARS);
    return line !== undefined && readSignatureLine(line) !== undefined;
  });
  const set = new Set(candidates);
  // A candidate holds at most MAX_SIGNATURE_CHARS of text, so looking inside it is cheap.
  return candidates.filter((element) => ![...element.querySelectorAll(SIGNATURE_TAGS)].some((inner) => set.has(inner)));
}

/** The comment text before a signature: its preceding sibling blocks, back to the previous comment or a boundary. */
function bodyBefore(signature: Element, under: ReadonlyMap<Element, number>): Element[] {
  const body: Element[] = [];
  for (let at = signature.previousElementSibling, n = 0; at && n < MAX_BODY_SIBLINGS; at = at.previousElementSibling) {
    n++;
    if (BOUNDARY_TAGS.has(at.tagName.toUpperCase()) || under.has(at)) break;
    const text = textOf(at);
    // An empty named anchor (`<a name="c123">`) starts the comment it names.
    if (text.length === 0 && at.tagName.toUpperCase() === 'A' && (at.id || at.getAttribute('name'))) break;
    if (text.length > 0) body.unshift(at);
  }
  return body;
}

/**
 * Comments shown as text followed by a signature line ("Posted by: NAME at DATE"), flat, with no per-comment class
 * (Movable Type, TypePad). Needs the shape repeated at least twice; the signature's own parent is the comment's
 * element when it holds only that comment. `parts` lists the comment elements, since the common ancestor of flat
 * comments is often the post's column too and must not be cut from the article.
 */
export function findSignature(doc: Document): FoundComments | undefined {
  const found = findSignatures(doc);
  if (found.length < MIN_SIGNATURES) return undefined;
  const signatures = signaturesAfterCue(doc, found);
  if (signatures.length < MIN_SIGNATURES) return undefined;
  const under = countUnder(signatures);
  const comments: FoundComment[] = [];
  const parts: Element[] = [];
  for (const signature of signatures) {
    const match = readSignatureLine(textOf(signature));
    let anchor: Element = signature;
    let body = bodyBefore(anchor, under);
    for (let climb = 0; body.length === 0 && climb < MAX_CLIMB && anchor.parentElement; climb++) {
      anchor = anchor.parentElement;
      if ((under.get(anchor) ?? 0) > 1) break;
      body = bodyBefore(anchor, under);
    }
    if (body.length === 0 || !match) continue;
    const parent = signature.parentElement;
    comments.push({
      element: parent && under.get(parent) === 1 ? parent : signature,
      authorName: match.author,
      date: signature,
      dateTime: match.date,
      body,
    });
    parts.push(...body, signature);
  }
  if (comments.length < MIN_SIGNATURES) return undefined;
  const region = commonAncestor(comments.map((comment) => comment.element));
  return region ? { system: 'signature', region, comments, parts } : undefined;
}
