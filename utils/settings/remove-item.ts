/** Returns a new list without `item` (exact match: the chip the reader clicked names the stored string). */
export function removeItem(list: readonly string[], item: string): string[] {
  return list.filter((existing) => existing !== item);
}
