/**
 * How to reach the writer, as US local papers close a story with a telephone number: "Reach Megan Laurent at
 * 555-201-4417 or mlaurent@…", "Contact reporter Ann Lee at (608) 555-0142 or alee@…", "Reach Ann Lee at 608-555-0142."
 * (Gannett, Lee, McClatchy and Naviga papers print it). A note on the writer, not the story's text. The address-first
 * form ("Reach Ann Lee at alee@… or 555-0142") is a note already (`NOTE_LINES`); these are the forms that open on the
 * number. The writer must be named as a person (two or three capitalised words, optionally after "reporter"): "Contact
 * the Food Pantry at 555-0142 or info@…" is a service the story tells the reader about, and stays.
 */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}`;
const ROLE = String.raw`(?:(?:staff\s+)?(?:reporter|writer|columnist|correspondent)\s+)`;
// A North American number as papers print it: "555-201-4417", "(608) 555-0142", "608.555.0142", with an extension;
// a small paper whose readers share one area code prints the local seven digits alone ("Reach Ann Lee at 555-0142").
const PHONE = String.raw`(?:(?:\+?1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-]))?\d{3}[\s.-]\d{4}(?:,?\s*ext\.?\s*\d{1,5})?`;
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
// What may follow the address: "Follow her on X @annlee."
const FOLLOW = String.raw`(?:[.;]?\s+[Ff]ollow\b.{0,80})?`;

/**
 * Bloomberg's closing lines of about 2010-2020 (also on the papers that ran its copy): "To contact the reporter on
 * this story: Ann Lee in London at alee@bloomberg.net", "To contact the editors responsible for this story: …", the
 * label alone when a line break sets the names under it, and each name line under it ("Ann Lee in Oslo at
 * alee@bloomberg.net;"): a name, maybe a city, and the address, nothing else.
 */
const TO_CONTACT = String.raw`^[Tt]o contact the (?:reporters?|editors?|writers?|authors?)(?: (?:on|of|for|responsible for) this (?:story|article|report))\s*:[^]{0,300}$`;
const NAME_AT_ADDRESS = String.raw`^${NAME}(?:\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?\s+at\s+${EMAIL}\s*[;.]?$`;

/**
 * A sports desk's standing call for results under a prep roundup: "Coaches are asked to report results by 10 p.m. to
 * sports@… or by calling 555-0142.", "To report scores, e-mail preps@…". The address or number must be there: "The
 * league asked coaches to report results to the state office by Friday." is the story's.
 */
const LOCAL_PHONE = String.raw`\b\d{3}[\s.-]\d{4}\b`;
const RESULTS_CALL = String.raw`^(?:(?:coaches|athletic directors|schools)\b[^.]{0,40}?\b(?:report|submit|send|e-?mail|phone in|call in)|(?:to )?(?:report|submit|send|e-?mail))\b[^.]{0,60}?\b(?:results|scores|stats|statistics)\b[^]{0,120}?(?:${EMAIL}|${LOCAL_PHONE})[^]{0,60}$`;

export const CONTACT_NOTE_LINES: readonly RegExp[] = [
  new RegExp(RESULTS_CALL, 'iu'),
  new RegExp(TO_CONTACT, 'u'),
  new RegExp(NAME_AT_ADDRESS, 'u'),
  // The number, then the address, after any of the verbs.
  new RegExp(
    String.raw`^(?:[Rr]each|[Cc]ontact|[Ee]-?mail|[Cc]all)\s+${ROLE}?${NAME}\s+at\s+${PHONE},?\s+(?:or|and)\s+${EMAIL}${FOLLOW}\.?$`,
    'u',
  ),
  // The number alone: "Reach" before a name, or a role word before it ("Contact reporter Ann Lee at 608-555-0142").
  // "Contact Ann Lee at 555-0142" alone may be whom the story sends readers to, and stays.
  new RegExp(
    String.raw`^(?:[Rr]each\s+${ROLE}?${NAME}|(?:[Cc]ontact|[Cc]all)\s+${ROLE}${NAME})\s+at\s+${PHONE}${FOLLOW}\.?$`,
    'u',
  ),
];
