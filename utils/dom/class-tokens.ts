const SPACES = /\s+/;

/** The tokens of an element's class list, in order, without empty ones. */
export const classTokens = (element: Element): string[] =>
  (element.getAttribute('class') ?? '').split(SPACES).filter((token) => token.length > 0);
