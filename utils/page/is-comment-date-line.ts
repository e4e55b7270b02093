import { parseDate } from './parse-date';

/** Date stamps are short; a longer line that starts with a date is a sentence. */
const MAX_LENGTH = 48;

// "5 hours ago", "an hour ago", "3d ago", "2h", "just now", "yesterday", "Yesterday at 10:15", "edited 2 hours ago".
const RELATIVE =
  /^(?:edited\s+)?(?:(?:\d+\s*|(?:an?|one)\s+)(?:s|sec|second|m|min|minute|h|hr|hour|d|day|w|wk|week|mo|month|y|yr|year)s?(?:\s+ago)?|just now|today|yesterday)(?:\s+at\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?$/iu;
// A trailing "(edited)" or "· edited" does not stop a date stamp from being one.
const EDITED_SUFFIX = /\s*(?:\(edited\)|[·|]\s*edited)$/iu;

/** True when a whole line is a comment's time stamp ("2 hours ago", "September 12, 2023 at 10:15 am"). */
export function isCommentDateLine(text: string): boolean {
  if (text.length > MAX_LENGTH) return false;
  const stamp = text.replace(EDITED_SUFFIX, '');
  if (RELATIVE.test(stamp)) return true;
  return parseDate(stamp)?.length === stamp.length;
}
