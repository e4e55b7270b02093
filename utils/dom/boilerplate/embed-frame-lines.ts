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
/** The gate's offer to show the embed, which names no data: what it adds and how to show or hide it. */
const GATE_OFFER =
  /^an dieser stelle finden sie (?:einen )?externen? inhalt\b.{0,80}\bder den artikel ergänzt\b.{0,200}$/iu;
/** The gate's consent line: "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. …". */
const GATE_CONSENT = /^ich bin damit einverstanden, dass mir externe inhalte angezeigt werden\b.{0,300}$/iu;

export const EMBED_FRAME_LINES: readonly RegExp[] = [LOADING_EMBED, GATE_OFFER, GATE_CONSENT];
