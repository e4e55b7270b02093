/**
 * A blog post's and comment box's own furniture: where it was filed, comment counts and policies, trackbacks,
 * the reply prompt, post navigation; a live blog's post stamps and stream controls.
 */
export const POST_LINES: readonly RegExp[] = [
  // A closed comment box's notice and its trackback address.
  /^(?:the )?comments (?:to|on|for) this (?:entry|post|article|story) are (?:now )?closed\.?$|^trackback url(?: for this (?:entry|post))?\s*:.{0,150}$/i,
  // A blog's comment policy printed under the post: "Comments are moderated. Be civil, use a name.", "All comments are
  // moderated before they appear.", "Comments are moderated and generally will be posted if they are on-topic and not
  // abusive." A sentence of the story goes on to say by whom or since when, or who said so, so it stays. A
  // newspaper's longer house rules go on to what gets removed: "Comments will be moderated. Keep comments relevant to
  // the article. Remarks containing abusive and obscene language … will be removed and the user banned. …".
  // A newspaper's house rules over its comment box, a few sentences before or after asking to keep comments civil:
  // "… is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and
  // respectful. …". A story quotes such a request inside quotation marks, which this does not match.
  /^(?=.{0,700}$)(?:[^.!?"“”]*[.!?]\s+){0,3}please keep (?:your )?comments (?:relevant|respectful|civil|on[- ]topic)\b[^"“”]*$/i,
  // The house note on who may comment, under the story: "Users with an Yle ID can leave comments on our news stories.
  // You can create your Yle ID via this link. Our guidelines on commenting and moderation are explained here." The
  // site speaks of "our" stories, in a short sentence of its own (a story's sentence goes on: ", the editor said");
  // the sentences after it only point to the account, the sign-in or the rules.
  /^(?=.{0,400}$)(?:users|readers|subscribers|members|registered users)(?: with an? [\p{L}\p{N} -]{1,30}?)? can (?:leave|post|write|add) comments (?:on|to|under|below) (?:all )?our (?:news )?(?:stories|articles|posts)\b[^.!?"“”,]{0,40}[.!?](?:\s+[^.!?"“”]*\b(?:comment\w*|moderation|account|id|register|sign(?:ing)? ?in|log(?:ging)? ?in)\b[^.!?"“”]*[.!?]?){0,3}$/iu,
  /^(?:all )?comments (?:are|will be) (?:moderated|reviewed)(?: before (?:they (?:appear|are published)|publication|posting)| and (?:generally |usually |only )?(?:will )?be (?:posted|published|approved) if they\b[^.!?,"“”]{0,100})?[.!]?(?:\s+(?:please|be|keep|no|use|stay|thank)\b(?:.{0,100}|(?=.{0,400}$).*\b(?:remarks|comments?|posts)\b[^.]{0,200}\b(?:removed|deleted|banned|blocked)\b.*))?$/i,
  // Movable Type's post navigation: "« Older post | Main | Newer post »".
  /^(?:«.{0,150}\|\s*)?main(?:\s*\|.{0,150}»)?$/i,
  // Blog post furniture: where it was filed, how to follow it, where to answer.
  /^(?:posted|filed|published)(?: in| under)\b.{0,200}$/i,
  /^this (?:entry|post) was (?:posted|written|filed)\b.{0,300}$/i,
  /^you can (?:follow|leave|skip)\b.{0,200}\b(?:responses?|comments?|rss|trackback)\b.{0,100}$/i,
  /^(?:bookmark the permalink|trackbacks are closed|both comments and (?:pings|trackbacks) are)\b.{0,200}$/i,
  /^(?:leave|post|add|write) (?:a|your) (?:reply|response|comment)\b.{0,40}$/i,
  // An older CMS's empty comment box: "Be the first to comment on this story.", and the sign-in rule beside its link,
  // "Post a comment · You must be logged in to post a comment."
  /^be the first to (?:comment|post a comment|leave a comment)(?: on this (?:story|article|post|entry))?[.!]?$/i,
  /^(?:(?:leave|post|add|write) (?:a|your) (?:reply|response|comment)\s*[·•|-]?\s*)?you must be (?:logged in|signed in|registered)\b[^.!?]{0,40}[.!]?$/i,
  /^(?:\d+|one|no) (?:comments?|responses?|replies|thoughts?)(?: (?:to|on)\b.{0,150})?\s*[:»]?$/i,
  /^(?:no (?:comments|responses) yet|(?:readers?['’]?s?['’]? )?comments? \(\d+\)|comments powered by\b.{0,20})\W*$/i,
  // The login prompt standing in for them: "Please login or register to read this article.", "Please log in to
  // comment." Only the ask, to read or comment, and nothing after it.
  /^please (?:log ?in|sign in|register)(?: or (?:log ?in|sign in|register|subscribe))? to (?:read|view|post|leave|add|join|comment)\b[^.!?]{0,40}[.!]?$/i,
  /^(?:previous|next|older|newer)(?: (?:article|post|story|entry))?\s*[:»«]?$/i,
  // What a script-filled block or a comment widget shows with JS off: "Loading...", "Loading comments…", "Comments are
  // loading…".
  /^(?:loading(?: comments)?|comments are loading)(?:\.{3}|…)?$/i,
  // The note standing in for them: "Comments are closed.", "Comments on this story are now closed.", and the court
  // page's "Comments have been disabled on this story for legal reasons." (a trial's story is not open to comment).
  /^comments (?:(?:on|for) this (?:article|story|post|page) )?(?:have been|are|were) (?:now )?(?:disabled|closed|turned off|switched off)(?: (?:on|for) this (?:article|story|post|page))?(?: (?:for|due to) (?:legal|editorial) reasons)?\W*$/i,
  // A live blog post's byline glued to its relative and exact times: "Jordan Bell2 hours ago11:10 PM", "Ann Lee · 5
  // mins ago". Capitalised words only before the count: "Police said 2 hours ago" is a sentence.
  /^(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}(?:[·•|]\s*)?\d{1,3}\s?(?:mins?|minutes?|hours?|hrs?|h|m) ago\s*(?:\d{1,2}[:.]\d{2}\s*(?:[AP]\.?M\.?)?)?$/u,
  // A live blog's pinned-post label and its new-updates notice: "Pinned post", "There are new updates. Click to
  // view.", "3 new posts".
  /^pinned(?: post)?$/i,
  /^(?:there (?:are|is) )?(?:\d{1,3} )?new (?:updates?|posts?|entries)(?: available)?\.?(?:\s*(?:click|tap)(?: here)? to (?:view|see|show|load)(?: them)?\.?)?$/i,
];
