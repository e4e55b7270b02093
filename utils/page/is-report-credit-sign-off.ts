/**
 * The credit for a colleague's reporting that closes a story, as Philippine papers and broadcasters sign it: "—With a
 * report from Ann Lee/KG, GMA Integrated News", "With reports from Ann Lee and Bo Cruz/RSJ", and in Filipino "—May
 * ulat ni Jomar Dizon/RSJ", "(May ulat nina Ana Cruz at Ben Reyes)", "Mula sa ulat ni …". It says who else reported,
 * not what happened: the same note as "Ann Lee contributed to this report." A credit of a name or two, then the desk's
 * initials or the outlet; "With a report from the auditors due in March, the council …" goes on as a sentence.
 */
const CREDIT_WORDS =
  '(?:[Ww]ith (?:a )?reports? (?:from|by)|(?:[Mm]ay )?(?:kasamang )?ulat (?:ni|nina|mula kay|mula kina)|[Mm]ula sa ulat (?:ni|nina))';
/** A name: capitalised words, with the particles Philippine names keep in lower case ("dela Cruz", "de los Reyes"). */
const NAME =
  "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?: (?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|de|del|dela|de la|de los|delos|van|bin|binti))*";
/** The desk's initials after a slash ("/RSJ", "/KG"), then the outlet after a comma ("GMA Integrated News"). */
const DESK = "(?:\\/\\s*\\p{L}{2,5}(?:\\/\\p{L}{2,5})?)?(?:,\\s*\\p{Lu}[\\p{L}\\p{N}.'’& -]{1,40})?";
const REPORT_CREDIT = new RegExp(
  `^[—–-]{0,2}\\s*\\(?\\s*${CREDIT_WORDS}\\s+${NAME}(?:(?:,| and| at| &)\\s+${NAME}){0,2}${DESK}\\s*\\)?\\.?$`,
  'u',
);

/** True for a closing credit of others' reporting ("—With a report from Ann Lee/KG", "—May ulat ni Ann Lee/RSJ"). */
export function isReportCreditSignOff(text: string): boolean {
  return REPORT_CREDIT.test(text);
}
