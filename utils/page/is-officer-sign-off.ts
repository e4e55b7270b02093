import { isNameShaped } from './is-name-shaped';

/**
 * The officer signing an association's or club's newsletter story: "Sue Penhaligon, Secretary", "Ann Lee, Chair of
 * the Committee", "Bo Roe, Newsletter Editor". A name, a comma and an officer's title, nothing else: a sentence naming
 * an officer ("Ann Lee, the secretary, said …") goes on and never matches.
 */
const OFFICER_SIGN_OFF =
  /^[—–-]?\s*([^,]{2,40}),\s+(?:(?:the|our)\s+)?(?:(?:honorary|hon\.|acting|interim|vice|deputy|assistant|executive|general|committee|club|branch|society|newsletter|managing|communications|membership|site)[\s-]+){0,2}(?:secretary|chair(?:man|woman|person)?|president|treasurer|clerk|editor|director|coordinator|organi[sz]er|convenor|convener|manager|steward)(?:\s+(?:of|for)\s+(?:the\s+)?[\p{Lu}][\p{L}'’&-]*(?:\s+[\p{Lu}][\p{L}'’&-]*){0,4})?\.?$/iu;

/** Lower-case words a name may hold between its capitalised ones ("Mary de Vries"). */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'al']);

/** Every word of the name is capitalised, or a particle: "Thanks to everyone" is no name. */
const isCapitalisedName = (name: string): boolean =>
  name.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word));

/** True for a closing line that is an officer's sign-off: a name and the officer's title (see `OFFICER_SIGN_OFF`). */
export function isOfficerSignOff(text: string): boolean {
  const name = OFFICER_SIGN_OFF.exec(text)?.[1];
  return name !== undefined && isNameShaped(name) && isCapitalisedName(name);
}
