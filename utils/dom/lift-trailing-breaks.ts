import { isBreak } from './is-break';
import { nonBlankBackFrom } from './non-blank-from';
import { PHRASING_TAGS } from './phrasing-tags';

/** A paragraph break set with line breaks is two `<br>`s at least; one is a line break inside the paragraph. */
const MIN_BREAKS = 2;

/** The `<br>`s closing `element`, in order, with only white space between and after them. */
function trailingBreaks(element: Element): Element[] {
  const breaks: Element[] = [];
  for (
    let node = nonBlankBackFrom(element.lastChild);
    node && isBreak(node);
    node = nonBlankBackFrom(node.previousSibling)
  )
    breaks.unshift(node as Element);
  return breaks;
}

/** True for an inline element (`<span>`, `<font>`, `<b>`): its text runs on in the line of the block around it. */
const isInline = (element: Element): boolean => {
  const tag = element.tagName.toUpperCase();
  return tag !== 'BR' && PHRASING_TAGS.has(tag);
};

/**
 * Moves the line breaks that close an inline element to after it, in the copy Readability reads: a story set in runs
 * of text closed by `<br><br>` whose lead run sits in a `<span>` or `<font>` of its own (`<span class="lead">First
 * paragraph.<br><br></span>Second paragraph.<br><br>`, as older CMSs and Reuters' `span#articleText` set it).
 * Readability turns a run of breaks into a paragraph inside the element that holds them, so the break closing the
 * inline element separates nothing and the next run joins the lead run on one line. After the element, the break
 * parts the two runs as the page shows them. One `<br>` is a line break within the run, and stays where it is. Edits
 * the copy in place.
 */
export function liftTrailingBreaks(clone: Document): void {
  const done = new Set<Element>();
  for (const br of clone.querySelectorAll('br')) {
    let parent = br.parentElement;
    if (!parent || done.has(parent) || !isInline(parent)) continue;
    done.add(parent);
    let breaks = trailingBreaks(parent);
    // Up through nested inline elements that the breaks close too (`<font><b>…<br><br></b></font>`); each element is
    // read once, at its first `<br>`.
    while (parent && isInline(parent) && breaks.length >= MIN_BREAKS) {
      parent.after(...breaks);
      parent = parent.parentElement;
      breaks = parent ? trailingBreaks(parent) : [];
    }
  }
}
