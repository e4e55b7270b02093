/**
 * A match report's fact lines under or inside the recap: the team sheets, bookings, referee and attendance, and a
 * score table's rows read as lines. The recap's prose about the same match is full sentences, which these are not.
 */

/** A player on a team sheet, with the substitute who came on and the minute: "Marsh (Kerr 74)", "Daly (Quinn 90+2)". */
const PLAYER = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}(?: \(\p{Lu}[\p{L}\p{M}'’. -]{0,30} \d{1,3}(?:\+\d{1,2})?['’]?\))?`;
/** A unit of the team sheet: players of one line of the formation, separated by commas. */
const UNIT = `${PLAYER}(?:, ${PLAYER})*`;
/** The team's name, its formation in brackets, and a colon: "Harbourside (4-2-3-1)", "Ashford Rovers:". */
const TEAM = String.raw`\p{Lu}[\p{L}\p{M}'’.&-]*(?: [\p{L}\p{M}'’.&-]+){0,3}(?: \(\d(?:-\d){2,4}\))?:?`;
/** A fact label of the sheet, with or without a colon: "Subs not used", "Booked", "Referee", "Attendance". */
const LABEL = String.raw`(?:[Ss]ubs(?:titutes)?(?: not used)?|[Uu]nused subs(?:titutes)?|[Bb]ooked|[Yy]ellow cards?|[Rr]ed cards?|[Ss]ent off|[Gg]oals|[Ss]corers?|[Rr]eferee|[Aa]ssistant referees?|VAR|[Aa]ttendance|[Vv]enue)`;
/** What a fact label names: players or officials (capitalised, a town in brackets) or a number ("41,212"). */
const FACT = String.raw`(?:\d{1,3}(?:,\d{3})*|${PLAYER}(?: \([\p{Lu}][\p{L}\p{M}'’. -]{0,30}\))?(?:(?:,| and) ${PLAYER}(?: \([\p{Lu}][\p{L}\p{M}'’. -]{0,30}\))?)*)`;
/** One fact segment: "Booked Whitmore, Marsh.", "Attendance: 41,212." */
const SEGMENT = String.raw`${LABEL}\s*:?\s+${FACT}\.?`;

/** A match report's fact lines: team sheets, bookings, officials, attendance, score table rows. */
export const MATCH_LINES: readonly RegExp[] = [
  // A team sheet: the team, then four or more units split by semicolons, one of them of three players or more (a
  // back four), the facts after it on the same line: "Harbourside (4-2-3-1) Okafor; Reyes, Whitmore, Banda, Holt;
  // …; Okonjo. Subs not used Fenwick, …". A list of places in prose ("Dallas; Houston; Austin, Texas") has no unit
  // of three.
  new RegExp(
    String.raw`^(?:${TEAM}\s+)?(?=(?:[^;]*;){3})(?=(?:[^;]*;)*[^;,]*,[^;,]*,[^;,]*[;.])${UNIT}(?:; ${UNIT}){3,}\.?(?:\s+${SEGMENT})*$`,
    'u',
  ),
  // The sheet's fact lines alone: "Subs not used: Crane, Evans, Holder, Pike.", "Referee Peter Bankes. Attendance
  // 41,212." Only names and numbers after each label: "Referee Peter Bankes awarded a penalty." goes on in words.
  new RegExp(String.raw`^(?:${SEGMENT}\s*){1,4}$`, 'u'),
  // A score table's rows read as lines: a team and four or more scores ("Sacramento 24 27 28 33 112"), and its
  // header row ("Team 1 2 3 4 T").
  /^\p{Lu}[\p{L}\p{M}.'’ -]{1,30}(?: \d{1,3}){4,}$/u,
  /^(?:team|club|teams)(?: (?:\d{1,2}|[A-Z]{1,3})){4,}$/i,
];
