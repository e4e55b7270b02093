/**
 * A match report's fact lines under or inside the recap: the team sheets, bookings, referee and attendance, a rugby
 * report's scorers and numbered team sheets, and a score table's rows read as lines. The recap's prose about the same
 * match is full sentences, which these are not.
 */

/**
 * A player on a team sheet, with the substitute who came on and the minute: "Marsh (Kerr 74)", "Daly (Quinn 90+2)",
 * as Spanish sheets set it "Arruza (Llamas, 70')", "(Llamas, min. 70)"; on a rugby sheet with the shirt number before
 * and the captain's mark after: "15 Evan Morley", "7 Max Ashworth (c)".
 */
const PLAYER = String.raw`(?:\d{1,2} )?\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}(?: \(\p{Lu}[\p{L}\p{M}'’. -]{0,30},? (?:min\. ?)?\d{1,3}(?:\+\d{1,2})?['’]?\))?(?: \([cC]\))?`;
/** A unit of the team sheet: players of one line of the formation, separated by commas. */
const UNIT = `${PLAYER}(?:, ${PLAYER})*`;
/** The team's name, its formation in brackets, and a colon: "Harbourside (4-2-3-1)", "Ashford Rovers:". */
const TEAM = String.raw`\p{Lu}[\p{L}\p{M}'’.&-]*(?: [\p{L}\p{M}'’.&-]+){0,3}(?: \(\d(?:-\d){2,4}\))?:?`;
/**
 * A fact label of the sheet, with or without a colon: "Subs not used", "Booked", "Referee", "Attendance"; and the
 * labels of a Spanish-language report's "ficha" (AS, Marca, Olé): "Árbitro", "Estadio", "Amonestó a" (booked).
 */
const LABEL = String.raw`(?:[Ss]ubs(?:titutes)?(?: not used)?|[Uu]nused subs(?:titutes)?|[Bb]ooked|[Yy]ellow [Cc]ards?|[Rr]ed [Cc]ards?|[Ss]ent off|[Gg]oals|[Ss]corers?|[Rr]eferee|[Aa]ssistant [Rr]eferees?|VAR|TMO|[Aa]ttendance|[Vv]enue|[Rr]eplacements|[Tt]ries|Árbitro|Estadio|Amonest[óo] a|Expuls[óo] a)`;
/** Who a fact names, with a town, or a team and minute, in brackets: "Martin Clay (Kent)", "Dunmore (Ashdown, 43)". */
const NAMED = String.raw`${PLAYER}(?: \([\p{Lu}][\p{L}\p{M}'’. -]{0,30}(?:, \d{1,3})?\))?(?: \d{1,2})?`;
/**
 * What a fact label names: players or officials (capitalised, a town in brackets, a try count after: "Adeyemi 2")
 * or a number ("41,212").
 */
const FACT = String.raw`(?:\d{1,3}(?:,\d{3})*|${NAMED}(?:(?:,| and| y) ${NAMED})*)`;
/** A crowd counted without a label, as Spanish sheets print it after the ground: "11.430 espectadores". */
const CROWD = String.raw`\d{1,3}(?:[.,]\d{3})+ espectadores`;
/** One fact segment: "Booked Whitmore, Marsh.", "Attendance: 41,212.", "Estadio: El Prado. 11.430 espectadores." */
const SEGMENT = String.raw`(?:${LABEL}\s*:?\s+${FACT}|${CROWD})\.?`;
/**
 * A Spanish sheet's goals, each with the score it made and its minute: "Goles: 0-1, min. 31: Quintero. 1-1, min. 57:
 * Benítez." The running score sets it apart from prose, which names no score before each scorer.
 */
const SCORE_GOALS = String.raw`Goles\s*:\s+(?:\d{1,2}-\d{1,2},? (?:min\. ?|m\. ?)?\d{1,3}(?:\+\d{1,2})?['’]?:? ${PLAYER}(?: \([^()]{1,20}\))?\.?\s*)+`;

