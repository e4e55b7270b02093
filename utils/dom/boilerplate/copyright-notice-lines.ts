/**
 * The copyright notice a site prints under every story, in the story's block, whatever its class names: it speaks of
 * the page as a document to reproduce, or reserves its rights, never of the story's events.
 */

/**
 * "All rights reserved" as sites in other languages close a story or its page, without the "©" or "Copyright" that the
 * note table's copyright lines open on: Turkish news sites print "Haberin tüm hakları saklıdır. İzinsiz kullanılamaz."
 * (all rights to the story are reserved; not to be used without permission) under every story, as in-app web views
 * keep it when they strip the page's footer. The stock phrase ends its sentence, in a short line: a story quoting it
 * goes on.
 */
const RESERVED =
  '(?:t[üu]m haklar[ıi](?: sakl[ıi]d[ıi]r| mahfuzdur)|her hakk[ıi] sakl[ıi]d[ıi]r|todos los derechos reservados|todos os direitos reservados|tous droits r[ée]serv[ée]s|alle rechte vorbehalten|tutti i diritti riservati|alle rechten voorbehouden|wszelkie prawa zastrze[żz]one|все права защищены|hak cipta dilindungi undang-undang)';
/** What may follow the phrase in the same line: a "used only with permission" note, a holder's name, no story. */
const MAX_AFTER = 120;
/** What may stand before it: the holder, "Haberin" (the story's), a year. */
const MAX_BEFORE = 80;

/**
 * The phrase alone or after its holder, ending its sentence, with at most a short note after it: "Haberin tüm hakları
 * saklıdır. İzinsiz kullanılamaz.", "Gündem Haber - Tüm hakları saklıdır.", "Todos los derechos reservados.".
 */
const ALL_RIGHTS_RESERVED = new RegExp(`^.{0,${MAX_BEFORE}}${RESERVED}[.!]?(?:\\s+.{0,${MAX_AFTER}})?$`, 'iu');

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

/**
 * The same ban as German-language papers print it under the copyright line: "Vervielfältigung nur mit Genehmigung der
 * SPIEGEL ONLINE GmbH", "Jede Vervielfältigung nur mit schriftlicher Genehmigung des Verlags" (copying only with the
 * publisher's permission). The reproduction and the permission open the line; a sentence on what a court allowed goes
 * otherwise.
 */
const GERMAN_REPRODUCTION_BAN =
  /^(?:jede\s+)?vervielfältigung(?:\s+und\s+\p{L}+)?\s+nur\s+mit\s+(?:vorheriger\s+)?(?:ausdrücklicher\s+)?(?:schriftlicher\s+)?(?:genehmigung|zustimmung|erlaubnis)\b[^.!?]{0,100}\.?$/iu;

export const COPYRIGHT_NOTICE_LINES: readonly RegExp[] = [
  ALL_RIGHTS_RESERVED,
  SUBJECT_TO_COPYRIGHT,
  UNAUTHORIZED_REPRODUCTION,
  LATVIAN_REUSE_BAN,
  GERMAN_REPRODUCTION_BAN,
];
