/**
 * The locale dates are written in: the reader's own variant of the article's language when they read it
 * (`en-GB` for an `en` article), else the article's language so the date matches the text around it, else the
 * reader's first language.
 */
export function dateLocale(
  articleLanguage: string | undefined,
  readerLanguages: readonly string[],
): string | undefined {
  const primary = articleLanguage?.split('-')[0]?.toLowerCase();
  if (!primary) return readerLanguages[0];
  return readerLanguages.find((tag) => tag.split('-')[0]?.toLowerCase() === primary) ?? articleLanguage;
}
