/**
 * The heading of a "More from X" box in German, Dutch and the Nordic languages, as their sites head the rail of their
 * own or a partner's stories under the article: "Mehr von heise+", "Mehr aus dem Ressort", "Mehr zu Bahn", "Meer van
 * NOS", "Meer over klimaat", "Mer från SVT", "Mere fra DR". English "More from X" is in the block headings
 * (`headed-link-blocks.ts`); like it, this heads a block only over links, so a subheading over prose stays. The name
 * is a few words with no sentence mark: "Mehr zu tun gibt es nicht." is a sentence.
 */
const MORE_FROM_HEADING =
  /^(?:mehr (?:von|aus|zu|zum|zur|bei|über)|meer (?:van|over|uit|bij)|mer (?:från|om|fra)|mere (?:fra|om))\s+[\p{L}\p{N}+&'’-]+(?:\s+[\p{L}\p{N}+&'’-]+){0,3}\s*(?:[:»›]|\.{3}|…)?$/iu;

/** True when a (trimmed) line heads a "More from X" box in German, Dutch or a Nordic language (see above). */
export const isMoreFromHeading = (line: string): boolean => MORE_FROM_HEADING.test(line);
