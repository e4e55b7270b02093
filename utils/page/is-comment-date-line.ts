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
// A time after a dash ("08/09/2012 - 13:04", "12.03.2019 - 12:30h"): the stamp's own time of day, as in "at 13:04".
const DASHED_TIME = /\s+[-–]\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?|h)?$/iu;
// The same time in the languages of Europe's news sites, after a comma or their word for "at": "heute, 14:51 Uhr",
// "le 12/03/2019 à 14h05", "12 marzo 2019 alle 14:05", "ayer a las 9:02", "gisteren om 09:02".
const LOCAL_TIME = /(?:,?\s+(?:à|a las|alle|um|om|o)|,)?\s+\d{1,2}[:h]\d{2}(?:\s*uhr|h)?$/iu;
// French prints "le" before the date ("le 12/03/2019 à 14h05").
const LOCAL_LABEL = /^le\s+/iu;
// "Today" and "yesterday" in those languages, before a time: "heute, 14:51 Uhr", "hier à 18h30", "ieri alle 9:02".
const LOCAL_DAY = /^(?:heute|gestern|hoy|ayer|aujourd['’]hui|hier|oggi|ieri|dzisiaj|dziś|wczoraj|vandaag|gisteren)$/iu;

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
  if (parseDate(stamp)?.length === stamp.length) return true;
  const local = stamp.replace(LOCAL_LABEL, '');
  const day = local.replace(LOCAL_TIME, '');
  if (day === local || day.length === 0) return false;
  return LOCAL_DAY.test(day) || parseDate(day)?.length === day.length;
}
