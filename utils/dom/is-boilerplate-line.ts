import {
  FOREIGN_AD_LABELS,
  FOREIGN_COMMENT_PROMPTS,
  FOREIGN_CONTINUES_LABELS,
  FOREIGN_CREDITS,
  FOREIGN_PITCHES,
  FOREIGN_READ_LABELS,
  FOREIGN_TOOL_LABELS,
} from './foreign-labels';
import { isTagListLine } from './is-tag-list-line';

/**
 * One share button's label, for a row of them read as one line; the comments link may carry its count, and a network's
 * button may say so in full ("Share on Facebook", "Share by Email"). Spanish and Portuguese rows too: "Compartir en
 * Facebook", "Copiar enlace", "Comentarios (12)". The link a row offers to copy: "Copy link", "Short URL". A text-size button sits in the same row ("AA", "A+", "+Text Size"), and so does a
 * "Google News" follow button.
 */
const SHARE_BUTTON =
  '(?:(?:share (?:on|via|by|to|with)|compartir (?:en|por)|compartilhar (?:no|na|por|em)) )?(?:share|aa|a\\s?[+-]|\\+?\\s?(?:text|font) size|tweet|whatsapp|facebook|twitter|x|x\\.com|(?:send )?e-?mail|print|comments?(?: ?\\(\\d+\\))?|\\d+ comments?|linkedin|reddit|telegram|pinterest|flipboard|bluesky|threads|google news|sms|save|copy (?:link|url)|short (?:url|link)|copiar (?:enlace|link)|' +
  `${FOREIGN_TOOL_LABELS})`;

/**
 * Lines that are page furniture even inside the article region: ad labels, "read more" teasers, newsletter and
 * social prompts, photo credits and copyright notices.
 */
