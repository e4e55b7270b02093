/**
 * A text-to-speech player's label as Spanish, Portuguese, German, French and Nordic news sites print it above the
 * story: "Escuchar este artículo", "Escuchar nota", "Ouvir esta matéria", "Artikel anhören", "Écouter cet article",
 * "Lytt til artikkelen", "Lyssna på artikeln". The whole line only: a sentence that starts "Escuchar este artículo
 * …" and goes on is prose.
 */
const LABEL = String.raw`(?:escuchar|escuche|escucha)(?: (?:este|esta|el|la))? (?:artículo|nota|noticia)|(?:ouvir|ouça)(?: (?:esta|este|a|o))? (?:matéria|notícia|reportagem|texto|artigo)|(?:artikel|beitrag|text) (?:anhören|vorlesen(?: lassen)?)|écouter (?:cet|l['’]) ?article|lytt til (?:artikkelen|saken)|lyssna på (?:artikeln|texten)|lyt til artiklen`;
/** The player's running time or clock beside the label: "• 4 Min", "(3 min)", "00:00 / 03:52". */
const TIME = String.raw`(?:\s*[(·|•–—-]?\s*\d{1,2}(?::\d{2}){1,2}|\s*[(·|•–—-]?\s*\d{1,2}\s*min(?:utos?|uten|\.)?\)?|\s*[/|])`;
/**
 * The note that the voice is a machine's, as the same players print it after their clock: "Audio generado con
 * inteligencia artificial", "Áudio gerado por IA", "Voz generada por IA".
 */
const AI_VOICE = String.raw`(?:audio|áudio|voz) (?:generad[oa]|gerad[oa]|creado|criado) (?:con|por|com|mediante) (?:ia|inteligencia artificial|inteligência artificial)\.?`;
const FOREIGN_LISTEN_LINE = new RegExp(String.raw`^(?:${LABEL})(?:${TIME})*(?:\s+${AI_VOICE})?$`, 'iu');

/** True for a text-to-speech player's line in one of the languages above, with its clock and AI-voice note. */
export function isForeignListenLine(text: string): boolean {
  return FOREIGN_LISTEN_LINE.test(text);
}
