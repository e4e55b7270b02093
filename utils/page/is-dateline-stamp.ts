/**
 * A header line that is the story's dateline printed again over it as its stamp, as news agencies' sites do: the
 * dateline the first paragraph opens on, with the time the story moved (EFE's "Madrid, Oct 8 (efe-epa) - 12:42 h" over
 * "Madrid, Oct 8 (efe-epa).- Spain's olive oil …"); the paragraph keeps it as the story's opening. A place alone over
 * the paragraph is not read so: a dateline set apart ("ANKARA") or a source's credit ("CNN-IBN", a 2012 dev page of
 * the Dragnet set, whose gold keeps it) is the story's text as the paragraph's dateline is.
 */

/** A dateline is a place and a date, a line of a few words: longer is a sentence. */
const MAX_DATELINE_CHARS = 60;
/** A place before a comma, then a date or an agency with a digit somewhere ("Madrid, Oct 8 (efe-epa)"). */
const DATELINE = /^\p{Lu}[\p{L} .'’-]{1,30},\s.*\d/u;
/** The time after the dateline, after a dash or bar: " - 12:42 h", " | 09:15 GMT", " — 4.30pm". */
const TIME_AFTER = /\s*[-–—|]\s*\d{1,2}[:.]\d{2}(?:\s*(?:h|hrs|gmt|utc|cet|cest|[ap]\.?m\.?))?$/iu;
/** What follows a dateline in the paragraph: the dash or mark agencies set after it (".-", " --", " —", ":"). */
const AFTER_DATELINE = /^\s*[.,:]?\s*[-–—]{1,2}\s|^\s*[.:]\s/u;

/** True when `line` is the dateline `next` (the story's first paragraph) opens on, with or without the time after. */
export function isDatelineStamp(line: string, next: string): boolean {
  const paragraph = next.trim();
  const dateline = line.trim().replace(TIME_AFTER, '');
  if (dateline.length > MAX_DATELINE_CHARS || !DATELINE.test(dateline)) return false;
  return paragraph.startsWith(dateline) && AFTER_DATELINE.test(paragraph.slice(dateline.length));
}
