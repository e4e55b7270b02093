import { isUnseenTag } from '../../../utils/dom/unseen-tags';
import { f1Of, scoreArticle, type PageScore } from './metrics';

/**
 * A page whose exported body scores under this F1 did not get a worse copy of the story but a different text: the
 * wrong region of the page, or almost nothing. The mean figure hides how many such pages there are, and on the
 * Dragnet data they, not small trims, are what separates the dev half from the held-out half.
 */
export const MISSED_F1 = 0.5;

/**
 * Share of the gold's shingles that must be in the page's own text for the page to be readable at all: below it, the
 * gold was pasted from a page other than the one crawled (a later edit, another part of a paged story), and no
 * extractor can find it.
 */
export const REACHABLE_GOLD_SHARE = 0.5;

/** At or above this F1 Readability alone read the story that we missed. */
export const BASELINE_READ_F1 = 0.8;

/**
 * A gold article shorter than this has no article body to extract: on the dev half each such gold (10 of 489) is a
 * headline with its date or byline, or a picture post's line or two. The article-extraction benchmark the target
 * names scores articles, so the report also gives the body figure on the other pages, beside the full one.
 */
export const ARTICLE_GOLD_MIN_TOKENS = 20;

/** The text a page's body holds outside scripts, styles and templates: all an extractor could return. */
export function pageTextOf(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const parts: string[] = [];
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType === 1 && isUnseenTag(node as Element)) continue;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return parts.join(' ');
}

/** How much of the gold a page's own text holds (shingle recall): 1 when every gold shingle is on the page. */
export const goldInPage = (pageText: string, gold: string): number => scoreArticle(pageText, gold).recall;

/** What a missed page's figures say about it. */
export interface MissInput {
  /** Our exported body against the gold. */
  ours: PageScore;
  /** Readability's text against the same gold, when the baseline ran. */
  baseline?: PageScore;
  /** `goldInPage` of the page. */
  goldInPage: number;
  /** Tokens in the same gold. */
  goldTokens: number;
}

export interface MissCounts {
  /** Pages scoring under `MISSED_F1`. */
  missed: number;
  /** Of those, pages whose gold is not on the crawled page. */
  unreachable: number;
  /** Of those (and reachable), pages whose gold is a headline and a line or two. */
  shortGold: number;
  /** Of the rest, pages where Readability alone read the story (counted only when the baseline ran). */
  baselineRead: number;
}

/** Counts the missed pages and sorts them by why no one could read them, or why we should have. */
export function countMisses(pages: readonly MissInput[]): MissCounts {
  const counts: MissCounts = { missed: 0, unreachable: 0, shortGold: 0, baselineRead: 0 };
  for (const page of pages) {
    if (f1Of(page.ours) >= MISSED_F1) continue;
    counts.missed++;
    if (page.goldInPage < REACHABLE_GOLD_SHARE) counts.unreachable++;
    else if (page.goldTokens < ARTICLE_GOLD_MIN_TOKENS) counts.shortGold++;
    else if (page.baseline && f1Of(page.baseline) >= BASELINE_READ_F1) counts.baselineRead++;
  }
  return counts;
}

/**
 * Per page, the better (by F1) of ours and Readability's: not a method (choosing needs the gold) but a scale for how
 * much any choice between the two could still gain.
 */
export function betterOfEach(pages: readonly MissInput[]): PageScore[] {
  return pages.map((page) => (page.baseline && f1Of(page.baseline) > f1Of(page.ours) ? page.baseline : page.ours));
}
