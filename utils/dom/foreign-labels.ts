/**
 * Furniture labels of news templates in the languages after English that European and Latin American newsrooms
 * publish in (German, French, Spanish, Portuguese, Italian, Dutch, Polish, the Nordic languages, Russian,
 * Indonesian, Turkish). The English
 * labels stay with the rules that read them; these are only the same words translated, as regex sources.
 */

/**
 * Labels that send the reader to another story: "Lire aussi", "À lire aussi", "Leggi anche", "Lee también", "Leia
 * também", "Saiba mais", "Mehr zum Thema", "Lesen Sie auch", "Lees ook", "Czytaj także", "Läs också", "Читайте также",
 * Indonesian "Baca juga" and Turkish "İlgili haberler".
 */
export const FOREIGN_READ_LABELS =
  '(?:(?:à )?lire (?:aussi|également)|voir aussi|sur le même sujet|leggi anche|vedi anche|potrebbe interessarti|le(?:e|a) también|ver también|te puede interesar|más información|leia (?:também|mais)|veja também|saiba mais|mehr zum thema|lesen sie (?:auch|mehr)|siehe auch|auch interessant|lees (?:ook|meer)|zie ook|czytaj (?:też|także|więcej)|zobacz (?:też|także)|l[äæ]s (?:också|også|mer|mere)|les (?:også|mer)|читайте также|смотрите также|по теме|baca juga|simak juga|lihat juga|[iİ]lg[iİ]l[iİ] haberler?|bunlar[ıi] da okuyun)';

/**
 * An ad slot's label: "Anzeige", "Werbung", "Publicité", "Publicidad", "Publicidade", "Pubblicità", "Advertentie",
 * "Reklama", "Reklam", "Annons", "Annonse", "Iklan", "Реклама".
 */
export const FOREIGN_AD_LABELS =
  '(?:anzeige|werbung|publicit[ée]|publicidad|publicidade|pubblicit[àa]|advertentie|reklam[ae]?|annons(?:e)?|iklan|реклама)';

/**
 * The reading prompt under an ad slot: "Haberin Devamı", "Artikeln fortsätter under annonsen", "Artikkelen fortsetter
 * under annonsen", "Het artikel gaat verder onder de advertentie", "Dalsza część artykułu pod materiałem wideo", "Weiter
 * nach der Anzeige", "La suite après la publicité", "Продолжение ниже".
 */
export const FOREIGN_CONTINUES_LABELS =
  "(?:haberin devam[ıi]|artikeln fortsätter (?:under|efter) (?:annonsen|reklamen)|artikkelen fortsetter (?:under|etter) annonsen|(?:het )?artikel gaat (?:verder|door) (?:onder|na) de advertentie|lees verder (?:onder|na) de advertentie|dalsz[ay] (?:część|ciąg) (?:artykułu|materiału) pod (?:reklamą|materiałem wideo|wideo)|(?:der artikel wird )?weiter (?:unter|nach) der anzeige(?: fortgesetzt)?|la suite après (?:la |cette )?publicité|l['’]article continue (?:après|sous) (?:la|cette) publicité|продолжение ниже)";

/**
 * The heading of a most-read rail: "Lo más visto", "Más leídas", "Les plus lus", "Meistgelesen", "I più letti", "Mais
 * lidas", "Meest gelezen", "Najczęściej czytane", "Najpopularniejsze", "Mest läst", "Terpopuler", "En çok okunanlar",
 * "Самое читаемое".
 */
export const FOREIGN_MOST_READ_LABELS =
  '(?:lo más (?:visto|leído)|(?:las |los )?más le[íi]d[oa]s|les plus (?:lus|partagés)|meist ?gelesen|am meisten gelesen|i più letti|(?:as )?mais lidas|meest gelezen|najczęściej czytane|mest (?:lästa?|læste|leste)|najpopularniejsze|terpopuler|en çok okunan(?:lar)?|самое (?:читаемое|популярное))';

/**
 * A paywall's offer to subscribe: "abonnez-vous", "Je m'abonne", "réservé aux abonnés", "abonnieren", "Abo",
 * "suscríbete", "suscriptores", "assine", "assinantes", "abbonati", "abonneren", "abonnenten", "prenumerera".
 */
export const FOREIGN_SUBSCRIBE_WORDS =
  "(?:abonn(?:ez|é|ée|és|ement|er)|m['’]abonne|abonnier|\\babo\\b|abonnent|suscr[ií]b|suscriptor|suscripci[óo]n|assin(?:e|ar|atura|antes?)\\b|abbonat|abbonament|abbonarsi|abonneer|abonnement|prenumer|подпи)";

/**
 * A paywall's offer to log in: "Déjà abonné ?", "Connectez-vous", "Se connecter", "Anmelden", "Einloggen", "Inicia
 * sesión", "Entrar", "Accedi", "Inloggen", "Logga in", "Войти".
 */
export const FOREIGN_LOG_IN_WORDS =
  '(?:déjà abonné|connectez-vous|se connecter|anmelden|einloggen|bereits abonnent|inicia(?:r)? sesi[óo]n|ya (?:eres|soy) suscriptor|j[áa] (?:é|sou) assinante|entrar|accedi|sei già abbonato|inloggen|logga in|logg inn|войти)';
