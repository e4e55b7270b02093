/**
 * A comment's action row led by its vote tally: comment plugins print the up-vote count, then Reply and Share as
 * inline buttons, so the row reads as one line with the count glued on ("12Reply Share", "-2 Reply", "4 Like Reply").
 * A count with no action word after it is not matched here (a reader may answer "42").
 */
const VOTE_ACTION_ROW =
  /^[+\-−]?\d{1,6}\s*(?:(?:reply|share|report|flag|like|dislike|upvote|downvote|vote|permalink|quote)\s*[|·•]?\s*){1,6}$/i;

/** True when a comment line is only a vote count and action buttons. */
export function isVoteActionRow(line: string): boolean {
  return VOTE_ACTION_ROW.test(line.trim());
}
