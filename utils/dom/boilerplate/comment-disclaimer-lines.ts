/**
 * A site's disclaimer over or under its comment box, saying the comments are their writers' and not its own: "Please
 * note: Comments are the opinions of their authors and do not reflect the views of KRVT.", "Comments are solely the
 * views of the individual posters and do not necessarily reflect the views of this newspaper.", "The opinions
 * expressed in comments below are those of the commenters and not of this site." Local TV stations (WorldNow/Frankly,
 * Raycom) and papers print it by the comment plugin. Only with the site's distance said ("do not reflect", "not those
 * of"): a story's sentence about what commenters wrote does not disown it.
 */
export const COMMENT_DISCLAIMER_LINES: readonly RegExp[] = [
  /^(?=.{0,400}$)(?:(?:please )?note\s*:\s*|disclaimer\s*:\s*)?(?:(?:all |the |reader |user )?comments(?: (?:posted|below|made|left|on this (?:site|page|story|article)))?(?: here)? (?:are|reflect|represent) (?:solely |only |strictly )?(?:the )?(?:opinions|views)(?: and opinions)? of (?:their|the(?: individual)?|its) (?:authors?|writers?|posters?|commenters?|users|readers)|(?:the )?(?:opinions|views)(?: and opinions)? expressed (?:in|by) (?:the |these |reader |user )?(?:comments|commenters|posters)(?: below| here| on this (?:site|page))? (?:are|is) (?:solely |only )?(?:those )?of (?:the |their )?(?:individual )?(?:authors?|writers?|posters?|commenters?|users|readers))[^.!?]{0,40}?(?:,\s*| and | but |\.\s*(?:they |it )?)(?:do(?:es)? not (?:necessarily )?(?:reflect|represent)|(?:are )?not (?:necessarily )?(?:those|the views|the opinions) of)\b[^\n]{0,200}$/i,
];