/**
 * A rugby report's kicking scorers, each with a count ("Cons: Whitlock 4", "Pens: Harte 2, Kerr"): the count sets
 * them apart from a review's "Cons: Battery, Price" line, so a lone "Con: Harte" without one stays.
 */
const KICKS = String.raw`(?:Cons?|Conversions?|Pens?|Penalties|Drop goals?|DGs?)\s*:?\s+(?=[^:]*\p{L} \d)${FACT}\.?`;
/** A numbered rugby team sheet: eight or more "shirt number, name" entries ("15 Evan Morley, 14 Kit Sandford, …"). */
const NUMBERED_SHEET = String.raw`${TEAM}\s+(?:\d{1,2} ${PLAYER}, ){7,}\d{1,2} ${PLAYER}\.?`;

/**
 * A team sheet: the team, then four or more units split by semicolons, one of them of three players or more (a back
 * four), the facts after it on the same line: "Harbourside (4-2-3-1) Okafor; Reyes, Whitmore, Banda, Holt; …; Okonjo.
 * Subs not used Fenwick, …". A list of places in prose ("Dallas; Houston; Austin, Texas") has no unit of three. A
 * Spanish sheet with a substitute's minute after a comma ("Quintero (Sáinz, 75'), Lledó, Requena") needs none: the
 * bracket tells. (Each long pattern is a constant of its own: the panel builds the reader's constants a few at a time
 * between the page's tasks, and these are the costliest to build.)
 */
const TEAM_SHEET_LINE = new RegExp(
  String.raw`^(?:${TEAM}\s+)?(?=(?:[^;]*;){3})(?=(?:[^;]*;)*[^;,]*,[^;,]*,[^;,]*[;.]|[^;]*;.*\(\p{Lu}[^()]{0,30}, (?:min\. ?)?\d{1,3}['’]?\))${UNIT}(?:; ${UNIT}){3,}\.?(?:\s+${SEGMENT})*$`,
  'u',
);
/**
 * The sheet's fact lines alone: "Subs not used: Crane, Evans, Holder, Pike.", "Referee Peter Bankes. Attendance
 * 41,212." Only names and numbers after each label: "Referee Peter Bankes awarded a penalty." goes on in words.
 */
const FACT_LINE = new RegExp(String.raw`^(?:${SEGMENT}\s*){1,4}$`, 'u');
const KICKS_LINE = new RegExp(String.raw`^${KICKS}$`, 'u');
/** A numbered sheet, with its replacements on the same line or not: "Northbridge: 15 Evan Morley, …, 8 Liam Okoro". */
const NUMBERED_SHEET_LINE = new RegExp(String.raw`^${NUMBERED_SHEET}(?:\s+${SEGMENT})*$`, 'u');
const SCORE_GOALS_LINE = new RegExp(String.raw`^${SCORE_GOALS}$`, 'u');

/** A match report's fact lines: team sheets, bookings, officials, attendance, scorers, score table rows. */
export const MATCH_LINES: readonly RegExp[] = [
  TEAM_SHEET_LINE,
  FACT_LINE,
  KICKS_LINE,
  NUMBERED_SHEET_LINE,
  SCORE_GOALS_LINE,
  // The label over a rugby report's scorers or team sheets: "The scorers:", "The teams:"; a Spanish report's "Ficha
  // técnica" (the match's data sheet) over its team sheets.
  /^(?:The (?:scorers|teams)|Ficha técnica):?$/u,
  // A score table's rows read as lines: a team and four or more scores ("Sacramento 24 27 28 33 112"), and its
  // header row ("Team 1 2 3 4 T").
  /^\p{Lu}[\p{L}\p{M}.'’ -]{1,30}(?: \d{1,3}){4,}$/u,
  /^(?:team|club|teams)(?: (?:\d{1,2}|[A-Z]{1,3})){4,}$/i,
];
