import { parseDate } from '../page/parse-date';
import { dropClassNames } from './drop-class-names';
// A month and its year alone ("March 2017"), as timelines date an event whose day nobody recorded.
import { MONTH_YEAR } from './is-date-stamp';
import { NEGATIVE_NAME } from './readability-names';
import { lineWithin } from './text-within';

/**
 * A date block is a date alone: "March 9, 2017", "9 March 2017", "2017-03-09" (characters, spaces aside).
 */
const MAX_DATE_CHARS = 30;
/** A clock time: a post's stamp (a live blog's, a comment's), not an event's day. */
const CLOCK = /\d:\d\d/;
/** Fewest entries of one timeline: two dated boxes are a pair of cards, not a chronology. */
const MIN_ENTRIES = 3;
/** How far above its date block an entry may sit (the date's wrapper, the entry's header, the entry). */
const MAX_LEVELS = 4;
/** An entry's text is read up to this many characters (spaces aside); a longer box is no small entry. */
const MAX_ENTRY_CHARS = 2000;
/** An entry tells its event in a sentence: this many characters beside its date, at least. */
const MIN_PROSE_CHARS = 60;
const SENTENCE_END = /[.!?]["'”’)]?(?:\s|$)/;

/** True for a line that is a calendar day (or month) alone, with no clock time. */
function isDateAlone(line: string): boolean {
  if (line.length === 0 || CLOCK.test(line)) return false;
  if (MONTH_YEAR.test(line)) return true;
  const date = parseDate(line);
  return date !== undefined && line.slice(date.length).replace(/^[\s.,:;–—-]+/, '').length === 0;
}

/** The `levels`-th ancestor of `element`, or undefined above the body. */
function ancestorAt(element: Element, levels: number): Element | undefined {
  let at: Element | null = element;
  for (let level = 0; level < levels && at; level++) at = at.parentElement;
  return at && at.tagName !== 'BODY' && at.tagName !== 'HTML' ? at : undefined;
}

/** True when `entry` tells something beside its date: a sentence of some length, within a small box's budget. */
function tellsEvent(entry: Element, date: string): boolean {
  const text = lineWithin(entry, MAX_ENTRY_CHARS);
  if (text === undefined) return false;
  return text.length - date.length >= MIN_PROSE_CHARS && SENTENCE_END.test(text);
}

/**
 * The entries of one timeline that `dates` (blocks of one class name, each a date alone) date: the lowest level at
 * which three or more of them sit in sibling boxes of one parent, each telling its event, or none.
 */
function datedEntries(dates: readonly { block: Element; line: string }[]): { block: Element; line: string }[] {
  for (let level = 1; level <= MAX_LEVELS; level++) {
    const byParent = new Map<Element, { block: Element; line: string }[]>();
    for (const date of dates) {
      const entry = ancestorAt(date.block, level);
      const parent = entry?.parentElement;
      if (!entry || !parent || parent.tagName === 'BODY') continue;
      const group = byParent.get(parent) ?? [];
      // One date per entry: a box holding two dates is a range or a card, not one event.
      if (group.some((other) => ancestorAt(other.block, level) === entry)) continue;
      if (!tellsEvent(entry, date.line)) continue;
      group.push(date);
      byParent.set(parent, group);
    }
    const entries = [...byParent.values()].filter((group) => group.length >= MIN_ENTRIES).flat();
    if (entries.length > 0) return entries;
  }
  return [];
}

/**
 * Takes Readability's negative class words off the date block of each entry of a timeline, in a page copy before
 * Readability reads it. Timeline plugins and templates (WordPress's Cool Timeline and Timeline Express, page builders'
 * timeline widgets) set each event in a small box: its date in a block named as the entry's meta (`timeline-meta`,
 * `event-meta`), then its title and a paragraph. Readability weighs "meta" against a block and its cleaning drops such
 * a short block whatever it holds, so every event lost its date, which is the timeline's story. A block is such a date
 * when its text is a calendar day alone and three or more blocks of its class name each date a sibling box of one
 * parent that tells its event in a sentence. A clock time is a post's stamp (a live blog's, a comment's) and stays to
 * its own rules. Edits the copy in place.
 */
export function clearEventDateNames(clone: Document): void {
  const negative = NEGATIVE_NAME;
  const body = clone.body;
  if (!negative || !body) return;
  const byName = new Map<string, { block: Element; line: string }[]>();
  for (const block of body.querySelectorAll('[class]')) {
    const names = block.getAttribute('class') ?? '';
    if (!negative.test(names)) continue;
    const line = lineWithin(block, MAX_DATE_CHARS);
    if (line === undefined || !isDateAlone(line)) continue;
    const group = byName.get(names) ?? [];
    group.push({ block, line });
    byName.set(names, group);
  }
  for (const dates of byName.values()) {
    if (dates.length < MIN_ENTRIES) continue;
    for (const { block } of datedEntries(dates)) dropClassNames(block, (name) => negative.test(name));
  }
}
