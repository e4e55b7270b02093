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

export const RIGHTS_NOTICE_LINES: readonly RegExp[] = [
  // The phrase alone or after its holder, ending its sentence, with at most a short note after it: "Haberin tüm hakları
  // saklıdır. İzinsiz kullanılamaz.", "Gündem Haber - Tüm hakları saklıdır.", "Todos los derechos reservados.".
  new RegExp(`^.{0,${MAX_BEFORE}}${RESERVED}[.!]?(?:\\s+.{0,${MAX_AFTER}})?$`, 'iu'),
];
