import { FOREIGN_AD_LABELS, FOREIGN_CONTINUES_LABELS } from '../foreign-labels';

/**
 * Ad slots and shopping: ad labels and their reading prompts, sponsors' labels, retailer and price buttons,
 * affiliate disclosures and quote chips; a story about advertising says more than a label.
 */
export const AD_LINES: readonly RegExp[] = [
  // An ad slot's label in Japanese, Korean and Chinese: "広告", "광고", "广告", "廣告", "スポンサーリンク".
  /^(?:広告|광고|广告|廣告|スポンサーリンク|赞助内容|贊助內容)\s*$/u,
  // "Ad Feedback" is the link a CNN template prints under each ad slot; a chain's template numbers its slots
  // ("Advertisement 3").
  // Some themes set the label between dashes: "- Advertisement -" (tagDiv's Newspaper theme for WordPress). National
  // World's papers (The Scotsman, the Yorkshire Post) print a "Hide Ad" button after each slot's label, a line of its
  // own when the label is a block apart.
  /^(?:[-–—·•*]\s*)?(?:advertisement|advertising|advert|sponsored(?: content)?|ad(?: feedback)?|hide ad|story continues below(?: advertisement)?|continue reading(?: below)?)(?:\s+\d{1,2})?(?:\s+hide ad)?\W*$/i,
  // The link a site sets beside its ad slots to sell them: "Advertise with us", "Advertise with Mother Jones". A name
  // in capitals follows, nothing more: "Advertise with care" is a sentence's start.
  /^[Aa]dvertise with (?:us|\p{Lu}[\p{L}\p{N}.'’&-]*(?: (?:\p{Lu}[\p{L}\p{N}.'’&-]*|of|the|and)){0,4})\W*$/u,
  // The label a Canadian chain's template repeats between the story's ad slots: "Article content".
  /^article content$/i,
  // An ad label with its reading prompt: "Advertisement - Continue Reading Below", "Article continues below this ad",
  // "Advertisement · Scroll to continue", "Advertisement - scroll to continue reading" (an ad slot's label for screen
  // readers), "Advertisement - scroll for more content", "ADVERTISEMENT SKIP ADVERTISEMENT", POLITICO's "Story
  // Continued Below" over each ad slot, and "Scroll down to continue reading" as Arc metro themes (the Boston Globe's,
  // 2020) print it in the placeholder of an in-story ad.
  /^(?:(?:advertisement|ad)\s*[-–—:|·]?\s*)?(?:(?:story|article|content) continu(?:es|ed)(?: below| after)?(?: (?:this |the )?(?:ad|advertisement))?|continue reading(?: below| the main story)?|scroll (?:down )?to continue(?: with content| reading)?|scroll (?:down )?for more content|skip (?:ad|advertisement))\W*$/i,
  // Shopping buttons of a product round-up: prices at retailers ("$229 at Amazon $235 at REI", "$34+ | Nordstrom"),
  // "Shop Now", and a lifestyle list's retailer buttons on their own line ("See On Amazon", "Buy Now at Target",
  // "Check Price").
  /^(?:(?:shop|buy) (?:it )?now|(?:[$£€][\d,.]+\+? ?(?:at|from|\|) ?[\p{L}\p{N}.&'’-]+(?: [\p{L}\p{N}.&'’-]+){0,2}\s*)+)$/iu,
  /^(?:(?:see|view|buy|shop)(?: it)?(?: now)? (?:at|on|from) [\p{L}\p{N}.&'’-]+(?: [\p{L}\p{N}.&'’-]+){0,2}|(?:check|see|view) (?:the )?price)$/iu,
  // A price widget's rows and label: "Amazon $349.99 View", "Walmart £379 View Deal", "Today's best deals".
  /^[\p{L}\p{N}.&'’ -]{2,30} [$£€][\d,.]+ (?:view|buy|see|shop|check|get)(?: (?:it|now|deal|price|at [\p{L}\p{N}.&'’-]+))?$/iu,
  /^today['’]s best\b.{0,40}\b(?:deals?|prices?)$/iu,
  // An ad slot's label in other languages ("Anzeige", "Publicidad", "Pubblicità"), alone on its line, also set between
  // dashes as the English "- Advertisement -" is (tagDiv's Newspaper theme, common on WordPress news sites in every
  // language: "- Reklama -", "- Publicidad -", "- โฆษณา -" on Matichon).
  new RegExp(`^(?:[-–—·•*]\\s*)?${FOREIGN_AD_LABELS}\\s*(?:[:|»›]|[-–—·•*])?$`, 'iu'),
  // An ad label's reading prompt in other languages ("Haberin Devamı", "Artikeln fortsätter under annonsen"), alone or
  // after it.
  new RegExp(`^(?:${FOREIGN_AD_LABELS}\\s*[-–—:|·]?\\s*)?${FOREIGN_CONTINUES_LABELS}\\W*$`, 'iu'),
  // The label beside a sponsor's logo, alone on its line when the logo is an image: "Presented by", "Sponsored by:".
  /^(?:presented|sponsored|brought to you|underwritten) by\s*:?$/i,
  // The same label with the sponsor's name, alone on its line under a sponsored tips box or beside a paid slot
  // ("Sponsored by Heartland Seed Co.", "Brought to you by Acme Insurance"), as farm and trade weeklies set it when the
  // logo is text. A name in capitals and nothing after it: "Sponsored by the county council, the show drew …" goes on.
  /^(?:[Ss]ponsored|[Pp]resented|[Uu]nderwritten|[Bb]rought to you|SPONSORED|PRESENTED|BROUGHT TO YOU) (?:by|BY):? [\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?:\s+(?:&\s+|and\s+|of\s+|the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*){0,5}\.?$/u,
  // A newsletter's sponsor label over the paid message it runs between items: "A message from Acme Energy:" (a name in
  // capitals, nothing after it; a sentence carrying a message from the mayor goes on past the colon).
  /^(?:[Aa] message from|A MESSAGE FROM) (?:(?:our|this|today['’]s) sponsors?|[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?:\s+(?:&\s+|of\s+|for\s+|the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*){0,5})\s*:?$/u,
  // Affiliate and contributor disclosures: "If you buy something from a Verge link, Vox Media may earn a commission.",
  // also after a promise ("… selected by our editors. However, when you buy something through our retail links, …")
  // and after the review desk's promise in a trust box: "Our expert staff … tests our top picks. If you buy through our
  // links, we may get a commission."; and that box's label, "Why You Can Trust CNET", "Why trust us?". The site may
  // call its cut a payment or compensation: "Note: … is an affiliate partner with some of these vendors. When you
  // click a link and make a purchase, we may receive a small payment, which helps us keep the site running." The label
  // before it may end on its colon, as IDG's sites (PCWorld, Macworld, Computerworld) open theirs: "Note: When you
  // purchase something after clicking links in our articles, we may earn a small commission." Valnet's sites (Android
  // Police, XDA, How-To Geek, Screen Rant and some twenty more) open theirs on a thanks and say "make a purchase":
  // "Readers like you help support Android Police. When you make a purchase using links on our site, we may earn an
  // affiliate commission. Read More."
  /^(?:.{0,200}[.!]\s+|(?:note|disclosure|disclaimer)\s*:\s*)?(?:(?:however|but),?\s+)?(?:if|when) you (?:buy|purchase|shop|click|make a purchase)\b.{0,80}\b(?:links?|this page|our (?:site|stories))\b.{0,120}\b(?:commission|we (?:may )?(?:receive|earn|get) (?:a )?(?:small )?(?:payment|compensation|share))\b.{0,150}$/i,
  // The same disclosure with the site's terms after it, as Advance Local's sites close every story: "If you purchase a
  // product or register for an account through a link on our site, we may receive compensation. By using this site,
  // you consent to our User Agreement and agree that your clicks, interactions, and personal information may be
  // collected …". The reader's consent to the site's own terms is never a sentence of a story.
  /^(?:.{0,200}[.!]\s+)?by using this (?:site|website)\b,? you (?:consent|agree) to (?:our|the|its)\b.{0,400}$/i,
  // The site's own note in brackets under a review: "(Pitchfork earns a commission from purchases made through
  // affiliate links on our site.)", "We earn a commission from products purchased through some links in this article."
  // Only the site's own links: "Ticketmaster earns a commission on resales" is news. Ziff Davis sites drop the article:
  // "Mashable may earn commission from purchases made through our links."
  /^\(?[\p{L}\p{N} .&'’-]{1,40} (?:may )?(?:earns?|receives?|gets?) (?:an? )?(?:small )?(?:affiliate )?commission\b.{0,120}\b(?:affiliate links?|our (?:site|links)|links? (?:in|on) this (?:article|page|post|story))\b.{0,40}$/iu,
  // Vox Media's commerce note, the purchase first and the company named as the one paid: "Our editors independently
  // select these products. Making a purchase through our links may earn Vox Media a commission." Only a purchase
  // through our links: "A purchase through the council may earn the supplier a bonus" is news.
  /^(?:.{0,200}[.!]\s+)?(?:making )?(?:a )?purchases? (?:made )?through our (?:affiliate )?links may earn [\p{L}\p{N} .&'’-]{1,40}? (?:an? )?(?:small )?(?:commission|compensation)\b[^.!?]{0,40}[.!]?$/iu,
  // A commerce desk's note naming this page's links or sales as the site's cut, after a promise or not: "Bustle may
  // receive a portion of sales from products purchased from this article …", "We hope you love our recommendations! …
  // BuzzFeed … may collect a share of sales and/or other compensation from the links on this page.", "Lifehacker may
  // earn a commission from links on this page." Only this page's: "The city may receive a share of sales tax" is news.
  /^(?=.* may (?:receive|collect|earn|get) )(?:.{0,200}[.!]\s+)?[\p{L}\p{N} .,&'’/-]{1,80} may (?:receive|collect|earn|get) (?:a |an )?(?:small )?(?:share|portion|cut|commission|compensation)\b.{0,120}\b(?:(?:on|from|via|in|through) (?:the )?(?:links? (?:on|in) )?this (?:page|article|post))\b.{0,250}$/iu,
  // The label over a commerce inset, the whole of its line, with no stop after it, as G/O Media's sites (Gizmodo,
  // Kotaku, Jalopnik, Lifehacker, The Root, The A.V. Club) set it over a product box between a story's paragraphs: "G/O
  // Media may get a commission", "We may earn a commission". A name in capitals or "We"; a sentence of the story ends on
  // its stop ("Brokers may earn a commission.").
  /^(?:[Ww]e|\p{Lu}[\p{L}\p{N}&.'’/-]*(?: \p{Lu}[\p{L}\p{N}&.'’/-]*){0,3}) may (?:earn|get|receive) (?:an? )?(?:small )?(?:affiliate )?commission$/u,
  // The one-line affiliate note Valnet sites and Android Authority print under the byline, with its "Learn more." link:
  // "Links on XDA may earn us a commission.", "Affiliate links on Android Authority may earn us a commission. Learn
  // more." The links on a named site, and "us": "Links on the council's page may earn it a grant" is news.
  /^(?:affiliate )?links (?:on|in) [\p{L}\p{N} .&'’-]{1,40} may earn us (?:an? )?(?:small )?(?:affiliate )?commission\b[^.!?]{0,40}[.!]?(?:\s*(?:learn |read |find out )?more\.?)?$/iu,
  // A site's standing affiliate note, labelled or not, with its "More." link: "FTC: We use income earning auto
  // affiliate links. More.", "Disclosure: This post may contain affiliate links." The whole line is the note; a
  // sentence reporting one ("The FTC says influencers who use affiliate links must disclose them", "We use affiliate
  // links on some pages, the company said.") goes on. Blogs write it out, with what the link earns them, Amazon's
  // required sentence and a pointer to their policy, as the note opening a mom or food blog's post: "This post may
  // contain affiliate links, which means I may receive a small commission, at no cost to you, if you make a purchase
  // through a link. As an Amazon Associate I earn from qualifying purchases. Read my full disclosure policy." Amazon's
  // sentence may stand alone. A clause after the links must name the commission or the cost to the reader ("…, which
  // the FTC requires bloggers to disclose" is a story's), and only these sentences may follow.
  /^(?:(?:ftc|disclosure|disclaimer|note)\s*:\s*)?(?:(?:we (?:may )?use (?:[\w-]+ ){0,3}affiliate links|this (?:post|article|page|story|site|blog) (?:may )?contains? (?:[\w-]+ ){0,2}affiliate links)\b(?:[^.!?,]{0,40}|,[^.!?]{0,200}\b(?:commission|compensation|at no (?:extra |additional )?cost)\b[^.!?]{0,120})[.!]?|as an amazon associate,? (?:i|we) earn from qualifying purchases[.!]?)(?:\s*(?:(?:learn |read |find out )?more\.?|as an amazon associate,? (?:i|we) earn from qualifying purchases[.!]?|(?:please )?(?:read|see|view) (?:(?:my|our|the) )?(?:full )?(?:disclosure|disclaimer|affiliate)(?: (?:policy|statement))?(?: here| for (?:more )?(?:info|information|details))?[.!]?)){0,3}$/i,
  // A blog network's closing self-promotion: "You're reading Electrek — experts who break news about …, day after
  // day. Be sure to check out our homepage for all the latest news, and follow Electrek on Twitter …". The dash after
  // the name and a pointer to the homepage or to the named site's own social accounts; "You're reading a column by
  // Ann Lee — … will follow the story on Twitter" goes on.
  /^you['’]re reading ([^.!?—–]{1,60}?) [—–-] .{0,250}\b(?:check out our homepage|follow \1 on (?:twitter|x|facebook|linkedin|instagram|youtube))\b.{0,250}$/iu,
  // A celebrity weekly's standing note over a story with shopping links: "Us Weekly has affiliate partnerships so we
  // may receive compensation for some links to products and services." The site's own links and its cut, both named.
  /^[\p{L}\p{N} .&'’!-]{1,40} (?:has|have) (?:an? )?affiliate (?:partnerships?|relationships?|programs?)\b.{0,40}\b(?:we|it) (?:may|might|could) (?:receive|earn|get) (?:a )?(?:compensation|commission|payment)\b.{0,120}$/iu,
  // Meredith's magazines (Food & Wine, Real Simple, InStyle, 2018-2021) say it without the partnership, under a shop
  // box: "Food & Wine may receive compensation for some links to products and services on this website. Offers may be
  // subject to change without notice." The site's cut for its links to products; a story's "The charity may receive
  // compensation for the flood damage" names no links.
  /^[\p{L}\p{N} .&'’!+-]{1,40} may (?:receive|earn|get) (?:a )?(?:compensation|commission|payment) for (?:some )?links to products(?: and services)?\b[^.!?]{0,40}[.!]?(?:\s+offers (?:may be|are) subject to change without notice\.?)?$/iu,
  // A shopping card's retailer line, with its price-change note: "Get the Five-Minute Journal for $19.99 at Amazon!
  // Please note, prices are accurate at the date of publication and are subject to change." A price and a shop, no
  // more than one sentence before the note.
  /^get (?:the|a|an|this|these|it|them)\b[^.!?]{0,120}? for (?:just |only )?[$£€][\d,.]+\d[^.!?]{0,40}? (?:at|from|on) [\p{L}\p{N}.&'’ -]{2,40}!(?:\s*please note,? prices are accurate\b.{0,120})?$/iu,
  /^please note,? prices are accurate (?:at|as of) the (?:date|time) of publication\b.{0,80}$/i,
  // A shopping card's button, alone on its line: "See it!", "Buy It!", "Shop it!".
  /^(?:see|buy|shop|get) it(?: now)?!$/i,
  // The label of a review desk's trust box: "Why You Can Trust CNET", "Why trust us?". Not "Why you should trust us"
  // alone: a buying guide's own section opens so (the trust box around that label is
  // found whole, `isMethodBox`).
  /^[Ww]hy (?:[Yy]ou (?:[Cc]an|[Ss]hould) )?[Tt]rust (?!U[Ss]\b)(?:[\p{Lu}][\p{L}.&'’]*(?: [\p{Lu}][\p{L}.&'’]*){0,2})\s*\??$/u,
  // A row of quote chips, each a ticker symbol, maybe its price, and the day's move: "SLVN +11.4% ICLN +1.3%", "BTC
  // $87,412.20 -2.41% ETH $3,074.55 -3.02%". Two at least: one "Dow -0.12%" may be a market wrap's list item.
  /^(?:[A-Z][A-Z0-9.:/-]{0,11}(?:\s+[$€£₹]?\d[\d,]*(?:\.\d+)?)?\s*[+\-−–]\d+(?:\.\d+)?%\s*){2,}$/u,
  // A text ad set as a paragraph of the story under its label in capitals: "TEXT AD: Call Ann - +234…", "ADVERT: …",
  // and Nigerian dailies' "ADVERTISEMENT: OWN A PLOT IN LAGOS …" (the label spelt out, the ad's link after it).
  /^(?:TEXT AD|ADVERT|ADVERTISEMENT|ADVERTORIAL|AD)\s*:\s.{0,150}$/u,
  // A podcast's sponsor read in the show notes: "This episode is brought to you by Kessler Seed & Supply. …", "Today's
  // show is sponsored by …". The episode names itself as the thing paid for; "The episode was sponsored by the tourism
  // board, records show" reports on it.
  /^(?:this|today['’]s) (?:episode|show|podcast|program(?:me)?)(?: of [^.!?]{1,40})? is (?:brought to you|sponsored|supported|presented|made possible|underwritten)(?: in part)? by\b(?!.*\b(?:said|says|told|according to)\b).{0,400}$/i,
];
