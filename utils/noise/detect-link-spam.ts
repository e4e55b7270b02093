import type { NoiseReason } from '../model';

/** A URL: with a scheme, starting `www.`, or a bare domain on a common commercial or shortener TLD. */
const URL =
  /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|shop|store|biz|info|ly|io|co|xyz|top)\b(?:\/[^\s<>"]*)?/gi;
/** Words that turn a link into an advert. */
const PROMO =
  /\b(?:buy|cheap|discount|sale|promo|coupon|free|deal|deals|shop|offer|earn|income|casino|bitcoin|crypto)\b/i;
/** One link is often a source; several, or one with promotion words, is spam. Weights 0–1. */
const ONE_LINK_WEIGHT = 0.3;
const MANY_LINKS_WEIGHT = 0.6;
const PROMO_LINK_WEIGHT = 0.8;

/** Flags links, heavier when there are several or they come with shop/promo words. */
export function detectLinkSpam(text: string): NoiseReason | undefined {
  const links = text.match(URL)?.length ?? 0;
  if (links === 0) return undefined;
  const promo = PROMO.exec(text)?.[0].toLowerCase();
  const count = links === 1 ? '1 link' : `${links} links`;
  if (promo) return { code: 'link-spam', message: `${count} with '${promo}'`, weight: PROMO_LINK_WEIGHT };
  return { code: 'link-spam', message: count, weight: links === 1 ? ONE_LINK_WEIGHT : MANY_LINKS_WEIGHT };
}
