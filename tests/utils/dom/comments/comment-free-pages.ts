/**
 * Invented modern article pages without reader comments, each with one block that looks like a discussion in some
 * way (names, dates, short texts in a list, a comment-named box, an empty comment widget). Shared by the tests that
 * check no reader reports comments on them.
 */

const PARAGRAPHS = [
  'The county council voted on Tuesday to turn the disused rail yard beside the river into a park with a skate bowl, a community orchard and a covered market hall.',
  'The plan, which has been debated for almost six years, passed by nine votes to four after a late amendment moved the car park away from the flood plain.',
  'Residents who had campaigned for the park filled the public gallery and applauded when the result was read out, while opponents said the cost would fall on households.',
  'Work is due to start in the spring, and the first section along the towpath should open to walkers before the end of next summer, the council said.',
];

/** An article page with `block` placed after the story (or `inside` it, at the end of the body). */
export function articlePage(block: string, options: { inside?: string; head?: string } = {}): string {
  const body = PARAGRAPHS.map((text) => `<p>${text}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rail yard to become a riverside park | Valley Herald</title>
<meta property="og:title" content="Rail yard to become a riverside park">${options.head ?? ''}</head>
<body><header class="site-header"><a href="/">Valley Herald</a><nav><a href="/news">News</a><a href="/sport">Sport</a></nav></header>
<main><article class="story">
<header><h1>Rail yard to become a riverside park</h1>
<div class="article-meta"><span class="author">By <a href="/staff/ines-moreau">Ines Moreau</a></span> <time datetime="2024-03-05T09:00:00Z">March 5, 2024 9:00 am</time>
<a class="comments-link" href="#comments"><span class="comment-count">0</span> Comments</a></div></header>
<div class="article-body">
${body}
${options.inside ?? ''}
</div></article>
${block}
</main><footer class="site-footer"><p>© 2024 Valley Herald. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>`;
}

const tweet = (text: string, name: string, handle: string, date: string, id: number): string =>
  `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${text} <a href="https://t.co/a${id}">pic.twitter.com/a${id}</a></p>&mdash; ${name} (@${handle}) <a href="https://twitter.com/${handle}/status/${id}">${date}</a></blockquote>`;

/** Blocks that look like a discussion but are not one, by name: `[label, html, where]`. */
export const LOOKALIKES: readonly (readonly [string, string, 'after' | 'inside'])[] = [
  [
    'embedded tweets (author, handle, date, text)',
    [
      tweet(
        'Huge night for the valley. The rail yard park finally passed!',
        'Ana Ruiz',
        'anaruiz',
        'March 5, 2024',
        1764,
      ),
      tweet(
        'Nine votes to four. Six years of campaigning and we did it.',
        'Park Now',
        'parknowvalley',
        'March 5, 2024',
        1765,
      ),
      tweet(
        'Who pays for the upkeep? Nobody on the council could say tonight.',
        'Tom Hale',
        'tomhale',
        'March 5, 2024',
        1766,
      ),
      '<script async src="https://platform.twitter.com/widgets.js"></script>',
    ].join('\n'),
    'inside',
  ],
  [
    'embedded Instagram and TikTok posts',
    `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cx1/"><div><a href="https://www.instagram.com/p/Cx1/">View this post on Instagram</a><p><a href="https://www.instagram.com/p/Cx1/">A post shared by Valley Skaters (@valleyskaters)</a></p></div></blockquote>
<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@riverkid/video/7300" data-video-id="7300"><section><a title="@riverkid" href="https://www.tiktok.com/@riverkid">@riverkid</a> First look at where the skate bowl will go <a href="https://www.tiktok.com/music/x">♬ original sound - riverkid</a></section></blockquote>
<blockquote class="instagram-media"><div><p>Our orchard plans are in! Thank you to everyone who came to the meeting.</p><p>A post shared by Orchard Friends (@orchardfriends) on Mar 5, 2024 at 8:15pm PST</p></div></blockquote>`,
    'inside',
  ],
  [
    'author bio boxes',
    `<section class="author-bios"><div class="author-bio"><img src="/ines.jpg" alt=""><div class="author-info"><h3 class="author-name"><a href="/staff/ines-moreau">Ines Moreau</a></h3><p class="author-description">Ines Moreau covers local government and planning for the Valley Herald. She joined the paper in 2019 from a regional radio station.</p><p class="author-social"><a href="https://twitter.com/inesm">@inesm</a></p></div></div>
<div class="author-bio"><img src="/tom.jpg" alt=""><div class="author-info"><h3 class="author-name"><a href="/staff/tom-ode">Tom Ode</a></h3><p class="author-description">Tom Ode is the Herald's data reporter. Updated March 5, 2024.</p></div></div></section>`,
    'after',
  ],
  [
    '"Most read" and "Related" cards with author and date',
    `<aside class="most-read"><h2>Most read</h2><ol>${[
      ['Bridge closure extended by a month', 'Lena Park', '2 hours ago'],
      ['School meals price to rise in April', 'Sam Ito', '5 hours ago'],
      ['Flood wall work begins on the quay', 'Ines Moreau', 'March 4, 2024'],
      ['Town band wins regional contest', 'Ravi Shah', 'March 3, 2024'],
    ]
      .map(
        ([title, author, date]) =>
          `<li class="card"><a href="/n/x"><h3 class="card-title">${title}</h3></a><p class="card-summary">A short summary of the story that tells readers what happened and why it matters to them.</p><span class="byline">By ${author}</span> <time>${date}</time> <a class="comment-count" href="/n/x#comments">12 comments</a></li>`,
      )
      .join('')}</ol></aside>
<section class="related"><h2>Related</h2><div class="related-item"><a href="/n/y">Council publishes park designs</a><span class="meta">Ines Moreau · Feb 12, 2024</span></div><div class="related-item"><a href="/n/z">Rail yard sale agreed</a><span class="meta">Tom Ode · Jan 3, 2024</span></div></section>`,
    'after',
  ],
  [
    'opinion cards each tagged `comment`',
    `<section class="opinion"><h2>Opinion</h2>${[
      ['The park vote shows what patient campaigning can do', 'Ana Ruiz', '2 hours ago'],
      ['Skate bowls will not fix the high street', 'Derek Shaw', '5 hours ago'],
    ]
      .map(
        ([title, author, date]) =>
          `<article class="card comment"><a href="https://valleyherald.example/opinion/x"><h3>${title}</h3></a><p class="standfirst">A columnist's view on what the decision means for the town.</p><span class="author">${author}</span> <time>${date}</time></article>`,
      )
      .join('')}</section>`,
    'after',
  ],
  [
    'a review and rating widget',
    `<section class="reviews"><h2>Visitor reviews</h2>${[
      ['Marta G.', 'February 28, 2024', 'Lovely walk along the towpath, the café is a bonus.'],
      ['Dev P.', 'February 20, 2024', 'Parking is hard at weekends, otherwise a great place.'],
    ]
      .map(
        ([author, date, text]) =>
          `<div class="review" itemscope itemtype="https://schema.org/Review"><span class="review-author" itemprop="author">${author}</span> <time class="review-date" itemprop="datePublished">${date}</time><div class="rating">★★★★☆ 4/5</div><p class="review-text" itemprop="reviewBody">${text}</p><a class="reply" href="#">Helpful (3)</a></div>`,
      )
      .join('')}</section>`,
    'after',
  ],
  [
    'a Q&A / FAQ block',
    `<section class="faq" itemscope itemtype="https://schema.org/FAQPage"><h2>Your questions answered</h2>${[
      ['When will the park open?', 'The towpath section should open next summer; the rest in 2026.'],
      ['Who pays for it?', 'A regional grant covers most of the cost; the council adds the remainder from its budget.'],
      ['Will the market hall be covered?', 'Yes, the old engine shed keeps its roof and becomes the hall.'],
    ]
      .map(
        ([q, a]) =>
          `<div class="faq-item" itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h3 class="question" itemprop="name">${q}</h3><div class="answer" itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><p itemprop="text">${a}</p></div></div>`,
      )
      .join('')}</section>`,
    'inside',
  ],
  [
    'live-blog entries by staff',
    `<div class="live-blog">${[
      ['20:42', 'Ines Moreau', 'The vote is in: nine for, four against. The amendment on the car park carried first.'],
      ['20:15', 'Tom Ode', 'Councillors are now debating the flood plain amendment. Two speakers so far.'],
      [
        '19:58',
        'Ines Moreau',
        'The public gallery is full and the chair has asked for quiet before the meeting starts.',
      ],
    ]
      .map(
        ([time, author, text], i) =>
          `<article class="live-entry" id="post-${9000 + i}"><header><time class="entry-time" datetime="2024-03-05T${time}:00Z">${time}</time> <span class="entry-author">${author}</span></header><div class="entry-content"><p>${text}</p></div><a class="share" href="#post-${9000 + i}">Share</a></article>`,
      )
      .join('')}</div>`,
    'inside',
  ],
  [
    'live-blog posts signed "Posted by STAFF at TIME" under a comment counter and a heading naming comments',
    `<span id="comment-count-42">0</span><h3>Live updates and comments</h3>${[
      ['20:42', 'Ines Moreau', 'The vote is in: nine for, four against. The amendment on the car park carried first.'],
      ['20:15', 'Tom Ode', 'Councillors are now debating the flood plain amendment. Two speakers so far.'],
      [
        '19:58',
        'Ines Moreau',
        'The public gallery is full and the chair has asked for quiet before the meeting starts.',
      ],
    ]
      .map(
        ([time, author, text]) =>
          `<div class="entry"><p>${text}</p><p class="signature">Posted by ${author} at ${time} on March 5, 2024</p></div>`,
      )
      .join('')}`,
    'inside',
  ],
  [
    'pull quotes',
    `<aside class="pullquote"><blockquote><p>"We have waited six years for this and we are not going to waste it."</p><cite>— Ana Ruiz, campaigner</cite></blockquote></aside>
<aside class="pullquote"><blockquote><p>"The cost will fall on people who will never use it."</p><cite>— Tom Hale, councillor, March 5, 2024</cite></blockquote></aside>`,
    'inside',
  ],
  [
    'a letters-to-the-editor section',
    `<section class="letters"><h2>Letters to the editor</h2>${[
      [
        'The park is good news for families on the east side, who have had nowhere to take their children for years.',
        'Marta Green, Eastfield',
      ],
      ['Before we spend on skate bowls, can the council fix the potholes on Mill Lane?', 'Derek Shaw, Millbrook'],
      ['I remember the yard when the trains still ran. A park is a fitting end for it.', 'Joan Field, Riverside'],
    ]
      .map(([text, author]) => `<div class="letter"><p>${text}</p><p class="letter-author">${author}</p></div>`)
      .join('')}<p>Send your letters to letters@valleyherald.example. Letters may be edited for length.</p></section>`,
    'after',
  ],
  [
    'a closed comment section',
    `<section id="comments" class="comments-area"><h2 class="comments-title">0 Comments</h2><p class="no-comments">Comments are closed.</p></section>`,
    'after',
  ],
  [
    'an empty comment section inviting the first comment',
    `<div id="comments" class="comment-section"><h3>Comments</h3><div class="comment-list"></div><p class="comment-empty">Be the first to comment.</p><div class="comment-login"><p>Sign in to comment</p><a href="/login">Sign in</a> <a href="/register">Register</a></div><form class="comment-form"><textarea name="comment" placeholder="Join the conversation"></textarea><button>Post comment</button></form></div>`,
    'after',
  ],
  [
    'a login and a newsletter form',
    `<div class="newsletter-signup"><h3>Get the Valley Herald morning briefing</h3><p>Our editors' pick of the day's local news, in your inbox every weekday at 7am.</p><form action="/subscribe"><input type="email" placeholder="Your email address"><button>Sign up</button></form><p class="small">By signing up you agree to our privacy policy. You can unsubscribe at any time.</p></div>
<div class="login-box"><h3>Log in</h3><form><input name="user"><input type="password" name="password"><button>Log in</button></form><p><a href="/reset">Forgotten your password?</a></p></div>`,
    'after',
  ],
  [
    'pagination and a footer of links',
    `<nav class="pagination"><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next »</a></nav>
<div class="footer-links"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/careers">Careers</a></li><li><a href="/comments-policy">Comments policy</a></li></ul><p>Valley Herald, 12 Quay Street. Registered in England No. 1234567. Published March 5, 2024, updated 10:15.</p></div>`,
    'after',
  ],
  [
    'an advice column whose answer is marked as the reply',
    `<div class="question"><p>My neighbour's new fence blocks the towpath view we have enjoyed for twenty years. Can the council make him take it down?</p><p class="signed">Fed Up, Millbrook</p></div><div class="reply"><p>Sadly a view is not a right in law. Talk to him first; if the fence is over two metres, ask the planning office whether it needed permission.</p></div>`,
    'inside',
  ],
  [
    'a "Comment" (opinion) rail of columns with authors and times',
    `<section class="comment"><h2>Comment</h2><ul>${[
      ['The park vote shows what patient campaigning can do', 'Ana Ruiz', '2 hours ago'],
      ['Skate bowls will not fix the high street', 'Derek Shaw', '5 hours ago'],
      ['Our rivers deserve better than another car park', 'Joan Field', 'March 4, 2024'],
    ]
      .map(
        ([title, author, date]) =>
          `<li class="comment-card"><a href="/opinion/x"><h3>${title}</h3></a><p class="standfirst">A columnist's view on what the decision means for the town and the people who live in it.</p><span class="author">${author}</span> <time>${date}</time></li>`,
      )
      .join('')}</ul></section>`,
    'after',
  ],
  [
    'a comment container with a note that comments are off',
    `<section class="comments-container"><p>Comments have been switched off on this article because it concerns an ongoing court case. Read our community guidelines to find out more.</p></section>`,
    'after',
  ],
  [
    'a WordPress comment area with a zero count and the standard form',
    `<div id="comments" class="comments-area"><h2 class="comments-title">0 thoughts on “Rail yard to become a riverside park”</h2><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment"></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author"></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" type="checkbox"><label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p><p class="form-submit"><input type="submit" value="Post Comment"></p></form></div></div>`,
    'after',
  ],
  [
    'a sidebar of recent comments on other stories',
    `<aside class="widget"><h3>Recent comments</h3><ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">Marta G.</span> on <a href="/n/bridge#comment-88">Bridge closure extended by a month</a></li><li class="recentcomments"><span class="comment-author-link">Dev P.</span> on <a href="/n/meals#comment-91">School meals price to rise in April</a></li></ul></aside>
<div class="dsq-widget"><h3 class="dsq-widget-title">Top comments</h3><ul class="dsq-widget-list"><li class="dsq-widget-item"><a class="dsq-widget-user" href="/u/ravi">Ravi</a> <span class="dsq-widget-comment"><p>Finally some good news for the east side of town.</p></span><p class="dsq-widget-meta"><a href="/n/park-plans">Council publishes park designs</a> · 2 hours ago</p></li><li class="dsq-widget-item"><a class="dsq-widget-user" href="/u/lena">Lena</a> <span class="dsq-widget-comment"><p>The bridge should have been fixed years ago.</p></span><p class="dsq-widget-meta"><a href="/n/bridge">Bridge closure extended</a> · 5 hours ago</p></li></ul></div>`,
    'after',
  ],
  [
    'an embedded Reddit comment and a Facebook post',
    `<blockquote class="reddit-embed-bq" data-embed-height="240"><a href="https://www.reddit.com/r/valley/comments/abc/park_vote/def/">Comment</a><br> by <a href="https://www.reddit.com/user/riverkid/">u/riverkid</a> from discussion <a href="https://www.reddit.com/r/valley/comments/abc/park_vote/">The rail yard park passed!</a><br> in <a href="https://www.reddit.com/r/valley/">r/valley</a></blockquote>
<div class="fb-post" data-href="https://www.facebook.com/valleyherald/posts/123" data-width="500"><blockquote cite="https://www.facebook.com/valleyherald/posts/123" class="fb-xfbml-parse-ignore"><p>Tonight the council voted for the park. Tell us what you think in the comments below.</p>Posted by <a href="https://www.facebook.com/valleyherald">Valley Herald</a> on <a href="https://www.facebook.com/valleyherald/posts/123">Tuesday, March 5, 2024</a></blockquote></div>`,
    'inside',
  ],
  [
    'a client-side comment template not yet filled',
    `<section id="comments" class="comments"><h2>Comments</h2><template id="comment-template"><li class="comment"><span class="comment-author">{{author}}</span> <time class="comment-date">{{date}}</time><p class="comment-text">{{text}}</p><a class="reply" href="#">Reply</a></li></template><ol class="comment-list"></ol></section>
<script type="text/x-template" id="reply-template"><div class="comment"><span class="author">{{ name }}</span><p>{{ body }}</p></div></script>`,
    'after',
  ],
  [
    'reply-named share and follow boxes',
    `<div class="reply-box"><p>Got a story? Email the newsroom at news@valleyherald.example or message us on WhatsApp.</p></div><div class="comment-prompt"><p>What do you think of the plan? Tell us on our Facebook page.</p></div>`,
    'after',
  ],
];

