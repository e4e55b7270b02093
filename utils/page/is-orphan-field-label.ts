// A field's label alone, its value gone: "Department:", "Topics:". One capitalised word and the colon, no value after
// it. Two words may be a heading over the story's first list ("Dive Brief:", as Industry Dive heads its bullets).
const FIELD_LABEL = /^\p{Lu}[\p{L}'’-]*\s*:$/u;

/**
 * True for a line in the article's header that is only a field's label: CMS templates print a node's fields over the
 * text as "Label: value" (Drupal's inline field labels, "Department: Water Department"), and when the value is a link
 * the furniture rules take, the label is left alone on its line. It labels nothing in the story. Only read between
 * the headline and the first paragraph, where a story's own lines do not end on a colon.
 */
export const isOrphanFieldLabel = (text: string): boolean => FIELD_LABEL.test(text);
