/**
 * A section or category name in a script without letter case (Ethiopic, Georgian, Sinhala, Khmer, Thai, Arabic,
 * Hebrew …), as an English-language theme prints it after its own "in" on a localised site: "in ሀገራዊ ዜና" (JNews's
 * meta row on an Amharic site). The English reader knows a label by its capitals ("in Networking"); these scripts have
 * none, so one to three words of such letters alone, with no punctuation or digit, stand for it. Only after that
 * English "in": a line of such words alone may be a heading or a short sentence.
 */

/**
 * One to three words of caseless letters (and their combining marks), nothing else. Georgian counts: Unicode gave its
 * everyday letters a capital form (Mtavruli) in 2018, so they are lower case by category, but no text capitalises a
 * name or a label with them.
 */
const UNCASED_LABEL = /^[\p{Lo}\p{M}\p{Script=Georgian}]+(?:\s[\p{Lo}\p{M}\p{Script=Georgian}]+){0,2}$/u;

/** True for one to three words written only in a caseless script ("ሀገራዊ ዜና"). */
export function isUncasedLabel(text: string): boolean {
  return UNCASED_LABEL.test(text);
}
