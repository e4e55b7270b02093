/**
 * The standing notices an aggregator prints under every story it carries from its partners (allAfrica, and the
 * regional portals and wire aggregators built the same way): what the aggregator is and that each partner answers
 * for its own stories, and where to send complaints. The aggregator speaks in its own voice ("We publish …", "please
 * contact us"), which a story about publishers' liability does not.
 */

/**
 * The note that the partners answer for their own content, in a line where the aggregator says what it does: "AllAfrica
 * publishes around 400 reports a day … We publish news and views ranging from … Publishers named above each report
 * are responsible for their own content, which AllAfrica does not have the legal right to edit or correct." A story's
 * "publishers are responsible for their own content, the minister said" is attributed and has no "we publish".
 */
const PARTNERS_RESPONSIBLE =
  /^(?=.*\bwe (?:publish|carry|host|distribute|aggregate|syndicate)\b)(?!.*\b(?:said|says|told|argued|ruled)\b).{0,600}\b(?:publishers|authors|contributors|partners|sources)\b[^.!?]{0,60}\b(?:are|is) (?:solely |fully |entirely )?responsible for (?:their|its) own (?:content|reports|articles|stories)\b.{0,300}$/iu;

/**
 * Where to send comments or complaints, closing the notice: "… are produced or commissioned by AllAfrica. To address
 * comments or complaints, please Contact us." The line ends on the invitation to the site itself.
 */
const COMPLAINTS_CONTACT =
  /^.{0,300}\b(?:to (?:address|make|send|submit|raise)|for|with) (?:any )?(?:comments|complaints|corrections|feedback|queries)(?: (?:or|and) (?:comments|complaints|corrections|feedback|queries))?,? please contact us\W*$/iu;

export const SYNDICATION_NOTICE_LINES: readonly RegExp[] = [PARTNERS_RESPONSIBLE, COMPLAINTS_CONTACT];
