/**
 * Lines an embedded post's frame prints around it, which the post's text does not hold: the placeholder a template
 * shows until the provider's script runs ("Loading Twitter content", as ABC News in Australia sets one over every
 * embed), and the consent gate German sites put in place of an embed until the reader agrees, in the wording DER
 * SPIEGEL and other papers on the same consent tool use ("An dieser Stelle finden Sie einen externen Inhalt von X.com,
 * der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.", "Ich bin damit
 * einverstanden, dass mir externe Inhalte angezeigt werden. …"). The gate's other wordings, which speak of data or
 * cookies, are in the page tools' table (`tool-lines.ts`). The credit line under an embedded X post ("— Name (@handle)
 * date") is the post's, and stays with its text: the Dragnet reference keeps it (two dev pages lost it when it was
 * dropped).
 */

/** The providers whose embeds a placeholder names. */
const PROVIDERS = String.raw`twitter|x|instagram|facebook|youtube|tiktok|bluesky|threads|spotify|vimeo|soundcloud|reddit|linkedin|datawrapper|flourish|infogram`;
/** "Loading Twitter content", "Loading YouTube video…": the placeholder alone on its line. */
const LOADING_EMBED = new RegExp(
  String.raw`^loading (?:${PROVIDERS})(?: (?:content|post|video|embed|tweet|player))?(?:\.{3}|…)?$`,
  'i',
);
/**
 * A script widget's bare placeholder, the word and its dots alone on the line: WP-PostRatings' "Loading ..." under its
 * stars (`div.post-ratings-loading`), a poll's or a comment count's "Loading...", "Loading, please wait...", as the
 * saved page holds it when the script never ran. A story's line goes on past the word.
 */
const LOADING_PLACEHOLDER = /^loading(?:,? please wait)?\s?(?:\.{2,}|…)$/i;
/** The gate's offer to show the embed, which names no data: what it adds and how to show or hide it. */
const GATE_OFFER =
  /^an dieser stelle finden sie (?:einen )?externen? inhalt\b.{0,80}\bder den artikel ergänzt\b.{0,200}$/iu;
/** The gate's consent line: "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. …". */
const GATE_CONSENT = /^ich bin damit einverstanden, dass mir externe inhalte angezeigt werden\b.{0,300}$/iu;
/**
 * The gate's notice of what it holds back, as heise online and the other Heise Medien titles (c't, iX, Telepolis) set
 * it over every embed: "Mit Ihrer Zustimmung wird hier ein externes YouTube-Video (Google Ireland Limited) geladen.",
 * "… ein externer Mastodon-Beitrag (Mastodon gGmbH) …", "… eine externe Umfrage (Opinary GmbH) …". The whole line,
 * a few words of the embed's kind and its provider in brackets: a sentence that goes on is the story's.
 */
const GATE_NOTICE =
  /^mit ihrer zustimmung wird hier (?:ein|eine) externe[rs]? [\p{L}\p{N}+.-]+(?: [\p{L}\p{N}+.-]+){0,3}(?: \([^()]{1,60}\))? geladen\.?$/iu;

/**
 * The placeholder Borlabs Cookie 3 (a consent plugin on many German and other European WordPress sites) sets in place
 * of a blocked embed, in its English and German default wording: "You are currently viewing a placeholder content
 * from YouTube. To access the actual content, click the button below. Please note that doing so will share data with
 * third-party providers.", "Sie sehen gerade einen Platzhalterinhalt von YouTube. Um auf den eigentlichen Inhalt
 * zuzugreifen, …".
 */
const PLACEHOLDER_NOTICE =
  /^(?:you are currently viewing a placeholder content from|sie sehen gerade einen platzhalterinhalt von) [^.]{1,40}\..{0,300}$/iu;
/**
 * The lines an embed code writes under its frame: Vimeo's credit paragraph ("The last summer from Harbour Films on
 * Vimeo.", the video's title and the uploader as links) and Google Maps' "View larger map" link. The uploader is a
 * name in capitals: "A film shot from the pier premiered on Vimeo." is a sentence.
 */
const VIMEO_CREDIT = /^.{1,150}? from [\p{Lu}\p{N}@][^\s]*(?: [\p{Lu}\p{N}@&][^\s]*){0,4} on Vimeo\.?$/u;
const MAP_LINK = /^view larger map$/i;
/**
 * The credit a chart, GIF or document viewer writes into the page under its frame once its script has run, as a saved
 * page holds it: Flourish's "A Flourish chart" ("A Flourish map", "A Flourish data visualization"), Datawrapper's
 * "Created with Datawrapper", Giphy's "via GIPHY" and DocumentCloud's "Contributed to DocumentCloud by Ann Lee (Harbour
 * News)". The tool's name is in every one: a story's sentence about a chart names no tool.
 */
