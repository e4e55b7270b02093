import { parseDate } from './parse-date';

/**
 * The parts of a blog post's meta row: set apart by a bar, a dot or a double slash, as WordPress themes of about
 * 2010-2020 print the row under a post's title ("August 9, 2012 // 7 Comments // Fast, Kids, Salad").
 */
const PART_SEPARATOR = /\s+(?:\/\/|[|·•])(?:\s+|$)|^\s*(?:\/\/|[|·•])\s+/u;
/** A comment count, maybe with the arrow its link ends on: "7 Comments", "1 Comment »", "No Comments", "Comments (3)". */
const COMMENT_COUNT = /^(?:(?:\d{1,5}|no|one)\s+(?:comments?|responses?)|comments?\s*\(\d{1,5}\))(?:\s*[»›→])?$/iu;
/** The label over the post's categories: "Published in", "Posted in", "Filed under", "Categories:". */
const CATEGORY_LABEL = /^(?:(?:posted|filed|published)\s+(?:in|under)|categor(?:y|ies)\s*:)\s+/iu;
/** The categories, a comma apart: "Mid-century Modern, Sale, furniture", "Fast , Kids , Rare". */
const LIST_SEPARATOR = /\s*,\s*/u;
/** A category is a short name: this many words at most. */
const MAX_CATEGORY_WORDS = 3;
/** A category names no sentence: no end mark, no digit-only item. */
const CATEGORY = /^[\p{L}][\p{L}\p{N}'’&-]*(?:\s+[\p{L}\p{N}'’&-]+)*$/u;
/** A bare list of categories (no label) needs this many items, so that a title's short phrase is not one. */
const MIN_BARE_CATEGORIES = 3;
const SPACES = /\s+/u;
/** The weekday a theme prints before the date ("Thursday, October 11th, 2012"), which the date reader does not take. */
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/iu;

const isCategory = (item: string): boolean => CATEGORY.test(item) && item.split(SPACES).length <= MAX_CATEGORY_WORDS;

/** True for the post's categories, labelled ("Published in Design, Sale, furniture") or listed bare (three or more). */
function isCategoryPart(part: string): boolean {
  const label = CATEGORY_LABEL.exec(part);
  const items = part.slice(label?.[0].length ?? 0).split(LIST_SEPARATOR);
  return (label !== null || items.length >= MIN_BARE_CATEGORIES) && items.every(isCategory);
}

/** True for a date, maybe after its weekday, and nothing after it ("August 9, 2012", "Thursday, October 11th, 2012"). */
function isDatePart(part: string): boolean {
  const text = part.replace(WEEKDAY, '');
  const date = parseDate(text);
  return date !== undefined && text.slice(date.length).trim().length === 0;
}

/**
 * True for a post's meta row read as one line, under its title or over its text: two or more parts, each a comment
 * count, a date or the post's categories, one of them a comment count ("1 Comment » | Published in Mid-century
 * Modern, Sale, furniture | 1 Comment"). The count is the tell: a story's line never stops on "7 Comments" between
 * bars, and a row of dates and categories alone may be a dateline.
 */
export function isMetaRow(text: string): boolean {
  const parts = text
    .split(PART_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length < 2 || !parts.some((part) => COMMENT_COUNT.test(part))) return false;
  return parts.every((part) => COMMENT_COUNT.test(part) || isDatePart(part) || isCategoryPart(part));
}
