import { isCommentSection } from '../is-comment-section';
import { itemsNamedAlike } from './items-named-alike';

/**
 * A class token that names one comment in the language of the site's own CMS: Spanish and Portuguese `comentario`,
 * `comentário` (El Tiempo, Latin American papers' in-house systems), German `kommentar`, Polish `komentarz`, Italian
 * `commento`, French `commentaire`; the words sites use for a reader's post where they call the section otherwise:
 * French `reaction` (Le Figaro's and Le Monde's "Réactions"), Dutch `reactie` ("Reacties"), German `beitrag` (a news
 * forum's "37 Beiträge"), Polish `wpis` (an entry), and a news forum's entry where the site calls its comment section
 * its forum (`forum-entry`, `forum_item` under DER SPIEGEL's and Der Standard's "Forum" or "Diskutieren Sie mit");
 * alone, as a list item (`comentario-item`, `kommentar_entry`), or under a site's or block's prefix (`fig-reaction`,
 * `c-kommentar`); and the `reply` items of Korean newspaper CMSs, which call a reader's comment a reply
 * (`li.reply_item` in `ul.reply_list`, Dong-A and many regional dailies). The singular only: the plural names the
 * section.
 */
const LOCALIZED_COMMENT =
  /^(?:[a-z0-9]+[-_])?(?:comentario|comentário|kommentar|komentarz|commento|commentaire|r[ée]action|reactie|beitrag|wpis|forum[-_]?(?:entry|item|post|beitrag))(?:[-_]?(?:item|entry|box|single))?$|^reply[-_]?(?:item|view|box|cont)$/i;
/** The elements worth testing against `LOCALIZED_COMMENT`: the words the generic `comment` cut does not reach. */
export const LOCALIZED_CANDIDATES =
  '[class*="mentar" i], [class*="reply" i], [class*="eacti" i], [class*="beitrag" i], [class*="wpis" i], [class*="forum" i]';
/**
 * A control is never a comment: a row of emoji reaction buttons (`button.reaction`, "👍 3") sits in many comment
 * sections' heads, named like the French sites' reactions.
 */
const CONTROL = 'a, button, label, [role="button"]';
/**
 * Such a token is weaker evidence than the English `comment` (an `li.reply_item` may be a Q&A page's answer): at least
 * this many elements under one parent must share it…
 */
const MIN_SIBLINGS = 2;
/**
 * …and their list must lie in the page's comment section, known by its heading ("Comentarios (2)", "댓글 3", see
 * `isCommentSection`): the list's parent or the block around it opens on it, or on a head block holding it.
 */
const SECTION_LEVELS = 2;

/** True when `parent`, or a block just above it, is a comment section under its heading (or opens on a head that is). */
export function underCommentHeading(parent: Element): boolean {
  let at: Element | null = parent;
  for (let level = 0; at && level < SECTION_LEVELS; level++, at = at.parentElement) {
    const head = at.firstElementChild;
    if (isCommentSection(at) || (head && head !== parent && isCommentSection(head))) return true;
  }
  return false;
}

/**
 * The elements of `candidates` whose class names one comment in another language (see `LOCALIZED_COMMENT`), when their
 * parent holds at least `MIN_SIBLINGS` elements named alike and lies under a comment section's heading.
 */
export function localizedCommentItems(candidates: readonly Element[]): Set<Element> {
  const items = candidates.filter((element) => !element.closest(CONTROL));
  return itemsNamedAlike(items, (token) => LOCALIZED_COMMENT.test(token), underCommentHeading, MIN_SIBLINGS);
}
