import type { Span } from '../model';
import { appendBlocks } from './append-blocks';
import { appendHeaderLines } from './append-header-lines';
import { blockText } from './block-text';
import { chooseDeclaredContent } from './choose-declared-content';
import { widenBuilderRow } from './widen-builder-row';
import { widenSplitTextBox } from './widen-split-text-box';
import { widenOverOpeningBox } from './widen-over-opening-box';
import { widenLiveStream } from './widen-live-stream';
import { widenUnderHeadline } from './widen-under-headline';
import { declaredLineFilter } from './declared-line-filter';
import { DeclaredText } from './declared-text';
import { isContactLabel } from '../page/read-contact-block';
import { headedLinkBlocks, isBlockHeading } from './headed-link-blocks';
import { elementsBefore, firstParagraph } from './first-paragraph';
import { furnitureTest } from './furniture-test';
import { retryWithoutCookieNotice } from './retry-without-cookie-notice';
import { headerAround, headerBlock } from './header-block';
import { holdsByline } from './holds-byline';
import { isDateStamp } from './is-date-stamp';
import { isBoilerplateLine } from './is-boilerplate-line';
import { isPagerWordHeading } from './is-pager-word-heading';
import { isDescribedSummary } from './is-described-summary';
import { isApartDescribedDek } from './is-apart-described-dek';
import { isHeadlinePairDek } from './is-headline-pair-dek';
import { isControlRow } from './is-control-row';
import { isDescriptionDek } from './is-description-dek';
import { isBulletDek } from './is-bullet-dek';
import { isChartCaption } from './is-chart-caption';
import { isChartTitle } from './is-chart-title';
import { isFigureTitle } from './is-figure-title';
import { isDekText } from './dek-text';
import { isDekOverByline } from './dek-over-byline';
import { isBoldDek, leadingBoldDek } from './is-bold-dek';
import { isReleaseSubheadline } from './release-subheadline';
import { isHeadingOverFurniture } from './is-heading-over-furniture';
import { isOrphanWidgetLabel } from './is-orphan-widget-label';
import { isHeadedFurnitureBox } from './is-headed-furniture-box';
import { isDek, isLeadDek, isNamedDek } from './is-dek';
import { isListUnderFurnitureHeading } from './is-list-under-furniture-heading';
import { isPostStamp } from './is-post-stamp';
import { isTeaserLine } from './is-teaser-line';
import { isWikiChrome } from './is-wiki-chrome';
import { isSiteTagline } from './is-site-tagline';
import { isCaptionParagraph } from './is-caption-paragraph';
import { isHeadlineSiblingDescription } from './is-headline-sibling-description';
import { isColumnNamedDek } from './is-column-named-dek';
import { labelsAboveHeadline } from './labels-above-headline';
import { originalOf } from './original-of';
import { ownRuns } from './own-runs';
import { amongBrokenRunsTest } from './among-broken-runs-test';
import { pageAddressTest } from './page-address-test';
import { pullQuoteTest } from './pull-quote-test';
import { readClone } from './read-clone';
import { readDeclaredBody } from './read-declared-body';
import { retryWithoutLinkList } from './retry-without-link-list';
import { widenPastTeaserFeed } from './widen-past-teaser-feed';
import { outsideStoryTest, trailingTeaserFeeds } from './trailing-teaser-feed';
import { siteNameOf, siteNameTest } from './site-name-test';
import { inPersonBox } from './is-person-box';
import { isCommentSection } from './is-comment-section';
import { isSiteNameLabel } from './is-site-name-label';
import { mergedChainOf, mergedWrapperOf } from './merged-wrapper-of';
import { misnamedStoryBoxes } from './misnamed-story-boxes';
import { classTokens } from './class-tokens';
import { subheadingTexts } from './subheading-texts';
import { TextBuilder } from './text-builder';
import { textOf } from './text-of';
import { trimLinkRuns, type LineLinks } from './trim-link-runs';
import { unnamedLeadingDek } from './unnamed-leading-dek';

