/**
 * A letters page's standing rules for writing in, printed under the letters or in a box beside them: "Letters to the
 * editor must be under 250 words and include the writer's name, address and daytime telephone number …" (local
 * papers), "Letters should be sent with the writer's name, address, and daytime phone number via e-mail to … Letters
 * may be edited for length and clarity, and may be published in any medium." (weekly magazines' "The Mail"). The
 * letters and their signatures are the article; the rules are the page's furniture, printed the same on every day's
 * letters. The line opens on the letters themselves as the subject of a rule ("Letters … must / should / may …") and
 * names one of the rules papers set (a word limit, the writer's name and address, editing for length, verification);
 * a story about somebody's rules for letters says who set them ("…, the clerk said") or names whose letters they are
 * ("Letters sent to the council must …"), and runs on.
 */

/** An optional label over the rules: "Letters policy:", "Letter guidelines —", "To submit a letter:". */
const LABEL = String.raw`(?:(?:letters?|submission|readers?['’]?) (?:policy|policies|guidelines|rules)\s*[:.–—-]\s*|to submit a letter\s*[:,]\s*)?`;

/** The letters as the rule's subject: "Letters", "All letters to the editor", "Letters and guest columns". */
const SUBJECT = String.raw`(?:all |your )?letters?(?: to the editors?)?(?: and (?:op-eds?|(?:guest )?columns|commentaries|comments))?`;

/** The rule's verb: "must", "should", "may", "will", "are limited to", "cannot". */
const MODAL = String.raw`(?:must|should|may|will|are limited to|are subject to|cannot|can ?not)\b`;

/** One of the rules papers set, somewhere in the line. */
const RULE = String.raw`(?=[^]{0,300}?(?:\b\d{2,4} words\b|\bwriter['’]s (?:full )?name\b|\b(?:full )?name,? (?:and )?(?:home |street )?(?:address|town|city|hometown)\b|\bedited for\b|\bpublished in any medium\b|\bfor verification\b))`;

/**
 * The standing invitation to write in that closes an opinion piece: "The Times is committed to publishing a diversity
 * of letters to the editor. We'd like to hear what you think about this or any of our articles. … here's our email:
 * letters@nytimes.com." (the New York Times' Opinion pages since 2019), "Have thoughts on this story? Send a letter to
 * the editor to letters@example.com." The line names letters to the editor and asks for the reader's view or gives
 * the letters address; a story's sentence about somebody's letters gives neither, or says who wrote them.
 */
const INVITATION = String.raw`^(?!.*\b(?:said|says|told|according to|wrote)\b)(?=[^]{0,300}?\bletters? to the editors?\b)(?=[^]{0,400}?(?:\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bwhat you think\b|\byour (?:thoughts|views|opinions?)\b))[^]{0,500}$`;

/** The rules for writing in, with up to a few more sentences of them ("We regret that … we cannot reply …"). */
export const LETTERS_POLICY_LINES: readonly RegExp[] = [
  new RegExp(String.raw`^(?!.*\b(?:said|says|told|according to)\b)${LABEL}${SUBJECT} ${MODAL}${RULE}[^]{0,600}$`, 'iu'),
  new RegExp(INVITATION, 'iu'),
];
