import { Readability } from '@mozilla/readability';

/**
 * The baseline: Readability.js alone, as the public benchmark runs it (`textContent` of its article). Empty when it
 * finds nothing or throws on an odd document. Readability edits what it reads, so pass a document of its own.
 */
export function readabilityText(doc: Document): string {
  try {
    return new Readability(doc).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}