/** Readability's own default: below this many characters it keeps looking (ours: same, stated for the reader). */
const MIN_ARTICLE_CHARS = 500;
/** Readability's threshold for the first pass: any text is enough, so it never retries (see `extractArticle`). */
const FIRST_PASS_CHARS = 1;
/** A furniture-named element holding more than this share of the article's text is the article, misnamed. */
const MAX_FURNITURE_SHARE = 0.5;
/**
 * The tags a dek named in the header's words ("summary", "teaser") is printed in right under the headline: a paragraph,
 * or a heading a level below the headline's (`h1.headline` over `h2.summary`, as magazine and WordPress templates set
 * the dek in a larger face).
 */
const NAMED_DEK_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6']);
/**
 * A line with more than this share of link text is dropped. Measured on the Dragnet dev split, dropping link-dense
 * lines (0.6) cost more recall (link round-up posts) than it gained precision (F1 0.915 vs 0.919), so it is off.
 */
const MAX_LINK_SHARE = 1;

/**
 * The text of the story's first paragraph when it is the dek over the byline (`isDekOverByline`), set in bold
 * (`isBoldDek`), set right under the headline apart from the story's block (`isDescriptionDek`) or a press release's
 * subheadline over its dateline (`isReleaseSubheadline`).
 */
function dekOverByline(
  paragraph: Element | undefined,
  description: string | undefined,
  inBody: (node: Text) => boolean,
  headline?: Element,
): string | undefined {
  if (!paragraph) return undefined;
  return isDekOverByline(paragraph, description, inBody) ||
    isBoldDek(paragraph, description) ||
    isDescriptionDek(paragraph, headline, description) ||
    isReleaseSubheadline(paragraph)
    ? textOf(paragraph)
    : undefined;
}

/** A test for live-page text nodes: is this one part of the clone subtree `root`? */
function bodyTexts(root: Element, pairs: ReadonlyMap<Node, Node>): (node: Text) => boolean {
  const originals = new Set<Node>();
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === 3) {
      const original = pairs.get(node);
      if (original) originals.add(original);
    }
    for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
  }
  return (node) => originals.has(node);
}

/** A line a walk would keep, with how much of it is link text. */
interface WalkedLine {
  line: string;
  linkChars: number;
  /** The line is a heading element's (`<h2>`–`<h6>`): a subheading of the story, or a box's label. */
  heading: boolean;
}

/** The heading tags a story's own subheadings are set in. */
const SUBHEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/** The lines a walk of `root` would keep, for measuring them before the real walk. */
function walkLines(
  root: Element,
  skip: (element: Element) => boolean,
  keep: (line: string, linkChars: number, block?: Element) => boolean,
  all?: string[],
): WalkedLine[] {
  const lines: WalkedLine[] = [];
  appendBlocks(new TextBuilder(), root, {
    skip,
    keep: (line, linkChars, block) => {
      all?.push(line);
      if (keep(line, linkChars, block))
        lines.push({
          line,
          linkChars,
          heading: block !== undefined && SUBHEADING_TAGS.has(block.tagName.toUpperCase()),
        });
      return false;
    },
  });
  return lines;
}

/** A line ending like a sentence is prose, never a list label. */
const SENTENCE_END = /[.!?"”’)]$/u;
/** A line ending on a colon leads in what follows it. */
const LEAD_IN_END = /:$/u;
/** A number the writer put before a list line as its place: "3. ", "12) ". */
const ORDINAL = /^\s*(\d{1,3})[.)]\s/u;
/** The place a line opens on ("3. Blue floral wallpaper" is 3), or undefined. */
const ordinalOf = (line: string): number | undefined => {
  const match = ORDINAL.exec(line);
  return match?.[1] === undefined ? undefined : Number(match[1]);
};

/** What the article pass produced. */
export interface ArticleResult {
  /** Spans of the article lines written into the builder. */
  lines: Span[];
  /** True when Readability found an article; false when we fell back to the page's whole visible text. */
  readable: boolean;
  /** The text of the block the page names as its standfirst (dek), above the story, when there is one. */
  standfirst?: string;
}

