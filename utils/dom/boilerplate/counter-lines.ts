/**
 * The tallies a list site prints about the page itself, left as a line of text: a row of compact counts under the
 * headline. They count readers, not anything the story tells.
 */
export const COUNTER_LINES: readonly RegExp[] = [
  // A row of compact tallies ending on its label, as open-list sites (Bored Panda) print points and views under the
  // headline: "2.1K 96K views", "412 points", "1,204 likes"; and a share counter beside the share buttons, as news
  // templates of 2013-2016 printed it ("1,204 Shares", "8.7K shares"). Only counts and one label: a sentence giving a
  // count has words around it. The first count may carry its own label, as Bored Panda's story pages print the row:
  // "1.4k points 212k views".
  /^(?:\d[\d,.]*[km]?(?:\s+(?:views|reads|points|likes|upvotes|shares))?\s+)?\d[\d,.]*[km]?\s+(?:views|reads|points|likes|upvotes|shares)$/i,
];
