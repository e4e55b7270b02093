/**
 * The lines a reader poll's widget prints around its results, left as text when the page saves the widget rendered
 * (or its no-script fallback): the tally line and the links back to the ballot. The question and its answers are the
 * widget's too, but they read as any list item would, so they are left to the widget's markup.
 */
export const POLL_LINES: readonly RegExp[] = [
  // The tally under the results: "Total Votes: 1,020" (Crowdsignal, formerly Polldaddy, on WordPress sites), "Total
  // Voters: 812" (the WP-Polls plugin), "Total votes 3 418". A story gives a count in a sentence.
  /^total (?:votes|voters|responses)\s*:?\s*\d[\d,. ]*$/i,
  // Crowdsignal's links between results and ballot, and its no-script fallback: "Return To Poll", "Take Our Poll",
  // "View Results" beside "Vote"; WP-Polls' "Vote" / "View Results Of This Poll".
  /^(?:return to (?:the )?poll|take our poll|view (?:the )?results(?: of this poll)?|vote\s*[|·]\s*view (?:the )?results)\W*$/i,
  // A crowd-ranked list's prompt over its entries (Ranker-type voting lists): "Vote up the cozy mysteries you would
  // happily reread.", "Vote up your favorites!". The whole line only: a story's sentence asking readers to vote goes
  // on.
  /^vote up (?:the|your) [^.!?]{3,100}[.!]?$/i,
];
