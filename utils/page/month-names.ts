/**
 * Month numbers by name, from one entry per month holding its spellings separated by `separator` (a space, or `|`
 * where a name has a space in it): `['ጥር', 'የካቲት', 'መጋቢት', 'ሚያዝያ ሚያዚያ']` gives "ሚያዚያ" 4.
 */
export function monthsByName(months: readonly string[], separator = ' '): Map<string, number> {
  const byName = new Map<string, number>();
  months.forEach((names, i) => names.split(separator).forEach((name) => byName.set(name, i + 1)));
  return byName;
}

/** Names as a regex alternation, longest first, so a spelling is not cut short by another it starts with. */
export function namesPattern(names: Iterable<string>): string {
  return [...names].sort((a, b) => b.length - a.length).join('|');
}
