/** Appends a trimmed item unless it is empty or already present (case-insensitively); returns a new list. */
export function addUnique(list: readonly string[], item: string): string[] {
  const trimmed = item.trim();
  if (!trimmed) return [...list];
  const key = trimmed.toLowerCase();
  return list.some((existing) => existing.toLowerCase() === key) ? [...list] : [...list, trimmed];
}
