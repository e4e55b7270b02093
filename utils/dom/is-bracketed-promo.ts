/**
 * A promo set between a story's paragraphs as a linked line in square brackets, opening on a label in capitals:
 * "[DOWNLOAD: Free WSB-TV News app for alerts as news breaks]", "[SIGN UP: Daily Headlines Newsletter]", "[WATCH:
 * Crews clear the ramp]", "[RELATED: Tanker fire closes I-75]", as Cox Media Group's stations and other local TV and
 * radio sites on Arc write them. An editor's bracketed aside ("[Update, March 2: The county …]") has no label in
 * capitals and no link, so it stays.
 */
const BRACKETED_PROMO = /^\[\s*\p{Lu}[\p{Lu}\p{N} &'’/-]{1,30}:\s+([^\]]{2,160})\]$/u;
/** The share of the text after the label that must be link text: the promo points at another page. */
const MIN_LINK_SHARE = 0.6;
const SPACE_RUNS = /\s+/g;

/** True for a bracketed, labelled promo line that is mostly link (`linkChars`: link text without spaces). */
export function isBracketedPromo(line: string, linkChars: number): boolean {
  const rest = BRACKETED_PROMO.exec(line.trim())?.[1];
  return rest !== undefined && linkChars >= rest.replace(SPACE_RUNS, '').length * MIN_LINK_SHARE;
}
