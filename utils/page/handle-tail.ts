/**
 * The writer's X (Twitter) handle right after their name on a byline row, glued on by the markup or spaced: Vox
 * Media's Chorus templates (The Verge, Recode, Polygon, SB Nation, 2014-2019) set it in a span after the name link
 * ("Dana Whitcombe@danawhit Nov 14, 2017, 2:02pm EST"), and blog themes print "Ann Lee @annlee · May 3". An "@" and
 * one to fifteen word characters (the handle's own limit), then a space or the end of the line.
 */
const HANDLE_TAIL = /^\s*@\w{1,15}(?=\s|$)/u;

/** The length of the handle opening `tail` (what follows a writer's name on its line), 0 when none opens it. */
export function handleTailLength(tail: string): number {
  return HANDLE_TAIL.exec(tail)?.[0].length ?? 0;
}