const TOOL_CREDIT =
  /^(?:a flourish (?:chart|map|data visuali[sz]ation|graphic|table|story|scrolly(?:telling)?)|created with datawrapper|via giphy|contributed to documentcloud by .{1,100})$/i;
/**
 * The lines the BBC sets around every embed behind its gate, besides the gate's own question: the warning over a
 * video ("Warning: Third party content may contain adverts") and the note under it ("The BBC is not responsible for
 * the content of external sites."), as other broadcasters word the same note with their own name.
 */
const EMBED_WARNING =
  /^(?:warning: third[- ]party content may contain (?:adverts|ads|advertising)|the [\p{L}\p{N}&' -]{2,30} (?:is|are) not responsible for the content of external (?:sites|websites|internet sites)\.?)$/iu;

/**
 * An Instagram embed's script-off lines as Instagram writes the embed code in the language of whoever copied it (the
 * English ones with the handle are in the page tools' table, `tool-lines.ts`): "Ver esta publicación en Instagram",
 * "Diesen Beitrag auf Instagram ansehen", "Voir cette publication sur Instagram", "Visualizza questo post su
 * Instagram", "Ver essa foto no Instagram", "Dit bericht op Instagram bekijken"; and the credit under it, with or
 * without the handle and, in the older code, the date: "Una publicación compartida de Ann Lee (@annlee)", "Een bericht
 * gedeeld door annlee", "A post shared by Ann Lee (@annlee) on Nov 22, 2026 at 11:04am PST". The name is a handle or
 * capitalised words: "A post shared by the mayor drew 400 comments" is a sentence.
 */
const INSTAGRAM_VIEW =
  /^(?:ver esta publicaci[óo]n en|diesen beitrag auf instagram ansehen|voir cette publication sur|visualizza questo post su|ver (?:essa|esta) (?:foto|publica[çc][ãa]o) no|dit bericht op instagram bekijken)(?: instagram)?$/iu;
const INSTAGRAM_SHARED =
  /^(?:a (?:post|video|reel|photo) shared by|una publicaci[óo]n compartida (?:de|por)|ein beitrag geteilt von|une publication partag[ée]e par|un post condiviso da|uma publica[çc][ãa]o compartilhada por|een bericht gedeeld door) (?:@?[\p{L}\p{N}_.]{1,30}|\p{Lu}[\p{L}\p{N}_.'’&-]*(?: \p{Lu}[\p{L}\p{N}_.'’&-]*){0,3})(?: \(@[\p{L}\p{N}_.]{1,30}\))?(?: (?:on|el|le|am|il|em|op) [^!?]{1,40}?\d{4}(?:,? (?:at|a las|à|um|alle|às|om) [\d:.]{3,5}\s?(?:[ap]m)?(?: [A-Z]{2,4})?)?)?$/iu;

/**
 * Hearst's notes under an embed it pulls in from another service, on its magazines' and stations' pages: "This content
 * is imported from Twitter. You may be able to find the same content in another format, or you may be able to find
 * more information, at their web site.", and under its newsletter box: "This content is created and maintained by a
 * third party, and imported onto this page to help users provide their email addresses. You may be able to find more
 * information about this and similar content at piano.io". The whole stock sentence makes the line; a story saying
 * content "is imported from" somewhere goes on after the service's name.
 */
const IMPORTED_NOTE =
  /^this content is (?:imported from [\p{L}\p{N} .&'’-]{2,30}|created and maintained by a third party,? and imported onto this page(?: to help users provide their email addresses)?)\.(?:\s+you may be able to find [^]{0,160})?$/iu;

export const EMBED_FRAME_LINES: readonly RegExp[] = [
  LOADING_EMBED,
  LOADING_PLACEHOLDER,
  GATE_OFFER,
  GATE_CONSENT,
  GATE_NOTICE,
  PLACEHOLDER_NOTICE,
  VIMEO_CREDIT,
  MAP_LINK,
  TOOL_CREDIT,
  EMBED_WARNING,
  IMPORTED_NOTE,
  INSTAGRAM_VIEW,
  INSTAGRAM_SHARED,
];
