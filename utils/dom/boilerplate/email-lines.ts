/**
 * Lines of an e-mail newsletter's own furniture, as its web version (a Mailchimp campaign archive, a Campaign Monitor
 * or Constant Contact web view, a newsletter platform's archive page) still prints them around the story.
 */

/**
 * The issue's sponsor line: "This week's Courier is supported by Dunmore Hardware & Feed, …", "Today's newsletter is
 * sponsored by …", "This edition is brought to you by …". The issue names itself (by a word for an issue or by the
 * newsletter's capitalised name) as the thing paid for; a story's "The festival was sponsored by …, she said" reports
 * on a sponsor and stays.
 */
const ISSUE_SPONSOR =
  /^(?:[Tt]his|[Tt]oday['’]s|[Tt]his (?:week|month)['’]s) (?:(?:newsletter|issue|edition|e-?mail|digest|briefing|roundup|update)|[\p{Lu}][\p{L}&'’-]*(?: [\p{Lu}][\p{L}&'’-]*){0,2}(?: (?:newsletter|issue|edition|digest|briefing))?) is (?:brought to you|sponsored|supported|presented|made possible|underwritten)(?: in part)? by\b(?!.*\b(?:said|says|told|according to)\b).{0,400}$/u;

/**
 * The link to the web version, above the e-mail's header: "View this email in your browser", "View in browser", "Read
 * this newsletter online", "Having trouble viewing this email? View it online".
 */
const VIEW_IN_BROWSER =
  /^(?:(?:having trouble|problems?|trouble) viewing this (?:e-?mail|newsletter|message)\??\s*)?(?:view|read|open|see)(?: (?:this|the|it) ?(?:e-?mail|newsletter|message)?)? (?:online|in (?:(?:your|a|the) )?(?:web )?browser|as a web ?page)\.?$/i;

/** The pass-it-on link of a campaign's footer: "Forward to a friend", "Forward this email to a friend". */
const FORWARD_TO_FRIEND = /^forward (?:this (?:e-?mail|newsletter|message|issue) )?to a (?:friend|colleague)\.?$/i;

/**
 * A mail client's signature closing a post sent in by e-mail (Posterous, Tumblr's and WordPress's post-by-email,
 * Blogger's Mail2Blogger): "Sent from my iPhone", "Sent from my BlackBerry® wireless device", "Sent from my Verizon
 * Wireless BlackBerry", "Sent from my phone, so forgive the typos". The device is named (maybe after a carrier's
 * capitalised words) and a short aside may follow; a story's sentence about a message sent from a phone goes on to
 * what it said or who sent it ("Sent from my phone at 3am, the message read: …" quotes or reports it).
 */
const MOBILE_SIGNATURE =
  /^sent (?:from|via|with) my (?:\p{Lu}[\p{L}&-]*\s){0,2}(?:iphone|ipad|ipod|blackberry|android|(?:mobile |smart)?phone|mobile(?: device)?|tablet|kindle|(?:htc|samsung|galaxy|nokia|motorola|sony|huawei|nexus|xperia|droid|windows phone)\b[\p{L}\p{N} -]{0,20}?)(?:®|\(r\))?(?: (?:wireless )?(?:device|handheld|smartphone))?(?:[,;:.!]|\s[-–—])?(?:\s(?![^]*\b(?:said|says|read|reads|wrote|told|asked)\b)[^"“”]{1,40})?$/iu;

export const EMAIL_LINES: readonly RegExp[] = [ISSUE_SPONSOR, VIEW_IN_BROWSER, FORWARD_TO_FRIEND, MOBILE_SIGNATURE];

/**
 * True for a mail client's signature line ("Sent from my iPhone"). Under a reader's comment it is the commenter's own
 * text, as they sent it from a phone, and the comment keeps it (the Dragnet reference does); only a post's is furniture.
 */
export const isMobileSignature = (line: string): boolean => MOBILE_SIGNATURE.test(line.trim());
