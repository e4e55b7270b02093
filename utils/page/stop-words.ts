/**
 * The most frequent function words of a few languages: enough to guess a page's language and to tell a sentence from a
 * user name. Deliberately tiny (about 30 each); overlaps between languages are fine because the one with most hits
 * wins. Kept as space-separated strings so each language stays one short block.
 */
const LISTS: Readonly<Record<string, string>> = {
  en:
    'the and of to is was are were that this with for not have has be it its you your they their what ' +
    'which would will from but very about been who all can just more than there he she we our a an',
  de:
    'der die das und ist nicht ein eine einen mit sich auf für auch dem den des zu wird wurde sind nach ' +
    'bei oder aber noch wie ich wir',
  fr:
    'le la les des est une et du dans que qui pour pas sur au avec sont mais ont aux ce cette nous vous ' +
    'il elle ne été être',
  es:
    'el los las del y que en es por con para una un su sus se lo como pero más fue está han muy sin sobre ' +
    'también este esta',
  it:
    'il di che della delle dei gli è per una sono non nel nella alla anche come ma più questo questa ' +
    'stato hanno degli dal dalla ed tra',
  pt:
    'o os as da do das dos e que em não uma um para com é foi no na nos mais mas seu sua ao pelo pela ' +
    'também são está',
  nl:
    'de het een en van is dat niet op te zijn met voor ook maar wordt werd bij naar heeft hij ze wij ik ' +
    'dit om nog uit door',
  ru:
    'и в не на что с по это как он она они мы я из за к у от для но было был была так же все его её если ' +
    'уже только',
};

/** Function words per language (`en`, `de`, …), lower-case. */
export const STOP_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(LISTS).map(([language, words]) => [language, new Set(words.split(' '))]),
);
