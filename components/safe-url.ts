/**
 * The URL when it parses as an http(s) address, else undefined: a page-supplied `javascript:` link is never rendered.
 */
export function safeUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
