/**
 * A writer's byline set as a line of its own inside the story, over a section another writer contributes: the BBC's
 * "Analysis" boxes of 2010-2020 open with "By Tom Hadley, BBC Look East environment correspondent" in bold under
 * their heading, and papers print a second writer's sidebar the same way. Like the byline under the headline it names
 * who wrote, not what happened. Only the whole shape is one: "By" and a name of two to four capitalised words, a comma,
 * and a desk ending on the writer's role, with no sentence after it; "By Tuesday, the editor had resigned." is prose.
 */
export const SECTION_BYLINE_LINES: readonly RegExp[] = [
  /^[Bb][Yy] \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3},\s+[^.!?,;:]{0,80}\b(?:correspondent|editor|reporter|analyst|writer)$/u,
];
