/**
 * The lines a reader-rating widget prints beside a story, left as text when Readability keeps the widget with the
 * story's block: Joomla's K2 ("Rate this item" over its five stars, then "(5 votes)"), Joomla's own vote plugin ("User
 * rating: 4 / 5", "Please Rate"), WordPress's kk Star Ratings ("Click to rate this post!", "[Total: 5 Average: 4.2]")
 * and Taqyeem's readers' vote ("User Rating: Be the first one !"), and an emoji-reaction row's tallies (WP Reactions,
 * Vuukle and their like: "😍48 Love", "😂 3 Haha", one per line). Whole lines only: a story's sentence about a vote or a
 * rating goes on.
 */

/**
 * The reactions such rows offer under a story, in the words they print: Facebook's set ("Like", "Love", "Haha", "Wow",
 * "Sad", "Angry", "Care") and the wider ones of news widgets ("Funny", "Happy", "Surprised", "Inspired", "Amused",
 * "Excited", "Bored", "Afraid", "Fail", "Win", "LOL", "OMG", "Cute", "Geeky", "WTF").
 */
const REACTION = String.raw`(?:like|love|haha|wow|sad|angry|care|funny|happy|surprised?|inspired|amused|excited|bored|afraid|scared|fail|win|lol|omg|cute|geeky|wtf|upvote|downvote|thumbs up|thumbs down)`;
/** The tally: a count, maybe shortened ("1.2K"). */
const TALLY = String.raw`\d[\d,.]*\s*[kKmM]?`;
export const RATING_WIDGET_LINES: readonly RegExp[] = [
  // The prompt over the stars, the stars' own digits read after it ("Rate this item 1 2 3 4 5").
  /^(?:please )?rate this (?:item|article|post|story|page|entry)\s*[:!]?(?:\s*\d(?:\s+\d){0,9})?$/i,
  /^(?:please rate|click to rate this (?:post|article|page|item)!?)$/i,
  // The tally beside the stars: "(5 votes)", "(1 vote)", alone on its line.
  /^\(\s*\d[\d,]*\s+votes?\s*\)$/i,
  // Joomla's vote plugin and kk Star Ratings: "User rating: 4 / 5", "[Total: 5 Average: 4.2]".
  /^user rating\s*:\s*\d(?:[.,]\d+)?\s*\/\s*\d+$/i,
  /^\[\s*total\s*:\s*\d[\d,]*\s+average\s*:\s*\d(?:[.,]\d+)?\s*\]$/i,
  // TieLabs' Taqyeem (the Sahifa and Jannah themes' review box): the readers' vote under the score, "User Rating: Be
  // the first one !" before any vote, then "User Rating: 3.95 ( 12 votes)"; Sahifa labels it "Readers Rating".
  /^(?:user|readers?['’]?)\s+rating\s*:\s*(?:be the first one\s*!?|\d(?:[.,]\d+)?\s*\(\s*\d[\d,]*\s+votes?\s*\))$/i,
  // An emoji-reaction row's tally, one reaction a line: its emoji, its count and its word in either order ("😍48
  // Love", "😂 Haha 3"). The emoji is needed: "Love 3" alone may be a score line of a story's table.
  new RegExp(String.raw`^\p{Extended_Pictographic}\uFE0F?\s*(?:${TALLY}\s*${REACTION}|${REACTION}\s*${TALLY})$`, 'iu'),
];
