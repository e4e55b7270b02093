import { FOREIGN_COLON_TEASER_LABELS, FOREIGN_READ_LABELS } from './foreign-labels';
import { isBracketedPromo } from './is-bracketed-promo';

/**
 * A short label and a colon in front of a line ("Related:", "Read more:", "Previously:", "Original Post:"), a question
 * mark as a label asking one ("Did you see? <link>", Time Out), or a bar as Indian portals set it ("Also Read |
 * <link>", and "ALSO WATCH | <video title>" before a link to their video page). A dash or bullet may lead it, as
 * Italian online dailies set the label in bold: "– Leggi anche: <link>".
 */
const LABEL = /^\s*(?:[–—•·»-]\s*)?(\p{L}[\p{L}'’ -]{0,30}?)(?:\s*[:?]|\s+\|)\s+/u;
/**
 * Labels that point the reader at another page (also at a study: "Review the study: <journal>", and at the site's
 * magazine, as Cointelegraph sets "Magazine: <title>" between paragraphs). A label alone proves little (a round-up post
 * writes "AI: <link>", a credit "Photographer: <link>", and the Dragnet gold keeps those), so only these count.
 */
const TEASER_LABEL =
  /^(?:related(?: (?:stories|story|articles?|posts?|coverage|links?|content|reading))?|read(?: (?:more|also|next|this))?|also (?:read|watch)|see also|more|also|previously|earlier|watch|listen|original(?:ly)? post(?:ed)?(?: at| on)?|(?:next|previous) (?:post|story|article)|explore related topics|more on this(?: story)?|don['’]?t miss|recommended(?: (?:reading|for you|stories))?|did you see(?: this)?|(?:further|more|suggested) reading|go deeper|dig deeper|you (?:may|might) also like|(?:looking|hungry) for more|want more|(?:read|review|see|view) the (?:full )?(?:study|paper|report|research)|(?:from (?:the|our) )?magazine)$/i;
/**
 * A read-also label in another language in front of a link, with or without a colon: "Lire aussi <link>", "LEGGI
 * ANCHE <link>" (the label sits in its own `<span>` or `<strong>`, so no colon is needed to tell it from the title).
 */
const FOREIGN_LABEL = new RegExp(`^\\s*(?:[–—•·»-]\\s*)?${FOREIGN_READ_LABELS}\\s*[:|»›-]?\\s+`, 'iu');
/** A foreign imperative that counts as a teaser's label only before a colon ("MIRA: <link>", `LABEL` finds it). */
const FOREIGN_COLON_LABEL = new RegExp(`^${FOREIGN_COLON_TEASER_LABELS}$`, 'iu');
/** The share of the text after the label that must be link text: the label points at another page. */
const MIN_LINK_SHARE = 0.6;
/** A profile line: a network's name, then only an address or handle ("Twitter: @ann", "YouTube: youtube.com/ann"). */
const PROFILE =
  /^\s*(?:facebook|twitter|youtube|instagram|pinterest|tumblr|linkedin|flickr|website)(?: [\p{L} ]{1,20})?\s*:\s*(?:@\w+|(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?)\s*$/iu;

/**
 * A story excerpt closed by a link to the rest ("… with midnight launch event Read more...", "… Continue reading →"):
 * a teaser for another page; the article's own text never stops mid-page to send the reader away. Capitalised, as a
 * link label is: prose ending "… where residents can read more" is a sentence.
 */
const READ_ON =
  /\s(?:Read [Mm]ore|READ MORE|Continue [Rr]eading|CONTINUE READING|Read (?:the )?[Ff]ull (?:[Ss]tory|[Aa]rticle|[Pp]ost))\s*(?:\.{3}|…|»|›|→|>>?)?\s*$/;
/** An excerpt before that link has at least this many characters (a bare "Read more" line is boilerplate). */
const MIN_EXCERPT_CHARS = 40;
const SPACE_RUNS = /\s+/g;
/**
 * A newsletter pitch: names a newsletter and asks the reader to sign up, with a link ("Sign up for CNN's Wonder Theory
 * science newsletter. Explore …", "Editor's Note: … To get it in your inbox, sign up for free here."). The link is
 * the tell: a story saying residents can sign up for the council's newsletter links nothing. The ask may be in the
 * site's language around the English word "newsletter", as The Conversation's French, Spanish and other editions
 * set their bracketed pitch between paragraphs ("[Plus de 80 000 lecteurs font confiance à la newsletter de The
 * Conversation … Abonnez-vous aujourd'hui]"): the imperative addressed to the reader.
 */
const NEWSLETTER = /\bnewsletters?\b/i;
const SIGN_UP =
  /\b(?:sign(?:ing)?[- ]?up|subscribe|in your inbox)\b|(?<!\p{L})(?:abonnez-vous|inscrivez-vous|suscr[íi]b(?:ete|ase|anse)|inscr[íi]b(?:ete|ase)|inscreva-se|assine|iscriviti|abonniere|abonnieren sie)(?!\p{L})/iu;
/**
 * A channel pitch with its link, in whatever language the site writes it ("Simak breaking news … WhatsApp Channel :
 * <link>", "Follow our Telegram channel <link>"): named by the product's own English name.
 */
const CHANNEL = /\b(?:whatsapp|telegram) channel\b/i;
/**
 * A linked pitch closing a story on the site's video channel, the imperative opening the line or its last clause: "For
 * access to all our exclusive celebrity videos and interviews – Subscribe on YouTube!", "Subscribe to our YouTube
 * channel". A sentence telling of a star's channel ("fans rushed to subscribe on YouTube") has no such break before it.
 */
const VIDEO_CHANNEL =
  /(?:^|[–—:.!-]\s*)subscribe (?:(?:to (?:us|our (?:\w+ )?channel) )?on (?:youtube|tiktok|twitch)|to our (?:youtube|tiktok|twitch) channel)\W*$/i;
/** A pitch is a line or two; a paragraph longer than this (characters) is a story about a newsletter. */
const MAX_PITCH_CHARS = 300;
/**
 * A promo in capitals, all of it a link ("STATE LAWMAKERS PUSH TO REVERSE PAROLE CHANGES", "CLICK HERE TO GET THE
 * FOX NEWS APP"): how several TV-network templates put other stories between the paragraphs. Three words at least,
 * no lower-case letter; a capitalised subheading is no link, and a linked sentence has lower-case letters.
 */
const SHOUTED = /^(?=(?:\S+\s+){2}\S)[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
/** A shouted promo is a headline: at most this many characters. */
const MAX_SHOUTED_CHARS = 160;
/** Non-space characters that may lie outside the link of a shouted promo (a colon, a bullet, a quote mark). */
const SHOUTED_SLACK = 3;
/**
 * A syndication note linking the first publication ("This article originally appeared on USA TODAY: <title>"), as
 * aggregators close a partner's story. The link is the tell: "This story originally appeared on ZDNet under the
 * headline …" without one credits a source, which the Dragnet gold keeps.
 */
const SYNDICATED =
  /^\s*this (?:article|story|post) (?:originally |first )?(?:appeared|was (?:originally |first )?published) (?:on|in|by) [^:]{1,60}:\s*(\S.*)$/iu;
/**
 * The terms a republished story runs under: with permission ("republished with permission", "reprinted here by kind
 * permission of the author"), or under the licence a nonprofit newsroom's republish box gives ("republished here
 * under a Creative Commons license").
 */
const REPUBLISHED = String.raw`(?:republished|reprinted|reproduced)(?: here)? (?:(?:with|by) (?:kind )?permission(?: of [^.]{1,60})?|under an? [^.]{0,40}?\blicen[cs]e)`;
/**
 * The same note naming only the first publication, linked: "This story was originally featured on Fortune.com", also
 * with the terms after it (`REPUBLISHED`): "… appeared in The Ledger and is republished with permission", the
 * Creative Commons line a republish box adds to the story's copy ("This article first appeared on The Current and
 * is republished here under a Creative Commons license."), and the first publication's date with the terms as a
 * sentence of their own, as Pocket closed the partner stories it ran ("This post originally appeared on Harbour Review and was
 * published May 3, 2021. This article is republished here with permission.").
 */
const SYNDICATED_SITE = new RegExp(
  String.raw`^\s*this (?:article|story|post) (?:was )?(?:originally|first) (?:appeared|featured|published|ran) (?:on|in) (\S.{0,40}?)` +
    String.raw`(?:,? and (?:is|was|has been) ${REPUBLISHED}|,? and was published (?:on )?.{3,30}?[.]\s+this (?:article|story|post) (?:is|was|has been) ${REPUBLISHED})?\W*$`,
  'iu',
);

/**
 * An aggregator's closing pointer to the partner's own page, the partner linked: "Read the original article on
 * Business Insider", "Read the full story at The Harbour Courier", after the first-publication stamp Yahoo prints
 * before it in one paragraph ("This story was originally published November 20, 2026. Read the original article on
 * …"). Unlinked, "read the original article on the council's website" is a sentence.
 */
const READ_ORIGINAL =
  /^\s*(?:(?:this (?:article|story|post) (?:was )?)?(?:originally|first) (?:published|posted|appeared)\b.{0,80}?[.!]\s+)?read the (?:original|full) (?:article|story|post) (?:on|at|in) (\S.{0,40}?)\W*$/iu;

/**
 * The note a chain puts under a story it shares between its papers, linking the first publication's headline or
 * site: "Originally published as <title>", "First published on <site>", with the network it shares through after a
 * comma ("…, part of the BLOX Digital Content Exchange"). The link is the tell: "Originally published in 1851, the
 * novel …" is a sentence.
 */
const FIRST_PUBLISHED =
  /^\s*(?:originally|first) (?:published|appeared|posted|ran) (?:as|on|in|at)\s+(\S.*?)(?:,\s*(?:part|a member) of (?:the )?[^.,]{1,80}?\b(?:network|exchange|group|family|partnership|collective))?[\s.]*$/iu;

/**
 * True for a labelled link to another page ("Related: Flood defences to be reviewed", "Previously: The Daily",
 * "Original Post: https://…"), for a story excerpt ending in a "Read more" link, for a linked newsletter pitch, for a
 * linked promo in capitals, for a linked syndication note or "Read the original article on <site>", and for a
 * profile line of a "follow us" block ("Twitter: @ann"). `linkChars` is how much of the line is link text (spaces not
 * counted): in a teaser the label itself is no link (a title with a colon in it is).
 */
export function isTeaserLine(line: string, linkChars: number): boolean {
  if (PROFILE.test(line)) return true;
  if (linkChars > 0 && (isShoutedPromo(line, linkChars) || isBracketedPromo(line, linkChars))) return true;
  const syndicated = SYNDICATED.exec(line);
  if (syndicated && linkChars >= (syndicated[1] ?? '').replace(SPACE_RUNS, '').length * MIN_LINK_SHARE) return true;
  const first = FIRST_PUBLISHED.exec(line)?.[1];
  if (first && linkChars >= first.replace(SPACE_RUNS, '').length * MIN_LINK_SHARE) return true;
  const original = READ_ORIGINAL.exec(line)?.[1];
  if (original && linkChars >= original.replace(SPACE_RUNS, '').length * MIN_LINK_SHARE) return true;
  const site = SYNDICATED_SITE.exec(line)?.[1];
  if (site && linkChars >= site.replace(SPACE_RUNS, '').length * MIN_LINK_SHARE) return true;
  if (linkChars > 0 && line.length <= MAX_PITCH_CHARS && NEWSLETTER.test(line) && SIGN_UP.test(line)) return true;
  if (linkChars > 0 && line.length <= MAX_PITCH_CHARS && (CHANNEL.test(line) || VIDEO_CHANNEL.test(line))) return true;
  const readOn = READ_ON.exec(line);
  // Link characters are counted without spaces.
  const readOnChars = readOn?.[0].replace(SPACE_RUNS, '').length ?? 0;
  if (readOn && linkChars >= readOnChars && line.length - readOn[0].length >= MIN_EXCERPT_CHARS) return true;
  const english = LABEL.exec(line);
  const named = english?.[1] ?? '';
  const colon = english?.[0].includes(':') === true && FOREIGN_COLON_LABEL.test(named);
  const label = english && (TEASER_LABEL.test(named) || colon) ? english : FOREIGN_LABEL.exec(line);
  if (!label) return false;
  const rest = line.trim().length - label[0].trim().length;
  return rest > 0 && linkChars >= rest * MIN_LINK_SHARE && linkChars <= rest;
}

/** A headline in capitals that is all link (see `SHOUTED`). */
function isShoutedPromo(line: string, linkChars: number): boolean {
  const text = line.trim();
  if (text.length > MAX_SHOUTED_CHARS || !SHOUTED.test(text)) return false;
  return linkChars >= text.replace(SPACE_RUNS, '').length - SHOUTED_SLACK;
}
