import { patternListTest } from '../text/pattern-list-test';

/**
 * Lines of a comment section that are its furniture, not comments: prompts, forms' labels, empty-state notes,
 * counters, paging and sorting controls. A section made only of these has no comments.
 */
const isChrome = patternListTest([
  /^(?:no|0) (?:comments?|responses?|replies)\b.{0,60}$/i,
  /^(?:be the first|start the conversation|join the (?:discussion|conversation))\b.{0,60}$/i,
  // A call to join behind a subscription ("Want to join the conversation? Subscribe for full access…").
  /^(?:want|like|would you like) to (?:join|start) the (?:discussion|conversation)\b.{0,160}$/i,
  // The same call when commenting needs an account ("Would you like to comment on this article? Register (it's quick
  // and free) or sign in now.").
  /^(?:want|like|would you like) to (?:comment|leave a comment|have your say)(?: on this (?:story|article|post))?\?.{0,160}$/i,
  // The rules link under the prompt ("Please read our Comment Policy before commenting.").
  /^(?:please )?read our (?:comments?|community|discussion|commenting) (?:policy|guidelines|rules|standards)\b.{0,80}$/i,
  // The rules' own heading and text over a sign-in prompt ("Comment guidelines", "Please keep comments respectful. …
  // Sign in to comment."): a reader's comment does not end by asking to sign in to comment.
  /^(?:comments?|commenting|community|discussion) (?:guidelines|policy|rules|standards)\W*$/i,
  /^(?:please )?keep (?:your )?comments? (?:respectful|civil|courteous|polite|on[- ]topic|relevant)\b.{0,300}\b(?:sign|log) ?in to (?:comment|post|join)\b.{0,40}$/i,
  /^(?:leave|post|add|write|submit)(?: a| your)? (?:reply|comment|response)\b.{0,60}$/i,
  /^(?:you must be |please )?(?:log ?in|logged in|sign ?in|signed in|register)\b.{0,80}$/i,
  /^comments? (?:are|is) (?:closed|disabled|moderated)\b.{0,80}$/i,
  // "Comments have been switched off on this article because …", "Comments on this story are now closed."
  /^comments? (?:(?:on|for) this (?:story|article|post|page) )?(?:are|is|have been|has been)(?: now)? (?:closed|disabled|switched off|turned off|not available)\b.{0,160}$/i,
  /^(?:\d+|one|two|three) (?:comments?|responses?|replies|thoughts?)\b.{0,60}$/i,
  /^(?:comments?|responses?|discussion|replies|reply|cancel reply|trackbacks?|pingbacks?)\s*(?:\(\d+\))?:?$/i,
  /^(?:load|show|view|see) (?:more|all|older|newer|previous)\b.{0,40}$/i,
  /^(?:sort|order) by\b.{0,40}$/i,
  /^(?:subscribe|rss|notify me)\b.{0,80}$/i,
  /^(?:name|email|website|comment|message)\s*\*?(?:\(required\))?:?$/i,
  /^(?:comment (?:&|and) contribute|join the discussion|add your (?:comment|voice)|discussion policy|about discussions?|read what others are saying)\b.{0,80}$/i,
  /^(?:comments? )?powered by\b.{0,40}$/i,
  /\bcomments powered by\b.{0,40}$/i,
  /^(?:loading|please wait)\W*$/i,
  /^(?:after you comment|if you(?:'|’)re not already logged in|click here to)\b.{0,160}$/i,
  // A comment's vote tally under it, as each system names its votes ("12 likes", "14 stars", Kinja's).
  /^(?:report abuse|flag|like|reply|share|permalink|edit|delete|\d+ (?:likes?|points?|stars?|upvotes?|votes?))$/i,
  // A row of action buttons under a comment ("share flag", "History | Permalink | Share it"), or a moderation menu.
  /^(?:(?:report(?: abuse)?|flag|like|reply|share(?: it)?|permalink|history|edit|delete|spam|offensive|disagree|off topic|quote)\s*[|·•]?\s*){2,6}$/i,
  /^(?:spam|offensive|disagree|off topic|profile|view profile|avatar|\[avatar\])$/i,
  // Comment-service controls: sorting, paging, help and FAQ links, view switches.
  /^(?:sort|order)(?: by)?\s*:.{0,60}$/i,
  /^page\s*:\s*\d[\d\s]*\b.{0,60}$/i,
  /^(?:comment help|view faq|view all|favorites|pending comments|popularity|recency|newest|oldest)\s*\|?$/i,
  /^get (?:livefyre|disqus|intensedebate)\b.{0,40}$/i,
  /^(?:previewing your comment|this comment has not yet been posted)\b.{0,40}$/i,
  // An unfilled signature template (a comment preview's "Posted by: |" before anyone has typed).
  /^(?:posted|written|submitted) by\s*:?\s*[|,@·-]?\s*$/i,
  /^(?:\d+|next|prev(?:ious)?|first|last)\s*[»«]?$/i,
  // A guest book's or tribute wall's store notice, not a message ("The Farm Bureau purchased 3 trees to be planted in
  // memory of Harold Brandt.", "Jane Doe sent flowers to the family of John Doe.").
  /^.{1,80}\b(?:purchased|planted|sent|ordered)\b.{0,40}\b(?:trees?|flowers|floral arrangements?|bouquets?|wreaths?)\b.{0,40}\b(?:in memory of|to the family of|for the family of|in hono(?:u)?r of)\b.{1,80}$/i,
]);

/** True when a line of a comment region is furniture rather than part of a comment. */
export function isCommentChromeLine(line: string): boolean {
  const trimmed = line.trim();
  return isChrome(trimmed);
}
