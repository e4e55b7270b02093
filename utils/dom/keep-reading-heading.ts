/**
 * "Keep reading" (or "Continue reading", "Read on") alone as a heading: magazine and newsletter-style templates
 * (Astro, Ghost and Next.js themes) head the closing list of other stories so. Only the whole line counts, so a
 * sentence that starts so ("Keep reading for the full list", "Keep reading, she said") is no heading, and the heading
 * goes only with link items under it (`headedLinkBlocks`): a "Continue reading" over the rest of a story stays.
 */
const KEEP_READING_HEADING = /^(?:keep reading|continue reading|read on)\s*(?:[:»]|\.{3}|…)?$/i;

/** True when a (trimmed) line is a "Keep reading" heading over other stories' links. */
export const isKeepReadingHeading = (line: string): boolean => KEEP_READING_HEADING.test(line);
