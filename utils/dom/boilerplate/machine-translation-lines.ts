/**
 * A machine-translation notice over or under a story that a site shows in a language it was not written in: "Machine
 * translation. This article was translated automatically from Bahasa Melayu and has not been reviewed by our
 * editors.", "This page has been machine translated.", "This content was translated using DeepL.", and as German,
 * French and Spanish sites print it ("Dieser Artikel wurde maschinell übersetzt", "Cet article a été traduit
 * automatiquement", "Este artículo fue traducido automáticamente"). Translation plugins (Weglot, GTranslate,
 * TranslatePress) and newsrooms' own machine editions set it so; it is a note about the page, not the story. The
 * story names itself ("This article", "this page") and how it was translated; "The ruling was translated
 * automatically for the court" is news.
 */

/** An optional label in front of the notice: "Machine translation.", "Automatic translation:", "AI translation –". */
const LABEL = '(?:(?:machine|automatic|automated|ai) translation\\s*[.:–—-]\\s*)?';
/** The text calling itself so. */
const THIS_TEXT = '(?:this|the following) (?:article|story|page|post|content|text|report|news(?: item)?)';
/** How it was translated: automatically, by a machine, with a named tool or AI. */
const HOW =
  '(?:(?:translated )?automatically(?: translated)?|machine[- ]translated|translated (?:(?:by|with|using|via|through) (?:the help of )?(?:an? )?(?:machine(?: translation)?|automat(?:ic|ed) translation|ai|artificial intelligence|google translate|google|deepl|a translation (?:tool|plugin|service)|(?:automated )?translation software)))';

/** The notices, in English, German, French and Spanish. */
export const MACHINE_TRANSLATION_LINES: readonly RegExp[] = [
  new RegExp(`^${LABEL}${THIS_TEXT} (?:was|has been|is|had been) ${HOW}\\b.{0,300}$`, 'iu'),
  // The label alone, or with the language it came from: "Machine translated", "Automatically translated from Malay".
  /^(?:machine[- ]translated|automatically translated|translated automatically)(?: (?:from|into) (?:the )?[\p{L} ]{2,30})?[.:]?$/iu,
  // German, French and Spanish: "Dieser Artikel wurde automatisch übersetzt", "Dieser Text wurde mit DeepL
  // übersetzt", "Cet article a été traduit automatiquement", "Este artículo fue traducido automáticamente".
  /^(?:(?:dieser|der folgende) (?:artikel|text|beitrag)|diese (?:seite|meldung)) (?:wurde|ist) (?:automatisch|maschinell|mit (?:hilfe (?:von|einer) )?(?:ki|künstlicher intelligenz|deepl|google translate|einem übersetzungsprogramm)) (?:aus dem \p{L}+ )?übersetzt\b.{0,300}$/iu,
  /^(?:cet (?:article|texte)|cette (?:page|dépêche)) a été traduite? (?:automatiquement|(?:à l['’]aide|avec l['’]aide|au moyen) d(?:e l['’]|u |e )(?:ia|intelligence artificielle|deepl|google translate|traduction automatique|logiciel de traduction)|par (?:deepl|google translate|une intelligence artificielle|l['’]ia))\b.{0,300}$/iu,
  /^(?:este (?:artículo|texto|contenido)|esta (?:página|nota|noticia)) (?:fue|ha sido|es) (?:traducid[oa] )?(?:automáticamente(?: traducid[oa])?|traducid[oa] (?:con|mediante|por|usando) (?:inteligencia artificial|ia|deepl|google translate|traducción automática))\b.{0,300}$/iu,
  // The label alone: "Maschinell übersetzt", "Traduction automatique", "Traducción automática".
  /^(?:maschinell übersetzt|automatisch übersetzt|traduction automatique|traduit automatiquement|traducción automática|traducido automáticamente)[.:]?$/iu,
];
