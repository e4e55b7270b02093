/**
 * The credit word before a writer's name on the byline of news sites in the African languages written in Latin script,
 * as a regex source: Swahili "Na" ("Na Mussa Kalinga", Mwananchi, Habari Leo, Taifa Leo), Hausa "Daga" ("Daga Ibrahim
 * Sule"), Yoruba "Lati ọwọ" ("Lati ọwọ Florence Babaṣọla", Alaroye; the dotted vowels precomposed, as a letter and a
 * combining dot, or without the dot), Kinyarwanda "Yanditswe na" ("written by", IGIHE, Kigali Today) and Somali
 * "Qore" / "W/Q" ("writer", "wararka qore"). Each is a common word too ("na" is "and"), so it is read only before a
 * name the page's metadata gives, as the European credit words are.
 */
export const AFRICAN_CREDIT_WORDS = String.raw`na|daga|lati\s+(?:ọ|o\u0323?)w(?:ọ|o\u0323?)|yanditswe\s+na|qore|w\/q`;