/** Comment services that fill a placeholder from their script (empty in the saved page): `[label, html]`. */
export const EMPTY_WIDGETS: readonly (readonly [string, string])[] = [
  [
    'Disqus',
    `<div id="disqus_thread"></div><script>var disqus_config = function () { this.page.identifier = 'park-42'; };</script><script src="https://valleyherald.disqus.com/embed.js" async></script><noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>`,
  ],
  [
    'Facebook',
    `<div id="fb-root"></div><script async src="https://connect.facebook.net/en_GB/sdk.js#xfbml=1"></script><div class="fb-comments" data-href="https://valleyherald.example/park" data-width="100%" data-numposts="5"></div>`,
  ],
  [
    'Coral',
    `<div id="coral_thread"></div><script src="https://comments.valleyherald.example/assets/js/embed.js" async></script><script>window.addEventListener('load', function () { Coral.createStreamEmbed({ id: 'coral_thread', rootURL: 'https://comments.valleyherald.example' }); });</script>`,
  ],
  [
    'OpenWeb',
    `<div data-spotim-module="conversation" data-post-id="park-42" data-post-url="https://valleyherald.example/park"></div><script async src="https://launcher.spot.im/spot/sp_AbCdEf12" data-spotim-module="spotim-launcher"></script>`,
  ],
  [
    'Coral under a comment count and community guidelines',
    `<section id="comments" class="comments"><h2>24 Comments</h2><p>We welcome your views. Please read our community guidelines before posting, and keep the discussion civil and on topic.</p><p>Comment threads stay open for two days after a story is published, and a moderator reads every report.</p><div id="coral_thread"></div><script src="https://comments.valleyherald.example/assets/js/embed.js" async></script></section>`,
  ],
  [
    'OpenWeb in a comment wrapper with a subscribe prompt',
    `<div class="comments-wrapper" id="comments"><div class="comments-header"><h2>Comments</h2><span class="comment-count">24</span></div><div data-spotim-module="conversation" data-post-id="park-42"></div><div class="comments-cta"><p>Want to join the conversation? Subscribe for full access to the Valley Herald and our reader community.</p><a href="/subscribe">Subscribe</a></div></div>`,
  ],
  [
    'Viafoura',
    `<div class="viafoura"><vf-conversations></vf-conversations></div><script async src="https://cdn.viafoura.net/entry/index.js"></script>`,
  ],
];

