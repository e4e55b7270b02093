import { FOREIGN_RELATIVE_TIME } from './foreign-relative-time';
import { parseDate } from './parse-date';

/** Date stamps are short; a longer line that starts with a date is a sentence. */
const MAX_LENGTH = 48;

// "5 hours ago", "an hour ago", "3d ago", "2h", "just now", "yesterday", "Yesterday at 10:15", "edited 2 hours ago".
const RELATIVE =
  /^(?:edited\s+)?(?:(?:\d+\s*|(?:an?|one)\s+)(?:s|sec|second|m|min|minute|h|hr|hour|d|day|w|wk|week|mo|month|y|yr|year)s?(?:\s+ago)?|just now|today|yesterday)(?:\s+at\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?$/iu;
// The same stamp in South-east Europe's languages ("pred 2 urama", "acum 2 ore", "πριν από 2 ώρες").
const FOREIGN_RELATIVE = new RegExp(`^${FOREIGN_RELATIVE_TIME}$`, 'iu');
// A trailing "(edited)" or "· edited" does not stop a date stamp from being one.
const EDITED_SUFFIX = /\s*(?:\(edited\)|[·|]\s*edited)$/iu;
// Comment systems print the weekday first ("Thu, 08/09/2012 - 13:04"); the date after it is what is read.
const WEEKDAY_PREFIX = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+/iu;
// "Posted on …", "Commented on …", "on …": the label before a stamp.
const LABEL_PREFIX = /^(?:(?:posted|commented|submitted|written|published)(?:\s+on)?|on)\s+/iu;
// A permalink mark after the stamp ("… at 6:57 am (#)", "… | #") and a clock in brackets after a relative stamp
// ("1 second ago ( 2:26 PM)").
const TRAILER = /\s*(?:[|·]\s*#|\(#\)|\(\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*\))$/iu;
// A time after a dash ("08/09/2012 - 13:04"): the stamp's own time of day, as in "at 13:04".
const DASHED_TIME = /\s+[-–]\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$/iu;

/** True when a whole line is a comment's time stamp ("2 hours ago", "September 12, 2023 at 10:15 am"). */
export function isCommentDateLine(text: string): boolean {
  if (text.length > MAX_LENGTH) return false;
  const stamp = text
    .replace(EDITED_SUFFIX, '')
    .replace(TRAILER, '')
    .replace(LABEL_PREFIX, '')
    .replace(WEEKDAY_PREFIX, '')
    .replace(DASHED_TIME, '');
  if (RELATIVE.test(stamp) || FOREIGN_RELATIVE.test(stamp)) return true;
  return parseDate(stamp)?.length === stamp.length;
}
