/**
 * Standing notes on the state of a story rather than on what it says, as newsrooms set them above or under the text:
 * the "developing story" banner and its closing "check back for updates" (local TV, wires, papers on breaking news),
 * and the age notice an archive template or an old-post plugin prints over a story years later ("This article is more
 * than 5 years old", as the Guardian and WordPress old-post plugins print it; "This was published 4 years ago", as
 * Nine's papers do). They say when to come back or how old the page is, never what happened; a note on what changed in
 * the story ("This story has been updated to include …", "Correction: …") is the story's own and is not here. So is where
 * and when it ran, as a publication history box puts it ("This article was published on guardian.co.uk at …").
 */
export const STORY_STATUS_LINES: readonly RegExp[] = [
  // The developing-story banner and its closing line, alone or with its label: "This is a developing story. Check back
  // for updates.", "DEVELOPING STORY: This story is developing and will be updated as more information becomes
  // available.", "This story is developing. Check back with WSB-TV for updates.", "This is a breaking news story and
  // will be updated." Only these stock parts make the line: "This is a developing situation, the mayor said." goes on.
  /^(?:(?:developing(?: story)?|breaking(?: news)?)\s*:\s*)?(?:this is an? (?:developing|breaking)(?: news)?(?: story| situation| news story)?|this (?:story|article|report) is (?:still )?(?:developing|breaking))(?:[ ,.;]*(?:and )?(?:it |this (?:story|article|page) )?(?:will|may) be updated\b[^.!?]{0,80})?(?:[ ,.;—-]*(?:please )?(?:check back|stay with|stay tuned|refresh)\b(?:[^.!?]|\.(?=\S)){0,80})?[.!]?$/i,
  // The closing promise alone, as papers print it under a short breaking story: "This story will be updated.", "Check
  // back for updates." A sentence of the story names what will change ("The list will be updated monthly").
  /^(?:this (?:story|article|report|post) will be updated(?: (?:as|when) [^.!?]{1,80})?|(?:please )?check back (?:later |soon )?for (?:more )?updates)[.!]?$/i,
  // A station's or paper's closing promise with its own name, alone: "Check back with KQTV for updates.", "Stay with
  // WXYZ for updates on this developing story.", "Stay with KQTV News for updates as this story develops." The name is
  // capitalised (case matters here, so no `i` flag): "Check back with your doctor for updates" is advice.
  /^(?:[Pp]lease )?(?:[Cc]heck back|[Ss]tay (?:with|tuned to))(?: with)? (?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*\s+){1,5}for (?:more |the latest |further )?updates(?: (?:on this (?:developing |breaking )?story|as (?:this|the) story develops|as (?:more )?information becomes available))?[.!]?$/u,
  // The age notice: "This article is more than 5 years old", "This article is over a year old. Some of the information
  // in it may be out of date.", "This was published 4 years ago", "This article was published more than 2 years ago".
  /^this (?:article|story|post|page|content)?\s*(?:is (?:more than|over) (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:years?|months?) old|was (?:published|posted|written) (?:(?:more than|over) )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:years?|months?) ago)\.?(?:\s+(?:some (?:of the )?|the )?information (?:in it |in this (?:article|story|post) )?may (?:now )?(?:be out of date|be outdated|no longer be (?:current|accurate))\.?)?$/i,
  // The publication history box under a story, as the Guardian's and the Observer's pages of 2009-2013 printed it, and
  // its label (a heading over the box, a link to it beside the byline): "Article history", "This article was published
  // on guardian.co.uk at 16.09 GMT on Monday 5 March 2012. A version appeared on p14 of the Main section section of the
  // Guardian on Tuesday 6 March 2012. It was last modified at …". The site's address and a time or date after it: "This
  // article was published on a Sunday" is a sentence.
  /^(?:article|story) history$/i,
  /^this (?:article|story|post) was (?:first |originally )?published on (?:www\.)?[\w-]+(?:\.[\w-]+)+ (?:at|on) [^.!?]{0,40}\d.{0,400}$/i,
];