/** Things that name comments without being a comment widget (counters, links, a policy page link): `[label, html]`. */
export const NOT_WIDGETS: readonly (readonly [string, string])[] = [
  [
    'a Disqus comment-count link',
    `<p><a href="https://valleyherald.example/park#disqus_thread" data-disqus-identifier="park-42">Comments</a></p><script id="dsq-count-scr" src="https://valleyherald.disqus.com/count.js" async></script>`,
  ],
  [
    'a Facebook share button',
    `<div class="fb-share-button" data-href="https://valleyherald.example/park" data-layout="button_count"></div>`,
  ],
  [
    'a video iframe whose title mentions comments',
    `<iframe src="https://www.youtube.com/embed/abc123" title="Councillors comment on the rail yard vote" width="560" height="315"></iframe>`,
  ],
  [
    'rendered social embeds (a Reddit thread, a Facebook comment, a post)',
    `<iframe id="reddit-embed" src="https://embed.reddit.com/r/valley/comments/abc/park_vote/?embed=true" height="240"></iframe><iframe src="https://www.facebook.com/plugins/comment_embed.php?href=https%3A%2F%2Fwww.facebook.com%2Fvalleyherald%2Fposts%2F1%3Fcomment_id%3D2" width="560" height="141"></iframe><iframe id="twitter-widget-0" class="twitter-tweet twitter-tweet-rendered" title="X Post" src="https://platform.twitter.com/embed/Tweet.html?id=1764"></iframe>`,
  ],
  [
    'an iframe for an ad slot named after the comment area',
    `<iframe id="google_ads_iframe_/1234/valley/below-comments_0" title="3rd party ad content" src="about:blank" width="300" height="250"></iframe>`,
  ],
];

/** An opinion article the page tags as "comment" (the UK papers' word for opinion), with the given wrapper class. */
export function opinionPage(articleClass: string): string {
  return articlePage('').replace('<article class="story">', `<article class="${articleClass}">`);
}
