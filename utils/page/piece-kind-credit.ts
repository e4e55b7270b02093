/**
 * The kind of piece named before the writer in German and French papers' bylines: "Eine Reportage von Ann Lee",
 * "Ein Kommentar von …", "Eine Analyse von …", "Ein Interview von …" (ZEIT, Spiegel, FAZ and SZ print their credits
 * so), "Kommentar von …" without the article, and "Un reportage de …", "Une analyse de …", "Une chronique de …" (French
 * dailies). Read only before a name the page's metadata gives, as "Ein Kommentar von gestern" names no one.
 */
export const PIECE_KIND_CREDIT =
  /^(?:(?:eine?\s+)?(?:reportage|kommentar|analyse|interview|kolumne|glosse|essay|rezension|kritik|porträt|gastbeitrag|recherche|bericht|leitartikel)\s+von|(?:une?\s+)?(?:reportage|analyse|chronique|éditorial|editorial|enquête|tribune|entretien|décryptage|portrait)\s+(?:de|d['’]))\s*/iu;
