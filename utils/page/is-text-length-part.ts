/**
 * A post's length as static-site and blog themes print it in the meta row under the title, labelled: the word or
 * character count of the hexo-symbols-count-time and hexo-wordcount plugins that Hexo's NexT and Butterfly themes
 * show ("Symbols count in article: 3.4k", "Words count in article: 1.2k", "Word count: 1,234") and the reading time
 * beside it, which those plugins write with an approximation sign ("Reading time ≈ 3 mins.", "Reading time: 4min").
 * A number alone after its label: a sentence about a word count goes on ("Word count: the essay must stay under 800").
 */
const LENGTH_PART =
  /^(?:(?:symbols?|words?|characters?)\s+count(?:\s+in\s+(?:article|post))?|word\s+count|post\s+length)\s*[:：]?\s*\d[\d.,]*\s*[kK]?$|^(?:reading|read)\s+time\s*(?:[:：≈~]\s*)*(?:about\s+)?\d{1,3}\s*(?:mins?|minutes?)\.?$/iu;

/** True for one part of a header's meta row that gives the post's length (`LENGTH_PART`). */
export function isTextLengthPart(text: string): boolean {
  return LENGTH_PART.test(text.trim());
}
