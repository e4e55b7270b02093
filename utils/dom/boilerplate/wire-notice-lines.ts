/**
 * The standing lines a press wire or an exchange adds to every release it carries, about the release and not part of
 * what the issuer announces: the pointer to the wire's own copy ("To view the source version of this press release,
 * please visit …" on Newsfile, "View the original press release on ACCESS Newswire", "View source version on
 * accesswire.com: …", "View original content to download multimedia: …" on PR Newswire and Cision's CNW), news
 * aktuell's sign-off on an ots story ("Original-Content von: Stadtwerke Lindenau GmbH, übermittelt durch news aktuell")
 * and APA-OTS's "OTS-ORIGINALTEXT PRESSEAUSSENDUNG …" line, the TSX Venture Exchange's required notice ("Neither the
 * TSX Venture Exchange nor its Regulation Services Provider … accepts responsibility for the adequacy or accuracy of
 * this release.") and a wire's note that the issuer alone answers for the text ("The issuer is solely responsible for
 * the content of this announcement."), and the terminal pointers under a Reuters brief (see `EIKON_POINTER`). Each is
 * the wire's or the exchange's own wording, the whole line. So are a news agency's own standing lines on its site:
 * its advisory to editors over a new version of the story (see `EDITORS_ADVISORY`) and its note that the site carries
 * only part of the subscribers' service (see `SUBSCRIBER_PORTION_NOTICE`).
 */

/**
 * A news agency's advisory to the editors who take its copy, left at the top of the story on the agency's own site:
 * what a new version changes ("(ATTN: UPDATES with more details in paras 6-10; ADDS photo)", "(ATTN: RECASTS headline,
 * lead)" on Yonhap, "Eds: UPDATES with details." on AP). The label and a capitalised verb of the desk's vocabulary,
 * the whole line: "Attn: parents" on a school notice or "Eds: the piece ran in March" is no advisory. No `i` flag: the
 * desk writes its verbs in capitals.
 */
const EDITORS_ADVISORY =
  /^[([]?\s*(?:ATTN|Attn|EDS?|Eds?)\s*:\s*(?:UPDATES|ADDS|RECASTS|REWRITES|CORRECTS|FIXES|CHANGES|REPLACES|INSERTS|DELETES|REMOVES|CLARIFIES|REFILES|RETRANSMITS|TOPS|SUBS)\b[^()[\]]{0,200}?[)\]]?\.?$/u;

/**
 * An agency's note that its site carries only some of what its subscribers get, closing every story there (Anadolu
 * Agency: "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News
 * Broadcasting System (HAS), and in summarized form. Please contact us for subscription options."). The site named as a
 * website (by its name, not "its website" in a sentence about another outlet), then "only a portion of" its stories
 * "offered to subscribers", the whole line.
 */
const SUBSCRIBER_PORTION_NOTICE =
  /^(?!(?:its|our|their|his|her|the paper's)\s)(?:the\s+)?[\p{L}\p{N} .&'’-]{2,60}\bwebsite (?:contains|carries|publishes|offers) only (?:a portion|a part|part|some|a selection) of the (?:news )?(?:stories|news|reports|content)\b.{0,60}\b(?:offered|available|sent|delivered) to (?:its )?subscribers\b.{0,200}$/iu;

/** The pointer to the wire's copy of the release, with its address or the wire's name, and nothing after. */
const SOURCE_VERSION =
  /^(?:to view the source version of this press release, please visit|view (?:the )?(?:original|source) (?:version|content|press release)(?: to download multimedia)?(?: on| at)?)(?:\s*:?\s*(?:https?:\/\/\S+|[\p{L}\s.-]{1,40}?(?::\s*https?:\/\/\S+)?))?\s*$/iu;

/** news aktuell's sign-off under an ots story (Presseportal), naming the issuer. */
const OTS_SIGN_OFF = /^original-content von:? .{1,120}, übermittelt durch news aktuell\.?$/iu;

/**
 * APA-OTS's line under an Austrian ots release: "OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER
 * VERANTWORTUNG DES AUSSENDERS | OTS0042 | …".
 */
const APA_OTS_NOTICE =
  /^\*{0,3}\s*ots-originaltext presseaussendung unter ausschlie(?:ss|ß)licher inhaltlicher verantwortung\b.{0,200}$/iu;

/** The notice TSX Venture Exchange rules require on every release of a listed issuer. */
const TSXV_NOTICE =
  /^neither (?:the )?tsx venture exchange nor its regulation services provider\b.{0,200}\baccepts? responsibility for the adequacy or accuracy of this (?:news |press )?release\.?$/iu;

/** A wire's note that the issuer answers for the release's content. */
const ISSUER_RESPONSIBILITY =
  /^the issuer is solely responsible for the content of this (?:announcement|(?:news |press )?release)\.?$/iu;

/**
 * The pointers closing a Reuters "BRIEF-" item (the automated one-paragraph company alerts Reuters.com carried from its
 * Eikon terminal feed, about 2016-2020), whose links to the terminal's source and company pages are lost on the web:
 * "Source text for Eikon:", "Further company coverage:", alone or both on one line, at most a short address or code
 * after each ("Source text for Eikon: [ID:nBw6Xk1Ta]", "Further company coverage: [HLDP.N]"). The labels and nothing
 * but such codes: "Source text for Eikon users shows the bid was raised" goes on as a sentence.
 */
const EIKON_POINTER =
  /^(?:(?:source text(?: for eikon)?|further company coverage)\s*:\s*(?:\[[^\]\s]{1,30}\]|\(?[A-Z0-9]{1,8}\.[A-Z]{1,3}\)?|https?:\/\/\S+)?\s*){1,2}$/iu;

export const WIRE_NOTICE_LINES: readonly RegExp[] = [
  EDITORS_ADVISORY,
  SUBSCRIBER_PORTION_NOTICE,
  EIKON_POINTER,
  SOURCE_VERSION,
  OTS_SIGN_OFF,
  APA_OTS_NOTICE,
  TSXV_NOTICE,
  ISSUER_RESPONSIBILITY,
];
