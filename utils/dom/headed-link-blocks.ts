import { FOREIGN_MOST_READ_LABELS, FOREIGN_READ_LABELS } from './foreign-labels';
import { CJK_MOST_READ_LABELS } from './related-box-labels';
import { isKeepReadingHeading } from './keep-reading-heading';
import { isMoreFromHeading } from './more-from-heading';
import { isSponsoredLinksHeading } from './sponsored-links-heading';
import { isLinkItem, type LineLinks } from './trim-link-runs';
import { MIN_PARAGRAPH_CHARS } from './prose-chars';

/**
 * Headings of the related-story, social and promo blocks sites put inside the post ("Don't Miss", "More on X"), and the
 * "Go deeper" heading a smart-brevity story closes on, over links to earlier stories ("Go Further", as National
 * Geographic heads its closing cards). Government newsrooms add their own: "Related news releases" / "Related media
 * releases" over earlier releases, Canada.ca's "Associated links" under every news release, and "Stay connected" over
 * the agency's social accounts. Podcast pages add "More episodes" over earlier episodes and "Links mentioned" / "Links
 * from this episode" over the links the hosts cite (a closing list of references, like a fact-check's "Sources"). A
 * newspaper's "More <section>" box ("More Business", "More Local News"), as Hearst and other chains put one inside the
 * story, heads the section's latest links like "More stories". Vox Media's Chorus sites (Vox, The Verge, SB Nation,
 * Eater) close every story on a "Next Up In <section>" box of the section's latest links, a "More in" box by another
 * name. A broadcaster points to its other services so under the story ("Elsewhere on the BBC", "Around the BBC"). A
 * media archive heads the other items of the same unit or subject so ("Related images", "More like this").
 */