const BOILERPLATE = [
  // "Ad Feedback" is the link a CNN template prints under each ad slot; a chain's template numbers its slots
  // ("Advertisement 3").
  /^(?:advertisement|advertising|advert|sponsored(?: content)?|ad(?: feedback)?|story continues below(?: advertisement)?|continue reading(?: below)?)(?:\s+\d{1,2})?\W*$/i,
  // The label a Canadian chain's template repeats between the story's ad slots: "Article content".
  /^article content$/i,
  // An ad label with its reading prompt: "Advertisement - Continue Reading Below", "Article continues below this ad",
  // "Advertisement · Scroll to continue", "ADVERTISEMENT SKIP ADVERTISEMENT".
  /^(?:(?:advertisement|ad)\s*[-–—:|·]?\s*)?(?:(?:story|article|content) continues(?: below| after)?(?: (?:this |the )?(?:ad|advertisement))?|continue reading(?: below| the main story)?|scroll to continue(?: with content)?|skip (?:ad|advertisement))\W*$/i,
  // Shopping buttons of a product round-up: prices at retailers ("$229 at Amazon $235 at REI", "$34+ | Nordstrom"),
  // "Shop Now", and a lifestyle list's retailer buttons on their own line ("See On Amazon", "Buy Now at Target",
  // "Check Price").
  /^(?:(?:shop|buy) (?:it )?now|(?:[$£€][\d,.]+\+? ?(?:at|from|\|) ?[\p{L}\p{N}.&'’-]+(?: [\p{L}\p{N}.&'’-]+){0,2}\s*)+)$/iu,
  /^(?:(?:see|view|buy|shop)(?: it)?(?: now)? (?:at|on|from) [\p{L}\p{N}.&'’-]+(?: [\p{L}\p{N}.&'’-]+){0,2}|(?:check|see|view) (?:the )?price)$/iu,
  // A price widget's rows and label: "Amazon $349.99 View", "Walmart £379 View Deal", "Today's best deals".
  /^[\p{L}\p{N}.&'’ -]{2,30} [$£€][\d,.]+ (?:view|buy|see|shop|check|get)(?: (?:it|now|deal|price|at [\p{L}\p{N}.&'’-]+))?$/iu,
  /^today['’]s best\b.{0,40}\b(?:deals?|prices?)$/iu,
  /^(?:read|see|click here for|watch)(?: the)? (?:more|full story|related|also|next)\b.{0,80}$/i,
  // The line leading into a gallery or list below the story: "Keep reading for all the stars who walked the red
  // carpet.", "Keep scrolling to see the photos!", "Scroll down for more pictures". An instruction to the reader, one
  // sentence; "Keep reading, she said" has no purpose after it, and quoted advice names its speaker.
  /^(?![^.!?]*\b(?:said|says|tells?|told|added|urged)\b)(?:(?:keep|continue) (?:reading|scrolling)|scroll (?:down|through|on|below))(?: below| on| down)? (?:for|to (?:see|check out|find out|learn|discover|get|take a look))\b[^.!?]{0,160}[.!:]?$/i,
  // A read-also label alone ("Related stories:"): the links under it stay, as the 2012 gold keeps them. A rail's heading
  // ("Trending", "Most popular") is no line of its own here: it heads a block, left out with its links.
  /^(?:related|more|also read|recommended)(?: (?:stories|articles|coverage|content|links|posts|from [\w ]+))?\s*:?\s*$/i,
  // A reading-time label under the headline, named ("Read Time: 2 mins", "Reading time: 4 minutes"); "5 min read" is
  // the header reader's.
  /^(?:estimated )?read(?:ing)? time\s*:?\s*\d{1,3}\s*(?:mins?|minutes?)\.?$/i,
  // A digest box's label whose text went as the standfirst: "Short Summary", "Quick summary", "AI summary" (a bare
  // "Summary" may head a report's own section).
  /^(?:short|quick|brief|ai|ai-generated) summary\s*:?$/i,
  // A "Follow us" prompt, alone or after a badge's name ("NewsGuard Follow Us").
  /^(?:[\p{L}\p{N}&.'’-]+\s+){0,2}follow us(?: on [\p{L} ]{1,20})?\s*:?$/iu,
  // The label over a table of contents: "Jump to:", "Table of contents", "In this article", "On this page".
  /^(?:jump to|table of contents|in this (?:article|guide|story|post)|on this page)\s*:?\s*$/i,
  // An ad slot's label in other languages ("Anzeige", "Publicidad", "Pubblicità"), alone on its line.
  new RegExp(`^${FOREIGN_AD_LABELS}\\s*[:|»›]?$`, 'iu'),
  // A read-also label alone on its line, its links gone as a link list ("Seguir leyendo:", "Leia também"), and a page
  // tool's label in Spanish or Portuguese ("Comentar", "Compartir").
  new RegExp(`^(?:${FOREIGN_READ_LABELS}|${FOREIGN_TOOL_LABELS})\\s*[:|»›]?$`, 'iu'),
  // A pitch to the reader in Spanish or Portuguese (a channel, a newsletter, more of the site's news), and a comment
  // box's sign-in prompt.
  new RegExp(`^(?:${FOREIGN_PITCHES}|${FOREIGN_COMMENT_PROMPTS})$`, 'iu'),
  // A photo or source credit, or an agency's sign-off, in Spanish or Portuguese.
  new RegExp(`^${FOREIGN_CREDITS}$`, 'iu'),
  // Its reading prompt in other languages ("Haberin Devamı", "Artikeln fortsätter under annonsen"), alone or after it.
  new RegExp(`^(?:${FOREIGN_AD_LABELS}\\s*[-–—:|·]?\\s*)?${FOREIGN_CONTINUES_LABELS}\\W*$`, 'iu'),
  /^(?:sign[- ]?up|subscribe|get our|join our)\b.{0,100}\b(?:newsletter|email|inbox|updates|alerts)\b.{0,60}$/i,
  // A newsletter box's heading that names no newsletter: "Get the biggest stories from Greater Manchester straight to
  // your inbox", "Want the latest news in your inbox? Sign up here".
  /^(?:get|want) (?:the|all the|our)\b.{0,80}\b(?:to|in|into) your inbox\b.{0,60}$/i,
  /^(?:to (?:receive|get)\b.{0,80}\b)?(?:sign[- ]?up|subscribe)\b.{0,60}\bnewsletter\W*$|^newsletter sign[- ]?up\W*$/i,
  /^subscribe to (?:the )?(?:comments?|rss|feed|posts?)\b.{0,60}$/i,
  // A newsletter's web copy opens on its note to forwarded readers: "Did someone forward this email to you? Subscribe
  // here!", "Was this newsletter forwarded to you? Sign up here." A question alone or with its sign-up prompt.
  /^(?:did (?:someone|somebody|a (?:friend|colleague)) forward (?:you )?this(?: (?:email|e-mail|newsletter))?(?: to you)?|(?:was|is) this (?:email|e-mail|newsletter) forwarded to you|forwarded this (?:email|e-mail|newsletter))\s*\?\s*(?:(?:subscribe|sign up|get it|join)\b.{0,60})?$/i,
  // The label beside a sponsor's logo, alone on its line when the logo is an image: "Presented by", "Sponsored by:".
  /^(?:presented|sponsored|brought to you|underwritten) by\s*:?$/i,
  // A newsletter's sponsor label over the paid message it runs between items: "A message from Acme Energy:" (a name in
  // capitals, nothing after it; a sentence carrying a message from the mayor goes on past the colon).
  /^(?:[Aa] message from|A MESSAGE FROM) (?:(?:our|this|today['’]s) sponsors?|[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?:\s+(?:&\s+|of\s+|for\s+|the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*){0,5})\s*:?$/u,
  /^(?:proudly )?powered by (?:[\w.-]+ ?){1,4}\W*$/i,
  // With a second footer sentence after it ("Powered by Movable Type. Photo at top by …"): the software's name is
  // capitalised, where a paragraph says "Powered by volunteers. The library …".
  /^(?:[Pp]roudly )?[Pp]owered by (?:\p{Lu}[\w.-]* ?){1,4}[.!]\s.{0,100}$/u,
  // A handle's follow prompt names the network it lives on, since 2023 often X, Bluesky or Threads: "Follow
  // @Breakingviews on X".
  /^(?:be the first to comment|pin it|follow @\w+(?: on (?:twitter|x|bluesky|threads|instagram|linkedin|mastodon))?|(?:tweet|pin|e-?mail|like) this)\W*$/i,
  /^(?:the )?comments (?:to|on|for) this (?:entry|post|article|story) are (?:now )?closed\.?$|^trackback url(?: for this (?:entry|post))?\s*:.{0,150}$/i,
  // A newsletter platform's default prompt, which writers also paste as a plain paragraph: "Thanks for reading The
  // Ledger! Subscribe for free to receive new posts and support my work.", "… This post is public so feel free to
  // share it." A thank-you in the story's own words names no post to share or subscribe to.
  /^thanks for reading\b.{0,80}[!.]\s*(?:subscribe for free to receive new posts and support my work|this post is public so feel free to share it)\.?$/i,
  // A blog's comment policy printed under the post: "Comments are moderated. Be civil, use a name.", "All comments are
  // moderated before they appear." A sentence of the story goes on to say by whom or since when, so it stays. A
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
  /^(?:all )?comments (?:are|will be) (?:moderated|reviewed)(?: before (?:they (?:appear|are published)|publication|posting))?[.!]?(?:\s+(?:please|be|keep|no|use|stay|thank)\b(?:.{0,100}|(?=.{0,400}$).*\b(?:remarks|comments?|posts)\b[^.]{0,200}\b(?:removed|deleted|banned|blocked)\b.*))?$/i,
  // Movable Type's post navigation: "« Older post | Main | Newer post »".
  /^(?:«.{0,150}\|\s*)?main(?:\s*\|.{0,150}»)?$/i,
  // Page tools, also with the arrow some sites put after them ("Print »", "Share ›", "Increase Text Size").
  /^(?:share|share this(?: article| story)?|social sharing|tweet|e-?mail|print|reprints?|(?:(?:increase|decrease|larger|smaller|reset) )?(?:text|font) size|adchoices|comments?)\s*[:»›>]?\s*$/i,
  // Media tabs over a player or gallery ("Video", "Photo", "Gallery"): a label alone on its line, never prose.
  /^(?:videos?|photos?|gallery|photo gallery|slideshow)\s*[»›>]?$/i,
  // A gallery embed's buttons: "View Photos", "See All 48 Photos", "View gallery"; a count alone, never a sentence.
  /^(?:view|see|browse)(?: all)?(?: \d{1,4})? (?:photos|images|pictures|gallery)$/i,
  // A picture's open button, its words often only for screen readers: "Open this photo in gallery:", "Enlarge this
  // image", "Expand image", "View full-screen photo". A label alone on its line, never a sentence.
  /^(?:open|view|expand|enlarge|zoom(?: in on)?)(?: this| the)?(?: full[- ]?screen)? (?:photo|image|picture)(?: in (?:the )?(?:gallery|full[- ]?screen|lightbox))?\s*:?$/i,
  // Also after a sentence of its own: "Stay updated with the latest Pune news on The Daily. Follow us on Google News."
  /^(?:for (?:more|the latest)\b[^,]{0,60},\s*|(?:stay|keep)\b[^.!?]{0,40}\b(?:up to date|updated|informed|connected|posted)\b[^.!?]{0,80}[.!:]\s+)?(?:follow (?:us|him|her|them)|like us)\b.{0,60}\b(?:twitter|facebook|instagram|x|threads|linkedin|google news|tiktok|youtube|bluesky)\b.{0,40}$/i,
  // Not a path or a name in code ("Source::with_schema", "source::read"): a label's colon is single.
  /^(?:(?:photo|image|video|graphic)s?(?: credits?| by)?|credits?|source)\s*:(?!:).{0,80}$/i,
  // The caption of the picture over the story, printed as the story's last line: "Header image: Students queue at …
  // — AFP", "Cover photo: …". The qualifier names which picture; a longer caption than a bare "Photo:" credit.
  /^(?:header|cover|top|lead|main|featured|banner|hero) (?:image|photo|picture|illustration|photograph)\s*:.{0,300}$/i,
  // A credit label written for screen readers before the agency: "Image source, Getty Images".
  /^(?:image|photo|picture|video) (?:source|credit)s?\s*,.{0,60}$/i,
  /^\(?(?:AP|AFP|Reuters|Getty Images?|EPA|Shutterstock)(?: Photo)?(?:\/[^)]{0,60})?\)?$/i,
  /^(?:©|\(c\)|copyright\b).{0,200}$/i,
  /^all rights reserved\.?$/i,
  // The reprint notice a newsroom closes each story with: "All rights reserved. This material, and other digital
  // content on this website, may not be reproduced, published, broadcast, rewritten or redistributed …".
  /^(?:all rights reserved\.?\s+)?(?:this (?:material|article|story|content)\b.{0,120}?|no part of this\b.{0,60}?) may not be (?:reproduced|published|republished|broadcast|rewritten|redistributed|copied)\b.{0,300}$/i,
  // The address under that notice: "Contact: desk@example.com" (a name before the address is a writer's contact).
  /^(?:contact|e-?mail)\s*:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$/i,
  // A syndication disclaimer in brackets: "(Except for the headline, this story has not been edited by … staff and is
  // published from a syndicated feed.)", "(… the rest of the content is auto-generated from a syndicated feed.)".
  /^\((?=[^()]*\b(?:edited|reworked|modified)\b)(?=[^()]*\b(?:published|generated) (?:from|via) an? (?:syndicated|agency) (?:news )?feed\b)[^()]{20,300}\)\.?$/i,
  // The same note unbracketed, the story naming itself: "This article was generated from an automated news agency feed
  // without modifications to text.", "This story is auto-generated from a syndicated feed." ("The figures were published
  // from an agency feed" names no story).
  /^this (?:article|story|report|copy|content) (?:was|is|has been) (?:auto-?)?(?:generated|published|sourced) (?:from|via) an? (?:automated |syndicated )?(?:news )?(?:agency |wire )?(?:news )?feed\b[^.]{0,120}\.?$/i,
  // A portal's closing push to its live pages: "Track Latest News Live on NDTV.com …", "Catch all the Latest News …".
  /^(?:track|catch)(?: all)?(?: the)? latest (?:news|updates|headlines)\b.{0,250}$/i,
  // A row of share buttons read as one line: "Share Tweet WhatsApp Comments", "Facebook | X | Email".
  // Buttons apart by space or separator: "xx" under a comment is a sign-off, not two X buttons.
  new RegExp(String.raw`^${SHARE_BUTTON}(?:(?:\s*[|·•/]\s*|\s+)${SHARE_BUTTON}){1,7}$`, 'i'),
  /^(?:this (?:article|story) (?:was|has been) (?:updated|corrected)\.?)$/i,
  // Blog post furniture: where it was filed, how to follow it, where to answer.
  /^(?:posted|filed|published)(?: in| under)\b.{0,200}$/i,
  /^this (?:entry|post) was (?:posted|written|filed)\b.{0,300}$/i,
  /^you can (?:follow|leave|skip)\b.{0,200}\b(?:responses?|comments?|rss|trackback)\b.{0,100}$/i,
  /^(?:bookmark the permalink|trackbacks are closed|both comments and (?:pings|trackbacks) are)\b.{0,200}$/i,
  /^(?:leave|post|add|write) (?:a|your) (?:reply|response|comment)\b.{0,40}$/i,
  /^(?:\d+|one|no) (?:comments?|responses?|replies|thoughts?)(?: (?:to|on)\b.{0,150})?\s*[:»]?$/i,
  // An audio player's clock ("00:00 / 04:12"), alone or beside the comment count of the same tool row.
  /^(?:\d{1,2}:)?\d{1,2}:\d{2}\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s+[\d,.]+k? (?:comments?|replies))?$/i,
  /^(?:no (?:comments|responses) yet|comments? \(\d+\)|comments powered by\b.{0,20})\W*$/i,
  /^(?:previous|next|older|newer)(?: (?:article|post|story|entry))?\s*[:»«]?$/i,
  // Not "Posted by NAME …"/"Written by NAME": that is the post's byline, which readers see and the gold keeps.
  /^(?:view all posts by|more posts by)\b.{0,100}$/i,
  /^(?:no related posts|related posts|you (?:may|might) also like)\b.{0,40}$/i,
  // Where the story ran in print, how to write to its author: notes under the article, not its text.
  /^a version of this (?:article|story|review|column) (?:appeared|appears|was published)\b.{0,300}$/i,
  /^(?:write to|e-?mail|contact|reach) (?:the (?:author|reporter|writer)s?|\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,3})(?: at|:) \S+@\S+.{0,120}$/iu,
  // The same notes in today's templates: the print issue it ran in, the first publication, an agency's update note
  // ("(Updates with analyst comment in final paragraph.)") and its helpers ("—With assistance from Ann Lee.").
  // Also "This article originally appeared in the December 2026 issue of … with the headline …".
  /^this (?:article|story|essay|review|piece) (?:(?:originally|first) )?appear(?:s|ed) in the\b.{0,60}\b(?:edition|issue)\b.{0,200}$/i,
  // A translated magazine's note: "This article originally appeared in German in issue 48/2026 (November 27th, 2026)
  // of DER SPIEGEL." The language and an issue number stand in for "the … issue".
  /^[Tt]his (?:article|story|essay|review|piece|interview) (?:(?:originally|first) )?appear(?:s|ed) in \p{Lu}\p{Ll}+ in (?:the )?(?:print )?(?:issue|edition) (?:no\.? ?)?\d.{0,200}$/u,
  // The partnership note a nonprofit prints over or under a story: "This story was produced in partnership with the
  // Ledger.", "This article was produced for ProPublica’s Local Reporting Network in partnership with …". The story
  // names itself and how it was made; "The report was produced in partnership with the city" is news.
  /^this (?:article|story|report|investigation|piece|project|series|coverage) (?:was|is|has been) (?:co-?)?(?:produced|published|reported|written|made possible|supported|funded)(?: for [^.]{1,80}?)? (?:in (?:partnership|collaboration|conjunction) with|as part of|with (?:the )?(?:support|funding|a grant) (?:of|from))\b.{0,300}$/i,
  // Also co-published with a partner, or a collaboration between newsrooms: "This story was co-published with The Texas
  // Tribune.", "This article is a collaboration between ProPublica and the Ledger."
  /^this (?:article|story|report|investigation|piece|project|series) (?:(?:was|is|has been) co-?published (?:with|by)|is (?:an? )?(?:joint )?(?:collaboration|partnership|co-?production) (?:between|with|of))\b.{0,300}$/i,
  // A series' closing pitch that names a handle and a newsletter: "• Follow the Long Read on X at @gdnlongread, listen
  // to our podcasts here and sign up to the long read weekly email here." ("Follow … on X." alone is kept as prose.)
  /^(?:[•·*]\s*)?follow\b.{0,80}@\w+.{0,200}\b(?:sign[- ]?up|subscribe)\b.{0,80}\b(?:e-?mail|newsletter)\b.{0,40}$/i,
  // Only the stamp: "This story originally appeared on ZDNet under the headline …" credits a source, which the
  // Dragnet gold keeps.
  /^this (?:article|story|post) was (?:originally|first) (?:published|posted) (?:on )?(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b[^.]{0,30}\.?$/iu,
  // The print note of business papers without its subject: "Appeared in the November 28, 2026, print edition as …".
  /^appeared in the\b.{0,60}\bprint edition\b.{0,200}$/i,
  // A weekly's label over its edition box: "From the November 28th 2026 edition", "From the December 2026 issue".
  /^from the\b.{0,40}\b(?:edition|issue)$/i,
  // A magazine's note with the issue's date after a colon: "From magazine issue: 29 November 2026".
  /^from (?:the )?(?:magazine|print) (?:issue|edition)\s*:.{0,40}$/i,
  /^\((?:updates?|adds?|corrects?|recasts?|rewrites?|removes?|changes?)\b[^()]{0,200}\)\.?$/i,
  /^[—–-]{1,2}\s*with assistance (?:from|by)\b.{0,200}$/i,
  // The label over a writer's box under the story, alone once its bio went as a closing note: "About the Author".
  /^about the (?:authors?|writers?|reporters?|contributors?)\s*:?$/i,
  // Asking readers for tips, pushing the app, the station's sign-off: addressed to the reader, never the story's text.
  // The sign-off asking readers to write in, ending on the site's address: "Join our Space Forums to keep talking …
  // let us know at: community@site.com.", "Editor's note: If you capture a great photo …, send it to photos@site.com."
  // The site asks for the reader's mail ("let us know", "send your photos", "email us"): a police appeal is news.
  /^(?:editor['’]s note:\s*)?(?:if you\b|join our\b).{0,300}\b(?:let us know|(?:e-?mail|write to|contact) us|send (?:us|your|it|them))\b.{0,150}\s\S+@[\w-]+(?:\.[\w-]+)+\.?$/i,
  /^(?:do you |have you )?(?:have|got) (?:a )?(?:confidential |news |story )?(?:tips?|story)(?: for [\p{L} ]{1,30})?\s*\?.{0,300}$/iu,
  // The reporter's call for sources closing a story, often after its own question: "Have you worked from a capsule
  // hotel? Contact this reporter via email at … or via Signal at …", "Reach out to the reporter on Signal at …". It
  // names the channel (mail, Signal, WhatsApp, an address): "Police asked witnesses to contact the detective" is news.
  /^(?:[^?]{5,200}\?\s+)?(?:contact|reach out to|e-?mail|message|get in touch with|write to) (?:this|the|our) (?:reporter|writer|author|journalist|correspondent)s?\b.{0,40}?(?:\be-?mail\b|\bsignal\b|\bwhatsapp\b|\btelegram\b|@).{0,200}$/iu,
  // An investigative desk's call for information, in or under the story: "Do you have information about medical care
  // in a jail? Contact us at …", "Have a tip about a nursing home? Email us.", "Did you work at the plant? We want to
  // hear from you." A question to the reader, then the ask to get in touch with the newsroom; a question in the
  // story's prose is not followed by one, and a blog's "Let us know in the comments" is the post's own close. A
  // tabloid's "Do you have a story to sell? Get in touch by emailing desk@site.co.uk." names the newsroom's address.
  /^(?:do you|did you|have you|are you|were you|does your|(?:have|got|know)) [^?]{0,160}\?\s+(?:(?:please )?(?:contact|e-?mail|reach|call|text|message|write to|get in touch with)\b.{0,40}?\b(?:us|our (?:reporters?|newsroom|team)|the (?:reporters?|newsroom))\b|(?:we|i)(?:['’]d| would)? (?:like|want|love) to hear\b|reach out\b|get in touch\b.{0,40}?\S@[\w-]+(?:\.[\w-]+)+).{0,300}$/iu,
  // The app may go unnamed: "Click here to download our app and get breaking news alerts on your phone."
  /^(?:click here to )?download (?:the|our) (?:free )?(?:[\p{L}\p{N} .&'-]{1,40} )?app\b.{0,60}\b(?:news|alerts?|headlines|updates|stories)\b.{0,80}$/iu,
  // A station's link under the story to report a mistake, maybe with its tip line after it: "Report a typo", "Click
  // here to report a typo. Send us your news tips here." The story's own sentence about an error names who reported it.
  /^(?:click here to |tap here to )?report an? (?:typo|error|correction|mistake)\b[^.!?]{0,40}[.!]?(?:\s+(?:send|submit|share|email) us (?:your )?(?:news )?(?:tips?|photos?|story ideas?)\b[^.!?]{0,30}[.!]?)?$/i,
  /^for (?:the )?latest (?:news|headlines|updates)\b.{0,100}\b(?:head|go|visit|download|follow)\b.{0,60}$/i,
  // Channel and podcast pitches under the story: "Join The Irish Times on WhatsApp and stay up to date", "Join ST's
  // Telegram channel and get the latest breaking news delivered to you.", "Listen to our Inside Politics podcast for …".
  // The site speaks ("our"), or names the channel: "Join us, the organisers wrote in a WhatsApp group" is news.
  // Also after the pitch's own first sentence: "Stay up to date with the latest news. Follow KT on WhatsApp Channels."
  // Also behind a link's prompt: "Click here to join Indian Express on WhatsApp and get latest news and updates".
  /^(?:(?:stay|keep)\b[^.!?]{0,40}\b(?:up to date|updated|informed|connected|posted)\b[^.!?]{0,60}[.!:]\s+)?(?:click (?:here|this link) to |tap (?:here )?to )?(?:join|follow) (?!us\b)[^,]{0,50}?\b(?:on (?:whatsapp|telegram)|(?:whatsapp|telegram) (?:channel|community))\b[^,]{0,80}$/i,
  // A reporting verb after it ("…, the station told advertisers") makes it a sentence of the story.
  /^listen to our [\p{L}\p{N} '’&-]{0,40}podcasts?\b(?!.*\b(?:said|says|told|tells)\b).{0,80}$/iu,
  // A podcast page's closing pitch: "Subscribe to What Next wherever you get your podcasts.", "Listen and follow
  // wherever you listen." An imperative to the listener, then "wherever you get/listen": never news wording.
  /^(?:(?:subscribe|listen|follow|rate|review|find|download)(?: (?:and|&|or) (?:subscribe|listen|follow|rate|review))?(?: to)?\b.{0,80}\b)?wherever you (?:get|listen(?: to)?|find|hear)(?: (?:your |to )?(?:podcasts?|shows|audio))?\W*$/i,
  // A membership pitch under a podcast or a story: "Want more What Next? Join Slate Plus to listen ad-free and get
  // bonus episodes every week. Sign up now". It offers the reader a perk ("ad-free", "bonus episodes"): "Join the
  // club to get free coffee" or a council's call to join a scheme is news.
  /^(?:want (?:more|even more) [^?]{1,60}\?\s+)?(?:join|subscribe to|sign up for|become an? (?:member|subscriber) of) [^.!?]{1,60}? to (?:listen|watch|read|get|enjoy|hear)\b[^.!?]{0,40}\b(?:ad-free|bonus (?:episodes|content|shows)|member-only|subscriber-only)\b.{0,200}$/i,
  // A podcast page's production credit under the show notes: "Podcast production by Ann Lee and Bo Ek.", "Audio
  // engineering by Mia Holt." Only names follow: "Podcast production by hand takes longer" is prose.
  /^(?:podcast|audio|show|episode) (?:production|engineering|mixing|editing) by \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}(?:(?:,| and| &) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}){0,5}\.?$/iu,
  // A media player's own buttons, each alone on its line: "Listen now", "Download", "Embed", "Listen · 3:58".
  /^(?:listen(?: now| live)?|download(?: (?:audio|mp3|episode))?|embed)(?:\s*[·•|-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?$/i,
  // A promo card's prompt after the shows or videos it names: "Inside Politics, In the News and more: listen now",
  // "Highlights from every match: watch here". A story quoting someone's "listen now" does so in quote marks.
  /^[^.!?"“”]{1,80}:\s*(?:listen|watch) (?:now|here)\W*$/i,
  // A pitch to follow the site in Google's news products: "Follow Tom's Guide on Google News to get our up-to-date
  // news …", "Follow ZDNET: Add us as a preferred source on Google.", "Add 9to5Mac to your Google News feed.".
  /^(?:follow [\p{L}\p{N} .&'’-]{1,40}?(?: on google news\b|\s*:\s*add us as a preferred source\b)|add (?:us|[\p{L}\p{N} .&'’-]{1,40}?) (?:to your google news feed|as a preferred source on google)\b).{0,200}$/iu,
  // The label over an embedded podcast player: "Listen to “It’s All Good: A Block Club Chicago Podcast”:".
  /^listen to (?:the |our )?["“”'‘’]?[\p{L}\p{N} '’&:,.-]{0,60}\bpodcast\b["“”'‘’]?\s*[:.]?$/iu,
  // The title line of a video embed whose player a script fills: "Watch on Deadline", "Watch the full interview on
  // YouTube". The whole line, a capitalised name and nothing after it; a sentence ("Watch on Sunday as the …") goes on.
  /^Watch (?:it |the video |the full (?:video|interview|episode) )?on [\p{Lu}\p{N}][\p{L}\p{N}+.&'’-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}+.&'’-]*){0,3}$/u,
  // A funding note: "LDR is local body journalism co-funded by RNZ and NZ On Air."
  /^.{0,80}\bjournalism (?:is )?(?:co-?)?funded by\b.{0,100}$/i,
  // What a consent-gated embed or a script-filled block shows with JS off: "This content is provided by Twitter, which
  // may be using cookies …", "Loading...".
  /^this content is (?:provided|hosted|created) by .{1,60}, which (?:may (?:be )?us(?:e|ing)|uses) cookies\b.{0,250}$/i,
  // The gate itself, as an imperative to the reader: "To see this content please enable targeting cookies.", "To view
  // this video, please accept functional cookies", "Please enable cookies to watch this video". A sentence reporting
  // one ("To see this content, users had to accept cookies, the regulator found") names who must, so it stays.
  /^to (?:see|view|watch|display|play) this (?:content|video|embed|post|media)\b,?\s*(?:(?:please|you (?:need|have) to|you must)\s+)?(?:enable|accept|allow)\b.{0,40}\bcookies\b.{0,80}$/i,
  /^please (?:enable|accept|allow)\b.{0,40}\bcookies to (?:see|view|watch|display|play) this (?:content|video|embed|post|media)\b.{0,80}$/i,
  // Also a comment widget's placeholder: "Loading comments…", "Comments are loading…".
  /^(?:loading(?: comments)?|comments are loading)(?:\.{3}|…)?$/i,
  // Affiliate and contributor disclosures: "If you buy something from a Verge link, Vox Media may earn a commission.",
  // also after a promise ("… selected by our editors. However, when you buy something through our retail links, …")
  // and after the review desk's promise in a trust box: "Our expert staff … tests our top picks. If you buy through our
  // links, we may get a commission."; and that box's label, "Why You Can Trust CNET", "Why trust us?". The site may
  // call its cut a payment or compensation: "Note: … is an affiliate partner with some of these vendors. When you
  // click a link and make a purchase, we may receive a small payment, which helps us keep the site running."
  /^(?:.{0,200}[.!]\s+)?(?:(?:however|but),?\s+)?(?:if|when) you (?:buy|purchase|shop|click)\b.{0,80}\b(?:links?|this page|our (?:site|stories))\b.{0,120}\b(?:commission|we (?:may )?(?:receive|earn|get) (?:a )?(?:small )?(?:payment|compensation|share))\b.{0,150}$/i,
  // The site's own note in brackets under a review: "(Pitchfork earns a commission from purchases made through
  // affiliate links on our site.)", "We earn a commission from products purchased through some links in this article."
  // Only the site's own links: "Ticketmaster earns a commission on resales" is news.
  /^\(?[\p{L}\p{N} .&'’-]{1,40} (?:may )?(?:earns?|receives?|gets?) an? (?:small )?(?:affiliate )?commission\b.{0,120}\b(?:affiliate links?|our (?:site|links)|links? (?:in|on) this (?:article|page|post|story))\b.{0,40}$/iu,
  // A commerce desk's note naming this page's links or sales as the site's cut, after a promise or not: "Bustle may
  // receive a portion of sales from products purchased from this article …", "We hope you love our recommendations! …
  // BuzzFeed … may collect a share of sales and/or other compensation from the links on this page.", "Lifehacker may
  // earn a commission from links on this page." Only this page's: "The city may receive a share of sales tax" is news.
  /^(?:.{0,200}[.!]\s+)?[\p{L}\p{N} .,&'’/-]{1,80} may (?:receive|collect|earn|get) (?:a |an )?(?:small )?(?:share|portion|cut|commission|compensation)\b.{0,120}\b(?:(?:on|from|via|in|through) (?:the )?(?:links? (?:on|in) )?this (?:page|article|post))\b.{0,250}$/iu,
  // A celebrity weekly's standing note over a story with shopping links: "Us Weekly has affiliate partnerships so we
  // may receive compensation for some links to products and services." The site's own links and its cut, both named.
  /^[\p{L}\p{N} .&'’!-]{1,40} (?:has|have) (?:an? )?affiliate (?:partnerships?|relationships?|programs?)\b.{0,40}\b(?:we|it) (?:may|might|could) (?:receive|earn|get) (?:a )?(?:compensation|commission|payment)\b.{0,120}$/iu,
  // A shopping card's retailer line, with its price-change note: "Get the Five-Minute Journal for $19.99 at Amazon!
  // Please note, prices are accurate at the date of publication and are subject to change." A price and a shop, no
  // more than one sentence before the note.
  /^get (?:the|a|an|this|these|it|them)\b[^.!?]{0,120}? for (?:just |only )?[$£€][\d,.]+\d[^.!?]{0,40}? (?:at|from|on) [\p{L}\p{N}.&'’ -]{2,40}!(?:\s*please note,? prices are accurate\b.{0,120})?$/iu,
  /^please note,? prices are accurate (?:at|as of) the (?:date|time) of publication\b.{0,80}$/i,
  // Its button, alone on its line: "See it!", "Buy It!", "Shop it!".
  /^(?:see|buy|shop|get) it(?: now)?!$/i,
  // Not "Why you should trust us" alone: a buying guide's own section opens so (the trust box around that label is
  // found whole, `isMethodBox`).
  /^[Ww]hy (?:[Yy]ou (?:[Cc]an|[Ss]hould) )?[Tt]rust (?!U[Ss]\b)(?:[\p{Lu}][\p{L}.&'’]*(?: [\p{Lu}][\p{L}.&'’]*){0,2})\s*\??$/u,
  /^opinions expressed by .{1,60} are their own\.?$/i,
  // A science-wire story's trust box and how-to-cite line: "Editors' notes", "This article has been reviewed according
  // to Science X's editorial process and policies. …", "Citation: <title> (2026, November 25) retrieved 28 November
  // 2026 from https://…". Not "Editor's note: …", which says something about the story.
  /^editors['’] notes$/i,
  // An affiliate site's standing note atop a post it keeps current: "Editor's note: This is a recurring post,
  // regularly updated with new information and offers." Not a note on one change ("This story has been updated to
  // include …"), which the Dragnet gold keeps.
  /^editor['’]s note\s*:\s*(?:this is a recurring (?:post|article|story|guide)\b|this (?:post|article|story|page|guide) (?:is|has been|will be) (?:regularly|periodically|frequently|continually) updated\b|some (?:of the )?offers (?:mentioned|referenced|on this page)\b).{0,250}$/i,
  // The label over the story's text under a summary box ("FULL STORY").
  /^full (?:story|article)$/i,
  /^this (?:article|story|content) (?:has been|was|is) (?:reviewed|fact[- ]checked|edited)\b.{0,80}\beditorial (?:process|standards|polic(?:y|ies)|guidelines)\b.{0,300}$/i,
  /^citation\s*:.{0,300}\bretrieved\b.{0,60}\bfrom\s+\S+$/i,
  // Only a bare date: "Originally posted 01:17 PM by Ann" heads a quoted comment, which the comment reader needs. A
  // celebrity site closes its story on the stamp after a dash, with the hour's half and zone ("Originally Published --
  // 6:14 AM PT", "Originally Published — November 28, 2026 9:14 AM PST").
  /^originally (?:posted|published) (?:on |at )?\d[^\p{L}]{0,40}$/iu,
  /^originally (?:posted|published)\s*(?:[-–—:|]{1,2}\s*|on |at )(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4},?\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|AES[DT])?)?\W*$/iu,
  // Pagination and page tools: "« Previous", "Next >", "1 / 18", "of 15", "‹ Back to Story", "Printer-friendly version".
  /^[«‹<←]?\s*(?:previous|prev|next|older|newer|back)(?: (?:page|post|article|story|entry|slide|image|photo|to (?:the )?(?:story|article|top|gallery)))?\s*[:»›>→]?$/i,
  /^(?:previous\s+)?(?:page\s+)?\d+\s*(?:\/|of)\s*\d+(?:\s+next)?$|^of \d+$/i,
  // Both on one line, as a post-navigation row or a table row shows them: "« Previous | Next »", "< Prev Next >".
  /^[«‹<←]?\s*(?:previous|prev|older|newer)(?: (?:page|post|article|story|entry))?\s*[»›>→]?\s*[|·•/]?\s*[«‹<←]?\s*(?:next|newer|older)(?: (?:page|post|article|story|entry))?\s*[»›>→]?$/i,
  /^(?:printer[- ]friendly(?: version)?|print (?:this )?(?:page|article|story|post)|send to (?:a )?friend|e-?mail (?:this )?(?:page|article|story|post)|adjust text size|text size|font size|write (?:a )?comment|add (?:a )?comment|trackback (?:pings|url)|permalink|digg this(?: \| \w+)*)\s*:?$/i,
  /^[\d,.]+k? (?:reads|views|notes)(?: view comments)?$/i,
  // A recipe card's buttons and tally (WP Recipe Maker, Tasty Recipes, Mediavine Create): "Jump to Recipe Print
  // Recipe", "Pin Recipe", "4.86 from 14 votes", "Calories: 412kcal" (its nutrition label, read as one line).
  /^(?:(?:jump to|print|pin|save|rate(?: this)?|email|share)(?: the)? recipe\W*){1,4}$/i,
  /^\d(?:\.\d{1,2})? (?:from|out of) \d[\d,]* (?:votes?|ratings?|reviews?)$/i,
  /^calories:?\s*\d[\d,.]*\s*k?cal$/i,
  // A review's star rating, alone or closing a short info row: "Rating ★★★★★", "The Overnight Season 2 Episode 6
  // Editor's Rating 5 stars", "Rating: 3.5 out of 5". Not a sentence that mentions one ("… gave it a rating of 5.").
  /^[^.!?]{0,60}?\b(?:(?:editor|critic|reader|user)[’']?s |our )?rating:?\s*(?:[★☆✩✭⭐½]+|\d(?:\.\d)?\s*(?:\/\s*\d+|out of \d+)?\s*(?:stars?)?)$/iu,
  // An audio player's clock ("00:00", "00:00 / 08:14", both glued as "00:0008:14" when the player is read as text).
  /^(?:\d{1,2}:\d{2}(?::\d{2})?\s*[/|]?\s*)+$/,
  // Paywall prompts: the offer over a metered story, its login line, and the label on a paid post.
  /^(?:subscribe|sign up|register|log in|sign in)(?: to [\p{L}\p{N}'’.&-]+(?: [\p{L}\p{N}'’.&-]+){0,4})? (?:now )?to (?:keep|continue) reading\b.{0,120}$/iu,
  // The offer over a cut-off story: "Subscribe to unlock this article", "Join Fortune for unlimited access to our
  // award-winning journalism.", "Get unlimited access to local news".
  /^(?:subscribe|sign in|log in|register) to (?:unlock|read) (?:this|the full|the rest of (?:this|the)) (?:article|story)\W*$/i,
  /^(?:(?:join|subscribe to) [\p{L}\p{N} .&'’-]{1,40} (?:for|to get)|get|unlock) unlimited (?:digital )?access\b.{0,100}$/iu,
  // A regional paper's offer box: "Want to read more?", "Subscribe to The Northern Echo for just £1 for your first
  // 2 months …", "Subscribe to Premium". The imperative opens the line; a story says "readers can subscribe …".
  /^want to (?:read|keep reading|continue reading)(?: more| on)?\s*\?$/i,
  // The same box in French: "Vous avez envie de lire la suite ?", "Débloquez tous les articles immédiatement.", "Je
  // m'abonne".
  /^(?:vous avez )?envie de lire la suite\s*\?$|^débloquez tous les articles\b.{0,40}$|^je m['’]abonne\W*$/iu,
  // A membership box's pitch and button: "Support independent journalism in English and get unlimited access to all
  // our articles …", "Become a member". The imperative opens the line and the offer follows; a story reports who
  // supports journalism ("Readers support independent journalism …").
  /^support (?:independent|local|quality|our|trusted) journalism\b.{0,80}\b(?:unlimited access|become a member|join (?:us|today|now)|subscribe|membership)\b.{0,100}$/iu,
  /^(?:become a (?:member|supporter)|join (?:now|today))\W*$/iu,
  // A trial offer opening a pitch's sentence: "… Try The Telegraph free for 1 month with unlimited access to …".
  /^(?:.{0,160}[.!?]\s+)?try [\p{L}\p{N} .&'’-]{1,40} free for (?:\d+|one|a) (?:days?|weeks?|months?) with unlimited access\b.{0,200}$/iu,
  // A player's label with its running time in brackets: "Listen to article (6 min)", "Listen to this article". A
  // running time set apart ("Listen to this article 4 min") is left to the player box's rules, which see the block.
  /^listen to (?:this )?(?:article|story)(?:\s*\(\d+\s*(?:min(?:utes?|s)?|m)\))?\W*$/iu,
  // Dow Jones papers' correction box: its label, and the note that ends on when it was corrected.
  /^corrections (?:&|and) amplifications$|^an earlier version of this (?:article|story)\b.{10,300}\(corrected (?:on )?[^)]{3,30}\)$/i,
  // The box's heading alone, naming a product in capitals (case matters: "Subscribe to our updates" is another rule's).
  /^[Ss]ubscribe (?:now )?to \p{Lu}[\p{L}\p{N}'’.&-]*(?: \p{Lu}[\p{L}\p{N}'’.&-]*){0,3}\W*$/u,
  // The price is a subscription's: per week, month or year, for the first months, or for access.
  /^(?:subscribe|join)\b.{0,60}\bfor (?:just |only )?[$£€]\d[\d.,]*\s*(?:(?:a|per|\/)\s*(?:week|month|year)\b|for (?:your )?(?:first )?\d+ (?:weeks?|months?)\b|.{0,60}\b(?:unlimited|access|subscription)\b).{0,160}$/iu,
  // Also naming the story and the title's plan, with the button after it: "Continue reading this article with a
  // Barron's subscription. View Options", "Continue reading your article with a WSJ membership".
  /^(?:keep|continue) reading (?:(?:this|your|the) (?:article|story) )?with an? (?:\d+-day )?(?:free )?(?:[\p{L}\p{N}'’.&-]+ ){0,3}?(?:trial|subscription|membership|account)(?:[.!]?\s*(?:view|see|explore|choose) (?:\p{L}+ ){0,2}?(?:options|plans|offers))?\W*$/iu,
  /^(?:create|register for) an? (?:free )?account to (?:keep|continue) reading\b.{0,80}$/i,
  // Also naming the plan: "This article is exclusive to STAT+ subscribers".
  /^this (?:article|story|post|content) is (?:only )?(?:available |exclusive )?(?:for|to) (?:paid )?(?:[\p{L}\p{N}+.&'’-]+ ){0,3}?(?:subscribers|members)(?: only)?\W*$/iu,
  // The offer in one sentence: "Unlock this article — and get additional analysis … — by subscribing to STAT+."
  /^unlock (?:this|the full|the rest of (?:this|the)) (?:article|story)\b.{0,160}\bby (?:subscribing|becoming a (?:subscriber|member)|signing up)\b.{0,60}$/i,
  /^(?:subscribe|start (?:your )?(?:free )?trial) (?:now|today)\W*$/i,
  /^already (?:a )?(?:paid )?(?:subscriber|member|have an account)\W{0,3}\s*(?:(?:log|sign) ?in\W*)?$/i,
  // The same wall in French: "Cet article est réservé aux abonnés. Il vous reste 74% à découvrir.", "Déjà abonné ?
  // Connectez-vous". A story's sentence about subscribers goes on past the label.
  /^(?:cet article est réservé aux abonnés\W*|(?:cet article est réservé aux abonnés\.?\s*)?il vous reste \d{1,3}\s?% (?:de (?:l['’]article|cet article) )?à (?:découvrir|lire)\W*)$/iu,
  /^déjà abonné(?:e)?\s*\?\s*(?:connectez-vous|identifiez-vous|se connecter)?\W*$/iu,
  // Comments shut behind the wall: "Commenting on this article is available to subscribers. Sign In".
  /^commenting (?:on this (?:article|story) )?is (?:only )?(?:available|open|reserved) (?:only )?(?:to|for) (?:paid )?(?:subscribers|members)(?: only)?\.?\s*(?:(?:sign|log) ?in)?\W*$/i,
  /^(?:members?|subscribers?|paid subscribers?|premium)[- ]only(?: (?:story|article|content|post))?$/i,
  // Also with whom it is for and the offer after it: "This is a Premium article available exclusively to our
  // subscribers. To read 250+ such premium articles every month".
  /^this is an? (?:premium|subscriber[- ]only|members?[- ]only|paid) (?:article|story|post)(?: (?:available|reserved) (?:exclusively |only )?(?:to|for) (?:our )?(?:paid )?(?:subscribers|members))?(?:[.!]?\s+to (?:read|access|unlock|enjoy)\b[^.!?]{0,100}\b(?:articles?|stories)\b[^.!?]{0,40})?\W*$/i,
  // A bare reaction count over or under a post ("1.4K", "12K"): a clap or like tally, never prose.
  /^\d{1,3}(?:[.,]\d)?[KkMm]$/,
  // Video player chrome, also a player's overlay read as one line: "Video Loading Video Unavailable Click to play Tap
  // to play The video will auto-play soon 8 Cancel Play now".
  /^(?=.*\b(?:video (?:loading|unavailable)|(?:click|tap) to play|auto-?play)\b)(?:\s*(?:video (?:loading|unavailable)|(?:click|tap) to play|play now|cancel|the video will (?:auto-?play|start) (?:soon|in)|\d{1,2}))+\W*$/i,
  /^comments (?:have been|are) (?:disabled|closed|turned off)(?: (?:on|for) this (?:article|story|post))?\W*$/i,
  // Video player chrome.
  /^(?:play|watch) (?:the )?video\W*$|^get the (?:latest )?(?:adobe )?flash player\b.{0,60}$|^video link (?:&|and) embed code$/i,
  // Appeals to the reader for the site, not the story: "Like our site?", donation requests, a nonprofit's status.
  /^(?:like|love|enjoy(?:ed)?) (?:our|this) (?:site|blog|page)\s*\?$/i,
  // A feedback widget under the story and its buttons: "Do you like the content of this article?", "Was this article
  // helpful?", "Like Dislike". The question names the page itself: "Did you like this policy?" is a quote.
  /^(?:do you like|did you (?:like|enjoy|find)|was|how (?:useful|helpful) was) (?:the content of )?this (?:article|story|page|post)\b.{0,30}\?$/i,
  /^(?:like|dislike)(?:\s*[|·/]?\s*(?:like|dislike)){1,2}$/i,
  // The appeal names the site's own work ("help keep our reporting free"): "urged people to donate now" is news.
  /^.{0,60}\b(?:help (?:keep|us|fund)|support (?:us|our)|our (?:work|journalism|reporting|content|mission))\b.{0,80}\b(?:donate|give|contribute) (?:today|now)\b.{0,40}$|^(?:please )?(?:donate|give|contribute) (?:today|now)\W*$/i,
  /^.{0,60}\bis a 501\s?\(?c\)?\s?\(?3\)? (?:non-?profit|not-for-profit|charitable)\b.{0,80}$/i,
  // The newsroom describing itself under the story, alone or in an appeal: "KFF Health News is a national newsroom
  // that produces …", "Chalkbeat is a nonprofit news site covering …", "Subscribe to Block Club Chicago, an
  // independent, 501(c)(3), journalist-run newsroom. Every dime …". Only as the line's opening words: "…, according
  // to The Marshall Project, a nonprofit newsroom" in a sentence is news.
  /^(?:(?:[^\s,.!?]+ ){1,6}is|(?:thanks? (?:you )?for (?:subscribing|supporting|reading)|subscribe|support|donate|give)(?: to)? [^,.!?]{1,60},) (?:an?|the) (?:[\p{L}\p{N}()-]+,? ){0,3}?(?:non-?profit|independent|non-?partisan|national|(?:member|reader|listener|viewer)-(?:supported|funded)|journalist-run|501\(c\)\(3\)|investigative),? (?:[\p{L}\p{N}()-]+,? ){0,3}?(?:newsroom|news (?:site|outlet|organi[sz]ation|service|website|nonprofit))\b.{0,400}$/iu,
  // The appeal naming who pays: "Longreads is funded by readers like you. Become a member …", "This work is made
  // possible by listeners like you." The readers are addressed ("like you"): "The clinic is funded by donors" is news.
  /^(?:[^.!?]{1,60} (?:is|are)|we(?:['’]re| are)) (?:(?:funded|supported|powered|sustained|made possible) by|possible because of|here because of) (?:readers|members|listeners|viewers|supporters|people) like you\b.{0,300}$/iu,
  // The appeal naming how the site is paid for, after saying it takes no ads: "Editor's note: FactCheck.org does not
  // accept advertising. We rely on grants and individual donations …". The ask must follow: a ban on ads alone is news.
  /^(?:editor['’]s note\s*:\s*)?\S+(?: \S+){0,5} (?:does not|doesn['’]t|do not|don['’]t) (?:accept|take|carry|run|sell) (?:any )?(?:advertising|advertisements|ads)\b[^.!?]{0,40}[.!] .{0,200}\b(?:donations?|donate|donors|members(?:hip)?)\b.{0,300}$/iu,
  // A fact-checker's note on its platform partnership under the check: "This article is part of our work fact checking
  // potentially false pictures, videos and stories on Facebook. …" (a sentence naming the platform in a story stays).
  /^this (?:article|fact[- ]check|story|piece) is part of (?:our|a|the) (?:work|partnership|programme|program|project)\b.{0,120}\b(?:facebook|meta|instagram|tiktok|whatsapp)\b.{0,250}$/iu,
  // The same in the first person, as a sentence of its own: "We're a nonprofit newsroom. Your support keeps …".
  /^we(?:['’]re| are) (?:an?|the) (?:[\p{L}\p{N}()-]+,? ){0,3}?(?:non-?profit|independent|non-?partisan|(?:member|reader|listener|viewer)-(?:supported|funded)|journalist-run|501\(c\)\(3\)),? (?:[\p{L}\p{N}()-]+,? ){0,3}?(?:newsroom|news (?:site|outlet|organi[sz]ation|service|website))(?:[.!]|\s+(?:that|covering|reporting|serving|dedicated)\b).{0,400}$/iu,
  // Public media's notes under a story: the republishing offer and its licence, a transcript's source and disclaimer
  // ("Transcript provided by NPR, Copyright NPR.", "NPR transcripts are created on a rush deadline by an NPR
  // contractor. …"), the underwriting label ("Support Provided By: Learn more"). Not "This transcript has been edited
  // for length and clarity", which some interviews print as part of the text.
  // A nonprofit's funding disclosure: "Disclosure: Ann Co. has been a financial supporter of The Ledger, …".
  /^disclosures?\s*:.{0,300}\b(?:financial supporters?|funders?|donors?|sponsors?|underwriters?)\b.{0,400}$/i,
  /^republish (?:this|our) (?:article|story|stories|piece)\W*$/i,
  // A press office's note to the media on a release's video, over the story: "Journalists: Broadcast-quality video
  // (1:02) is in the downloads at the end of this post. Please courtesy: …". Addressed to the press and about the
  // material for it; "Journalists: …" quoting a union is news and names none of it.
  /^(?:journalists|reporters|editors|media|broadcasters|(?:a )?note to (?:editors|journalists|reporters|media))\s*:\s.{0,200}\b(?:b-?roll|broadcast[- ]quality|sound ?bites?|(?:please )?courtesy\s*:|name supers?|downloads? (?:at|below|on)|high[- ]res(?:olution)? (?:images?|photos?|video))\b.{0,400}$/i,
  // The syndication link under a paper's story: "License this article" (Nine), "Reprint this story".
  /^(?:licen[cs]e|reprint|buy (?:a )?reprints? of) this (?:article|story|content)\W*$/i,
  /^(?:this|the) (?:work|article|story|post|piece) is (?:licensed|published|available) under (?:a |the )?creative commons\b.{0,150}$/i,
  /^(?:(?:audio|video|full|show|episode|program(?:me)?) )?transcripts? (?:provided|produced|prepared|courtesy) (?:by|of)\b.{0,80}$/i,
  // The label over a transcript: "Transcript", "Read the Full Transcript", "Full transcript:".
  /^(?:(?:read|view|show|see) (?:the )?)?(?:full |audio |show )?transcript\s*:?$/i,
  /^.{0,40}\btranscripts? (?:are|is|was|were|ha(?:s|ve) been) (?:created|produced|generated|prepared)\b.{0,80}\b(?:(?:on )?a rush deadline|automatically|may contain errors|may not be in (?:its|their) final form)\b.{0,300}$/i,
  /^(?:support (?:for [\p{L} ]{1,40} )?(?:is )?provided by|underwriting (?:support )?(?:provided )?by)\s*:?(?:\s*learn more)?$/iu,
  // A writer's address or handle alone on its line under the story: "ann.lee@ledger.example", "X: @annlee".
  /^(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i,
  /^(?:(?:x|twitter|threads|bluesky|instagram|mastodon)\s*:\s*)?@[\w.]{1,30}$/i,
  // A writer's tagline that ends with how to reach them: "Ann Lee is a reporter for Chalkbeat covering schools.
  // Contact her at alee@example.org."
  /^[^.!?]{0,150}\b(?:is|are) (?:an?|the) [^.!?]{0,60}\b(?:reporter|writer|correspondent|editor|journalist|columnist|producer|fellow)\b[^!?]{0,200}?[.!]\s+(?:contact|e-?mail|reach|write to) (?:him|her|them|me|us)\b.{0,40}\bat \S+@\S+$/iu,
  // Disclaimers: the views are not the employer's, the site endorses nothing.
  // Skip links for keyboard and screen-reader users ("skip past newsletter promotion", "SKIP ADVERTISEMENT", "Jump to
  // main navigation").
  /^skip (?:to|past|over)\b.{0,50}$|^skip (?:this )?(?:ad|advertisement)$/i,
  /^jump to (?:the )?(?:main )?(?:content|navigation|menu|search|footer|article)\W*$/i,
  // A dateline cut from its paragraph by markup: a place, an agency and a dash ("Atlanta CNN —", "(Reuters) —"). Not
  // any name or initials and a dash: comment areas sign off "Anna —", "LRM —".
  /^[\p{L}.,'’ -]{0,40}?\(?(?:CNN|AP|AFP|Reuters|UPI|Bloomberg|dpa)\)?\s*[—–]$/u,
  // A markets story's closing disclaimer on the advice in it ("Disclaimer: The views and recommendations made above
  // are those of individual analysts …", "(Disclaimer: Recommendations, suggestions, views and opinions given by the
  // experts are their own …)"); a blog's "Disclaimer: I was sent a sample" is the writer's prose and stays.
  /^\(?disclaimer\s*[:\-–]\s*.{0,80}\b(?:views|recommendations|opinions|investment tips)\b.{0,400}$/i,
  // A note that a machine helped write the story, as markets and crypto desks close their briefs: "This content was
  // partially produced with the help of AI tools and was reviewed and published by … editors", "This article was
  // generated with the assistance of AI and reviewed by our editorial team …". Not "… with the help of AI researchers".
  /^this (?:content|article|story|post|report) was (?:partially |partly |in part )?(?:produced|generated|written|created|drafted) (?:with the (?:help|assistance|use) of|using|by) (?:ai|artificial intelligence)(?: tools?| technology| models?)?(?:,? and (?:was |has been )?(?:reviewed|edited|checked|fact-checked|published)\b.{0,200})?\W*$/i,
  // A row of quote chips, each a ticker symbol, maybe its price, and the day's move: "SLVN +11.4% ICLN +1.3%", "BTC
  // $87,412.20 -2.41% ETH $3,074.55 -3.02%". Two at least: one "Dow -0.12%" may be a market wrap's list item.
  /^(?:[A-Z][A-Z0-9.:/-]{0,11}(?:\s+[$€£₹]?\d[\d,]*(?:\.\d+)?)?\s*[+\-−–]\d+(?:\.\d+)?%\s*){2,}$/u,
  // A publisher's closing channel pitch: "Catch all the Business News, Market News … Updates on Live Mint. Download
  // The Mint News App to get Daily Market Updates."
  // A text ad set as a paragraph of the story under its label in capitals: "TEXT AD: Call Ann - +234…", "ADVERT: …".
  /^(?:TEXT AD|ADVERT|ADVERTORIAL|AD)\s*:\s.{0,150}$/u,
  /^catch all the\b.{0,200}\b(?:news|updates)\b.{0,300}$/i,
  /^disclaimer\s*:?$|^.{0,120}\b(?:opinions|views) expressed (?:here |herein |on this (?:site|blog) )?are not necessarily (?:those|the views) of\b.{0,150}$/i,
];

/** A letter or digit: a line without any (an emoji over a callout, a lone bullet) says nothing a reader reads. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** True when a line of the article region is furniture, not prose. */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > 0 && !WORD_CHARACTER.test(trimmed)) return true;
  return isTagListLine(trimmed) || BOILERPLATE.some((pattern) => pattern.test(trimmed));
}
