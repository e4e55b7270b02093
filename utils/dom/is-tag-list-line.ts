/**
 * A tag or category line: a label ("Tags:", "Categories:", "Topics:", "Filed under:", "Keywords:" as AP's feed closes
 * its automated stories, "Topics in this article", "Explore More Topics") and the post's labels. Short labelled lines
 * are furniture whatever follows; a long one only when it is a list of labels, not a sentence.
 */
const TAG_LABEL =
  /^(?:tags?|tagged(?: as| with)?|categories|category|topics?|keywords?|filed under|labels|(?:topics|tags) in this (?:article|story))\s*:\s*/i;
/**
 * That label in words without its colon, before capitalised labels: "Topics in this article Society Countryside", and
 * the topic rows closing a magazine story: "Explore More Topics Libraries Cities", "Related Topics …".
 */
const WORDED_LABEL =
  /^(?:(?:[Tt]opics|[Tt]ags) in this (?:article|story)|(?:[Ee]xplore )?[Mm]ore [Tt]opics|(?:[Rr]elated|[Ss]uggested) [Tt]opics)\s+(?=\p{Lu})/u;
/**
 * A bar ahead of the label ("| Tags: …" after a date on the line above). Not a date or byline before the bar on the
 * same line ("Posted: October 30, 2026 | Tags: …"): the header reader takes the page's date from that line.
 */
const LEAD = /^\|\s*/;
/** Up to this many characters after the label, a labelled line is furniture whatever it says. */
const MAX_SHORT_LIST_CHARS = 300;
/** A label is a name or phrase ("Cry Me A River"); longer, a sentence ran into the list. Words and characters. */
const MAX_ITEM_WORDS = 6;
const MAX_ITEM_CHARS = 40;
const ITEM_SEPARATOR = /\s*[,|]\s*/;
const WHITESPACE = /\s+/;
/** A sentence ending inside an item ("said. Then"), not an abbreviation ("St. Louis"): prose, not a label. */
const SENTENCE_BREAK = /\p{Ll}{2}[.!?]\s+\p{Lu}/u;

/** True when a line of the article region is a tag or category list. */
export function isTagListLine(line: string): boolean {
  const trimmed = line.trim();
  const label = TAG_LABEL.exec(trimmed);
  if (label) {
    const rest = trimmed.slice(label[0].length);
    return rest.length <= MAX_SHORT_LIST_CHARS || isLabelList(rest);
  }
  const worded = WORDED_LABEL.exec(trimmed);
  if (worded) return isLabelList(trimmed.slice(worded[0].length));
  const lead = LEAD.exec(trimmed)?.[0] ?? '';
  const led = lead ? TAG_LABEL.exec(trimmed.slice(lead.length)) : null;
  return led !== null && isLabelList(trimmed.slice(lead.length + led[0].length));
}

/** Labels between commas or bars, each a short name or phrase; none (a label whose links were left out) counts. */
function isLabelList(text: string): boolean {
  return text
    .split(ITEM_SEPARATOR)
    .filter((item) => item.length > 0)
    .every(
      (item) =>
        item.length <= MAX_ITEM_CHARS && item.split(WHITESPACE).length <= MAX_ITEM_WORDS && !SENTENCE_BREAK.test(item),
    );
}