const BLOCK_HEADING =
  /^(?:don'?t miss|featured(?: (?:posts?|content|stories|articles|videos?))?|(?:most )?popular(?: (?:posts?|stories|articles|videos?|now))|most popular(?: [\w-]+){0,3}|trending(?: now| stories)?|(?:also|more|related|next up) (?:on|from|in|at) [\w.'’& -]{1,40}|(?:elsewhere (?:on|from|in|at)|around) the [\w.'’&-]+(?: [\w.'’&-]+)?|related(?: (?:posts?|stories|articles|links|content|coverage|reading|(?:news|media|press) releases|images|photos|videos|galleries))?|more like this|associated links|stay connected|you (?:may|might) also (?:like|enjoy)|recommended(?: for you| stories| reading)?|latest (?:articles?|posts?|stories|news)|read next|further reading|go deeper|go further|dig deeper|dive deeper|share this(?: article| story| post)?|(?:our )?top(?: [\w-]+){0,2} stories|editors'? picks?|we also recommend|(?:people|readers) (?:also )?(?:read|viewed|liked)|similar (?:articles|posts|stories)(?: you (?:may|might) (?:like|enjoy))?|most (?:read|viewed|shared|emailed|commented|talked about)(?: [\w-]+){0,3}|(?:shared|most shared) on (?:facebook|twitter)|more (?:stories|news|articles|posts|videos|reviews|recipes|galleries|photos|podcasts|interviews)|recent (?:articles|posts|stories)|explore related topics|(?:more|latest|recent|other|previous) episodes(?: of [\w'’& -]{1,40})?|(?:links|resources|books|articles) (?:mentioned|referenced)(?: in (?:this|the|today['’]s) (?:episode|show))?|links (?:from|for) (?:this|the|today['’]s) (?:episode|show)|(?:episode|show) links|mentioned in (?:this|the|today['’]s) episode|more (?:local |world |national )?(?:business|sports|politics|opinion|entertainment|health|science|technology|tech|lifestyle|food|travel|money|markets|news)(?: news| stories)?)\s*(?:[:»]|\.{3}|…)?$/i;
/** Short lines (characters) inside such a block that are no link item are its counters and labels ("408 Likes"). */
const MAX_BLOCK_LABEL_CHARS = 40;
const isParagraph = (line: LineLinks): boolean => line.sentence && line.chars >= MIN_PARAGRAPH_CHARS;
/**
 * The story's own subheading ends a block when prose follows it within this many lines: a ratings piece's section
 * heading ("Midfield") over its first player's label line ("Ben Wilde - 4") and paragraph.
 */
const MAX_SUBHEADING_LEAD = 3;

/** True when a paragraph follows line `at` within `MAX_SUBHEADING_LEAD` lines, with no link item before it. */
function leadsProse(lines: readonly LineLinks[], at: number): boolean {
  for (let k = at + 1; k <= at + MAX_SUBHEADING_LEAD && k < lines.length; k++) {
    const line = lines[k];
    if (!line || isLinkItem(line)) return false;
    if (isParagraph(line)) return true;
  }
  return false;
}

/**
 * The same headings in other languages: read-also labels ("Lire aussi", "Más información") and most-read rails ("Lo más
 * visto", "Meistgelesen", "アクセスランキング"). Alone they are no boilerplate line, so that the links under them go with them.
 */
const FOREIGN_BLOCK_HEADING = new RegExp(
  `^(?:${FOREIGN_READ_LABELS}|${FOREIGN_MOST_READ_LABELS}|${CJK_MOST_READ_LABELS})\\s*(?:[:»›]|\\.{3}|…)?$`,
  'iu',
);

/** True when a (trimmed) line heads a related-story, social or promo block ("Don't Miss", "More on X"). */
export const isBlockHeading = (line: string): boolean =>
  BLOCK_HEADING.test(line) ||
  FOREIGN_BLOCK_HEADING.test(line) ||
  isKeepReadingHeading(line) ||
  isSponsoredLinksHeading(line) ||
  isMoreFromHeading(line);

/**
 * Indices of lines in heading-led link blocks: a block heading line (`headings[i]`) and the link items and short
 * labels after it, when at least one link item follows (or the block runs to the article's end). A heading followed
 * by prose stays. Headings that are boilerplate on their own ("Related stories:") are already gone; the lists under
 * those stay, as the gold of Dragnet dev keeps them (marking them cost recall on 7 pages). A line marked in `stops`
 * ends a block, and so does a line the page sets as a heading element (`subheadings[i]`: the story's own subheading)
 * after the block's links when prose follows it (`leadsProse`), however many short lines come between.
 */
export function headedLinkBlocks(
  lines: readonly LineLinks[],
  headings: readonly boolean[],
  stops: readonly boolean[] = [],
  subheadings: readonly boolean[] = [],
): Set<number> {
  const dropped = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!headings[i]) continue;
    let items = 0;
    let afterLastItem = i + 1;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      // A contact label ("Contacts") after the links heads the release's contacts, which the parser reads with their
      // label (Canada.ca closes every release on "Associated links", then "Contacts"): the block ends there.
      if (!line || stops[j]) break;
      if (items > 0 && subheadings[j] === true && !headings[j] && leadsProse(lines, j)) break;
      if (isLinkItem(line)) {
        items++;
        afterLastItem = j + 1;
      } else if (!headings[j] && (line.chars > MAX_BLOCK_LABEL_CHARS || line.sentence)) break;
    }
    // One short line between the last link item and the paragraph that ends the block heads that paragraph: the
    // story's own subheading right under a "Don't miss:" run of links ("DON'T MISS: … [INSIGHT]", then "Netting and
    // leaves"). Several such lines are the block's counters ("924 ARTICLES", "45 COMMENTS"), and a line over a short
    // sentence is the next promo's heading ("Mobile Apps" over "On The Go.").
    const next = lines[j];
    const headsParagraph =
      items > 0 && j === afterLastItem + 1 && !headings[afterLastItem] && next !== undefined && isParagraph(next);
    const end = headsParagraph ? afterLastItem : j;
    if (items > 0 || j === lines.length) for (let k = i; k < end; k++) dropped.add(k);
    // A heading inside [i, j) would scan to the same j with no more items: skipping it keeps the pass linear.
    i = j - 1;
  }
  return dropped;
}
