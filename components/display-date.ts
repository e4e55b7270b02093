/** Text that is only a machine date: `2026-03-17`, optionally with a time and zone (`T07:30:00Z`, `T07:30+02:00`). */
const ISO_TEXT = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const DAY_AND_TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: 'numeric', minute: '2-digit' };

/** How `displayDate` words a date. */
export interface DisplayDateOptions {
  /** BCP 47 locale for the wording (`en-GB` gives "17 March 2026"); the runtime's default when absent. */
  locale?: string;
  /** Add the time of day when the date has one (comments); headers show the day only. */
  withTime?: boolean;
  /** Zone for dates with a time; the reader's own when absent (tests pin it). */
  timeZone?: string;
}

/** A date as the panel shows it: human wording, and the machine form for `<time dateTime>` when one is known. */
export interface ShownDate {
  text: string;
  iso?: string;
}

/**
 * How a date reads in the panel: the page's own wording when it has one, a human date (`17 March 2026`) when all
 * there is is ISO 8601 from page metadata. A bare day is formatted in UTC, so no reader's time zone moves it a day.
 */
export function displayDate(date: { text: string; iso?: string }, options: DisplayDateOptions = {}): ShownDate {
  const text = date.text.trim();
  // Comment dates carry no ISO form in the model; when their text is ISO, it is one.
  const iso = date.iso ?? (ISO_TEXT.test(text) ? text : undefined);
  if (iso === undefined || !ISO_TEXT.test(text)) return { text: date.text, iso };
  const dayOnly = DATE_ONLY.test(iso);
  const when = new Date(dayOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(when.getTime())) return { text: date.text, iso };
  const format: Intl.DateTimeFormatOptions = {
    ...(options.withTime && !dayOnly ? DAY_AND_TIME : DAY),
    timeZone: dayOnly ? 'UTC' : options.timeZone,
  };
  try {
    return { text: new Intl.DateTimeFormat(options.locale, format).format(when), iso };
  } catch {
    // A malformed language tag from the page (RangeError): the runtime's default locale still reads well.
    return { text: new Intl.DateTimeFormat(undefined, format).format(when), iso };
  }
}