/**
 * Writes the article body into `builder`, one paragraph per line. Readability runs on a deep CLONE of the document
 * (it edits what it reads); each clone text node is paired with its original before that, so the text map points at
 * the live page. `exclude` (the comment region, in the original document) is left out even if Readability kept it;
 * `comments` (the comments' own elements) are taken out of the clone before Readability reads it. `description` and
 * `bylines` are the page's declared ones, when the caller has read its metadata (else the bylines are read here).
 */
export function extractArticle(
  doc: Document,
  builder: TextBuilder,
  exclude: readonly Element[] = [],
  headline?: Element,
  comments: readonly Element[] = [],
  description?: string,
  bylines?: readonly string[],
): ArticleResult {
  const excluded = new Set<Node>(exclude);
  // Readability's first, strictest pass is trusted at any length. Below its threshold Readability retries without its
  // filters and keeps the LONGEST attempt, which on a short blog post is the sidebar, and it re-parses the page for
  // each retry, so the text no longer maps to the page. Only when that pass finds nothing does the full search run.
  // Dragnet dev split: F1 0.935 → 0.940; a fallback below 60/150/300 characters scored 0.937/0.938/0.937.
  let { content, pairs } = readClone(doc, comments, headline, FIRST_PASS_CHARS);
  if ((content?.textContent ?? '').trim().length === 0) {
    ({ content, pairs } = readClone(doc, comments, headline, MIN_ARTICLE_CHARS));
  }
  ({ content, pairs } = retryWithoutLinkList(doc, { content, pairs }, comments, headline, FIRST_PASS_CHARS));
  // A cookie notice left in the page, longer than a short story: read again without it.
  ({ content, pairs } = retryWithoutCookieNotice(doc, { content, pairs }, comments, headline, FIRST_PASS_CHARS));
  // A short story beside a column of teasers with long abstracts: the column outscored the story.
  ({ content, pairs } = widenPastTeaserFeed(doc, { content, pairs }, comments, headline));
  ({ content, pairs } = widenBuilderRow(doc, { content, pairs }, comments, headline));
  ({ content, pairs } = widenSplitTextBox(doc, { content, pairs }, comments, headline));
  // A story's opening paragraphs in a box of their own before the kept one (a paywall's free preview).
  ({ content, pairs } = widenOverOpeningBox(doc, { content, pairs }, comments, headline));
  ({ content, pairs } = widenLiveStream(doc, { content, pairs }, comments, headline));
  // Unknown builders: the story's other text boxes, under the headline (after the named rules, which read less).
  ({ content, pairs } = widenUnderHeadline(doc, { content, pairs }, comments, headline));
  // A body the page declares (JSON-LD, microdata) checks Readability's choice, and later our lines.
  const declared = readDeclaredBody(doc);
  const declaredText = declared ? new DeclaredText(declared.text) : undefined;
  if (declared && declaredText) {
    ({ content, pairs } = chooseDeclaredContent(doc, { content, pairs }, declared, declaredText, comments, headline));
  }
  let inDeclared: ((line: string) => boolean) | undefined;
  const source = (node: Text): Text | undefined => pairs.get(node) as Text | undefined;
  // Read once: it may parse the page's JSON-LD, and two tests use it.
  const siteName = siteNameOf(doc);
  const isSiteName = siteNameTest(doc, siteName);
  const isPageAddress = pageAddressTest(doc);
  // The measuring walk and the real one test the same lines: each line's furniture verdict is worked out once.
  const furniture = new Map<string, boolean>();
  const isFurnitureLine = (line: string): boolean => {
    let verdict = furniture.get(line);
    if (verdict === undefined) furniture.set(line, (verdict = isBoilerplateLine(line)));
    return verdict;
  };
  // A subheading Markdown anchors ("## Next") is the writer's, whatever pager word it is (see `isPagerWordHeading`).
  const keep = (line: string, linkChars: number, block?: Element): boolean =>
    linkChars / line.length <= MAX_LINK_SHARE &&
    (!isFurnitureLine(line) || isPagerWordHeading(block, line)) &&
    (!isSiteName(line) || isSiteNameLabel(block, line)) &&
    !isPageAddress(line) &&
    !isTeaserLine(line, linkChars) &&
    (inDeclared?.(line) ?? true);
  if (content && (content.textContent ?? '').trim().length > 0) {
    const root = content;
    const isFurnitureBlock = furnitureTest(doc, siteName, bylines);
    const isPullQuote = pullQuoteTest(root);
    // A story set in text boxes named like furniture ("widget") by a builder no rule knows is still the story.
    // A labelled feed of teasers closing a short story in the same kept block ("Latest News" over linked abstracts).
    // A brief's feed may follow less story when it lies outside the block holding the headline and the brief.
    const trailingFeeds = trailingTeaserFeeds(
      root,
      outsideStoryTest(headline, pairs),
      (block) => originalOf(block, pairs) ?? block,
    );
    const storyBoxes = misnamedStoryBoxes(
      root,
      (element) => isFurnitureBlock(originalOf(element, pairs) ?? element),
      // Its own names and its page element's: a copy Readability merged with its wrappers carries the outer one's.
      (element) => [...classTokens(element), ...classTokens(originalOf(element, pairs) ?? element)],
    );
    // Under the headline, furniture (a share row, the lead image's caption and credit) is left out as in the body, but
    // not a block holding the byline or date, which some templates name "meta", unless it is a date stamp the parser
    // cannot read (a Solar Hijri date), which it would take for the story's first line. A wiki's page metadata
    // ("Created by …, last modified by … on …") is the engine's, not the story's byline. A picture's caption is
    // furniture even when its credit is marked up as an author (`span.author`: the photographer). The block right under
    // the headline that the page's description repeats is the dek, whatever its name, and so is a line of prose there
    // that a layout column's name marks (`isColumnNamedDek`).
    const headerFurniture = (element: Element): boolean =>
      isFurnitureBlock(element) &&
      (!holdsByline(element) || isDateStamp(element) || isWikiChrome(element) || isCaptionParagraph(element)) &&
      !isHeadlineSiblingDescription(element, headline, description) &&
      !isColumnNamedDek(element, headline);
    // The headline goes first, then the byline and date Readability leaves out; the parser reads them off the first
    // lines. A headline Readability kept in the body is skipped there.
    // A block the page's description repeats (a summary block, or a dek set apart from the story) is the dek, not the
    // story's first paragraph, and so is the paragraph a header block pairs with the headline.
    const isDescribedDek = (element: Element): boolean =>
      isDescribedSummary(element, description) ||
      isApartDescribedDek(element, headline, description) ||
      isHeadlinePairDek(element, headline);
    const first = firstParagraph(root, pairs, headline && headerAround(headline), headline, isDescribedDek);
    // The page's header block, when Readability kept it above the story, is read as the header, not as the body.
    const header = headline ? headerBlock(headline, first && originalOf(first, pairs)) : undefined;
    const inBody = bodyTexts(root, pairs);
    const headlineLines = headline ? appendBlocks(builder, headline) : [];
    const headerLines = headline
      ? appendHeaderLines(
          builder,
          headline,
          (node) => inBody(node) && !(header?.contains(node) ?? false),
          (element) => excluded.has(element),
          headerFurniture,
          header,
          isControlRow,
        )
      : { lines: [] };
    const rootChars = (root.textContent ?? '').length;
    const rootOriginal = originalOf(root, pairs);
    // A dek Readability kept above the story is the summary under the headline, not its first paragraph: it is
    // written, and named to the parser as the standfirst.
    const leading = elementsBefore(root, first);
    // Above the story's first paragraph a block named "lead" is the dek too: a bold `div.lead` under the byline, as
    // Polish and Czech portals print the summary; so are summary bullets leading the story's block, as syndicated
    // copies of business news print their key points, unless they sit in a furniture box (a "Key Points" label over
    // them makes a summary box, which is left out).
    const firstOriginal = first && originalOf(first, pairs);
    const inFurnitureBox = (element: Element): boolean => {
      for (
        let at: Element | null = element;
        at && !(firstOriginal && at.contains(firstOriginal));
        at = at.parentElement
      )
        if (isFurnitureBlock(at)) return true;
      return false;
    };
    // When Readability re-parsed the page (too little text on its first pass: a main column named "sidebar-1") its
    // nodes pair with none of the page's and the headline it dropped is not there to stand under: the first paragraph
    // above the story, named as the header's dek, is it.
    const firstLeadingP = [...leading].find((element) => element.tagName.toUpperCase() === 'P' && isDek(element, true));
    // A heading named "subtitle" in a furniture box is that box's label (a post series' title over its parts).
    const outsideBoxes = [...leading].filter((element) => !inFurnitureBox(originalOf(element, pairs) ?? element));
    const leadingDek = outsideBoxes.find((element) => {
      const original = originalOf(element, pairs) ?? element;
      return (
        isNamedDek(original) ||
        (NAMED_DEK_TAGS.has(original.tagName.toUpperCase()) &&
          // Right under the headline, or under the block that holds it (a title row with its breadcrumb).
          ((headline !== undefined && original.previousElementSibling?.contains(headline) === true) ||
            (originalOf(element, pairs) === undefined && element === firstLeadingP)) &&
          isDek(original, true)) ||
        isLeadDek(original) ||
        isBulletDek(original, description) ||
        isDescribedDek(original)
      );
    });
    const leadingText = leadingDek ? blockText(leadingDek) : '';
    const standfirst =
      headerLines.standfirst ??
      (isDekText(leadingText)
        ? leadingText
        : unnamedLeadingDek(
            outsideBoxes,
            (element) => headline !== undefined && originalOf(element, pairs) === headline,
          )) ??
      dekOverByline(firstOriginal, description, inBody, headline) ??
      leadingBoldDek(outsideBoxes, (element) => originalOf(element, pairs) ?? element, description);
    const labels = labelsAboveHeadline(leading, pairs, headline);
    // Both walks below ask every block of the same copy whether it is left out, and nothing edits the copy or the page
    // between them (the reader's edits end with Readability): each block's answer is worked out once.
    const amongBrokenRuns = amongBrokenRunsTest(pairs);
    const skipped = new Map<Element, boolean>();
    const skip = (element: Element): boolean => {
      let verdict = skipped.get(element);
      if (verdict === undefined) skipped.set(element, (verdict = skipBlock(element)));
      return verdict;
    };
    const skipBlock = (element: Element): boolean => {
      if (labels.has(element) || trailingFeeds.has(element)) return true;
      // Only a real pair is compared with the comment region: a re-created wrapper would borrow its child's parent,
      // which may be a region that encloses the article too (a generic comment container around the whole post).
      const paired = pairs.get(element);
      if (paired && excluded.has(paired)) return true;
      const original = originalOf(element, pairs);
      if (headline && original === headline) return true;
      // A wrapper Readability re-created borrows its first child's page parent, which may be the header it now leads
      // (`<header>` kept above the story): a block that holds the story's first paragraph is never the header.
      if (original && header?.contains(original) && !(first && element.contains(first))) return true;
      if (original && isListUnderFurnitureHeading(original, isFurnitureBlock)) return true;
      // The site's tagline under its name, above the story, when Readability kept the page's column (a blog's motto).
      if (original && isSiteTagline(original, headline)) return true;
      // A block Readability re-created has no page element: its own siblings in the clone tell.
      if (isHeadingOverFurniture(original ?? element, isFurnitureBlock)) return true;
      // A recommendation widget's label whose cards Readability took out ("Promoted Stories" over nothing).
      if (original && isOrphanWidgetLabel(element, original)) return true;
      // A prompt box under its own subheading whose lines are all furniture takes the subheading with it.
      if (isHeadedFurnitureBox(element, isFurnitureLine)) return true;
      // A post's meta row Readability re-set as a bare `<p>` is read on its page element.
      if (isPullQuote(element, original) || isPostStamp(element) || (original && isPostStamp(original))) return true;
      // Readability drops a chart's frame but keeps its caption under it: the page's own element tells.
      if (original && isChartCaption(original)) return true;
      // A chart's or table's title over it is the chart's too (a table's caption, a frame's title as a heading).
      if (original && isChartTitle(original)) return true;
      // So is a title set inside the chart's figure, over the graphic the page draws.
      if (original && isFigureTitle(original)) return true;
      // A row of share and bookmark buttons in the story, whatever its names. The header walk does not write it either,
      // but counts it (not furniture there): a stretch it made short enough to be a header would write a lead
      // player's lines too.
      if (original && isControlRow(original)) return true;
      // Never the article itself: some sites put "widget" or "share" words on the main column. A block Readability
      // merged with its wrappers is named by any of them up to the outermost (`mergedWrapperOf`, `mergedChainOf`).
      const merged = original && pairs.has(element) ? mergedWrapperOf(element, original) : undefined;
      if (element === root || storyBoxes.has(element)) return false;
      // A writer's profile the page marks up as a person is no misnamed article, however long beside a short story
      // (Readability merges its wrappers, so a block inside the profile tells too).
      if (original && inPersonBox(original, rootOriginal)) return true;
      // So is a section under a comment heading ("Guest Book" over a death notice's condolences, longer than the notice),
      // when the story's first paragraph is not in it: a post whose meta row opens on "Leave a comment" is the story.
      if (original && !(firstOriginal && original.contains(firstOriginal)) && isCommentSection(original)) return true;
      // A block among `<br>` runs is read as the copy sets it too: a page rule sees no run's element (see
      // `amongBrokenRunsTest`).
      if (
        amongBrokenRuns(element) &&
        isFurnitureBlock(element) &&
        (element.textContent ?? '').length <= rootChars * MAX_FURNITURE_SHARE
      )
        return true;
      if (!(
        isFurnitureBlock(original ?? element) ||
        (merged && original && mergedChainOf(original, merged).some(isFurnitureBlock))
      ))
        return false;
      // A block Readability re-created borrows the name of its first child's page parent (so the wrapper around the
      // whole story may be named by a caption it opens on): a paragraph it re-set from a run of text set with `<br>`
      // is named by the block the runs sit in (`div.body-description` under `div.widget__body`), and that block
      // holding most of the story makes it no furniture, as the story's `<p>`s in it would be none.
      const chars = (element.textContent ?? '').length;
      const runsIn = original && !pairs.has(element) && ownRuns(original).broken ? original : undefined;
      const named = runsIn ? Math.max(chars, (runsIn.textContent ?? '').length) : chars;
      return named <= rootChars * MAX_FURNITURE_SHARE;
    };
    // A dry walk measures the lines: for the declared body's filter, and so that a link run at either end (menu,
    // teaser list) can be left out. `keep` has no declared filter yet; the lines it then drops are dropped here too.
    // Every line of the block, furniture lines too: the declared body may hold what our line rules drop (a match
    // report's team sheets), and it is still the same text.
    const blockLines: string[] = [];
    let walked = walkLines(content, skip, keep, blockLines);
    if (declaredText && !declared?.truncated) {
      inDeclared = declaredLineFilter(
        declaredText,
        walked.map(({ line }) => line),
        subheadingTexts(root),
        blockLines,
      );
      const filter = inDeclared;
      if (filter) walked = walked.filter(({ line }) => filter(line));
    }
    const measured: LineLinks[] = walked.map(({ line, linkChars }) => ({
      chars: line.length,
      linkChars,
      sentence: SENTENCE_END.test(line.trim()),
      leadIn: LEAD_IN_END.test(line.trim()),
      ordinal: ordinalOf(line),
    }));
    const headings = walked.map(({ line }) => isBlockHeading(line.trim()));
    const range = trimLinkRuns(measured);
    const blocks = headedLinkBlocks(
      measured,
      headings,
      walked.map(({ line }) => isContactLabel(line.trim())),
      walked.map(({ heading }) => heading),
    );
    let index = 0;
    const keepInRange = (line: string, linkChars: number, block?: Element): boolean => {
      if (!keep(line, linkChars, block)) return false;
      const at = index++;
      return at >= range.start && at < range.end && !blocks.has(at);
    };
    const bodyLines = appendBlocks(builder, content, { keep: keepInRange, skip, source });
    return {
      lines: [...headlineLines, ...headerLines.lines, ...bodyLines],
      readable: true,
      ...(standfirst ? { standfirst } : {}),
    };
  }
  const body = doc.body ?? doc.documentElement;
  if (!body) return { lines: [], readable: false };
  return { lines: appendBlocks(builder, body, { keep, skip: (element) => excluded.has(element) }), readable: false };
}
