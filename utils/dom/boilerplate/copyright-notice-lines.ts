/**
 * The copyright notice a site prints under every story, in the story's block, whatever its class names: it speaks of
 * the page as a document to reproduce, never of the story's events.
 */

/**
 * The fair-dealing notice of science-news wires and UK publishers: "This document is subject to copyright. Apart from
 * any fair dealing for the purpose of private study or research, no part may be reproduced without the written
 * permission." The page named as a document under copyright, and its reproduction or a permission in the same line.
 */
const SUBJECT_TO_COPYRIGHT =
  /^(?=.*\b(?:reproduced|reproduction|permission)\b)this (?:document|article|material|work|story|content|page) is (?:subject to|protected by) copyright\b.{0,400}$/i;

/**
 * The notice Korean English-language dailies close each story on: "<ⓒ The Korea Herald (www.koreaherald.com),
 * Unauthorized reproduction and redistribution prohibited>", also "© … Unauthorised copying prohibited". The holder
 * after a copyright mark, then the ban, and nothing more.
 */
const UNAUTHORIZED_REPRODUCTION =
  /^<?\s*(?:[ⓒ©]|\(c\)|copyright)\s*[^<>]{1,100}?[,.]?\s*unauthori[sz]ed (?:reproduction|copying|use|distribution)(?:,? (?:and|or|&) (?:redistribution|distribution|retransmission|reproduction))? (?:is )?(?:strictly )?prohibited\W*$/iu;

/**
 * The same ban in Latvian, as Delfi and other Baltic portals print it: "Jebkādu "Delfi" publicēto materiālu izmantošana
 * bez "Delfi" rakstiskas atļaujas ir aizliegta" (any use of material published by Delfi without its written permission
 * is prohibited).
 */
const LATVIAN_REUSE_BAN = /^jebkādu .{1,80}? materiālu izmantošana bez .{1,80}? atļaujas ir aizliegta\.?$/iu;

export const COPYRIGHT_NOTICE_LINES: readonly RegExp[] = [
  SUBJECT_TO_COPYRIGHT,
  UNAUTHORIZED_REPRODUCTION,
  LATVIAN_REUSE_BAN,
];
