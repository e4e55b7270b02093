/** Words of a name, compared without case. */
const SPACES = /\s+/;

/**
 * True when `short` is a shorter form of the name `full`, as whole words at its end or start: "Register" of "Pine
 * Hollow Register" (a staff credit, "Register staff writer Ann Lee contributed"), "Times" of "The Harbour Times",
 * "Gulf Courier" of "Gulf Courier Media". Another name that merely shares a word ("Associated Press" and "Harbour
 * Press Club") is not.
 */
export function isShortNameOf(short: string, full: string): boolean {
  const part = short.trim().toLowerCase().split(SPACES);
  const whole = full.trim().toLowerCase().split(SPACES);
  if (part.length === 0 || part[0] === '' || part.length >= whole.length) return false;
  const same = (offset: number): boolean => part.every((word, i) => whole[offset + i] === word);
  return same(0) || same(whole.length - part.length);
}
