import { FOREIGN_COMMENT_PROMPTS, FOREIGN_PITCHES } from '../foreign-labels';
import { AFRICAN_FOLLOW_PITCH } from '../african-labels';
import { INDIC_FOLLOW_PITCH } from '../indic-labels';
import { MALAY_FOLLOW_PITCH } from '../malay-labels';
import { READER_CALLOUT_LINES } from './reader-callout-lines';

/**
 * The site speaking to the reader for itself: newsletter, app, channel, podcast and membership pitches, follow
 * prompts, calls for tips, feedback widgets and appeals for support.
 */
export const PITCH_LINES: readonly RegExp[] = [
  // A Chinese-language pitch with its link words, "click me" or "click here" and then download, subscribe, follow or
  // join ("點我下載APP", "点此订阅", "一手掌握經濟脈動點我訂閱…頻道", "按我看活動辦法"): the site speaking. One
  // sentence at most, no 。 inside: a story reports a campaign without telling the reader to click.
  /^[^。！？]{0,60}(?:(?:點|点)(?:我|此|擊|击|這裡|这里)\s*(?:下載|下载|訂閱|订阅|追蹤|追踪|關注|关注|加入)|按我看)[^。！？]{0,60}$/u,
  // An obituary's flower and tree pitch, sending the reader to a store: "To send flowers to the family or plant a tree
  // in memory of Ann Lee, please visit our floral store.", "To plant a tree in memory of … as a living tribute, please
  // visit Tribute Store." The family's own wishes ("In lieu of flowers, …") name no store to visit.
  /^to (?:(?:send|order) (?:flowers|a (?:floral|memorial) (?:arrangement|gift))|plant (?:a |memorial )?trees?)\b.{0,160}\b(?:please )?visit\b.{0,80}$/i,
  // The guest book's prompts on a death notice: "Sign Ann Lee's Guest Book", "Sign the Guest Book", "Share a memory or
  // send condolences to the family.", "Offer condolences to the family of Ann Lee." Short imperatives, no story.
  /^(?:sign|view|read)(?: the| [\p{L}.'’ -]{2,60}['’]s?)? guest ?book\W*$/iu,
  /^(?:share a memory|(?:offer|send|leave|post) (?:a |your )?condolences?)\b[^.!?]{0,100}[.!]?$/i,
  // A "Follow us" prompt, alone or after a badge's name ("NewsGuard Follow Us").
  /^(?:[\p{L}\p{N}&.'’-]+\s+){0,2}follow us(?: on [\p{L} ]{1,20})?\s*:?$/iu,
  // A pitch to the reader in Spanish or Portuguese (a channel, a newsletter, more of the site's news), and a comment
  // box's sign-in prompt.
  new RegExp(`^(?:${FOREIGN_PITCHES}|${FOREIGN_COMMENT_PROMPTS})$`, 'iu'),
  // An Indian-language daily's follow or join prompt naming a network ("… ফলো করুন আমাদের Google News, X …").
  new RegExp(`^\\(?(?:${INDIC_FOLLOW_PITCH})\\)?$`, 'iu'),
  // The same prompt in the African languages written in Latin script ("Ku biyo mu a tasharmu ta WhatsApp …").
  new RegExp(`^(?:${AFRICAN_FOLLOW_PITCH})$`, 'iu'),
  // And in Indonesian and Malay, the site's own channel named ("Simak berita dan artikel lainnya di Google News").
  new RegExp(`^(?:${MALAY_FOLLOW_PITCH})$`, 'iu'),
  // A channel pitch in Russian, Ukrainian, Serbian or Bulgarian, an imperative to the reader naming the channel, maybe
  // after a question: "Подписывайтесь на «…» в Telegram, чтобы …", "Хочете першими дізнаватися новини? Підписуйтесь на
  // наш Telegram-канал.", "Пратите нас на Телеграму …", "Последвайте ни в Google News …". A reporting verb after it
  // ("…, — призвал мэр", "сообщили в мэрии") makes it a sentence of the story.
  /^(?:[^.!?]{0,80}\?\s+)?(?:подписывайтесь|подпишитесь|присоединяйтесь|следите за нами|читайте нас|підписуйтесь|підпишіться|долучайтеся|стежте за нами|читайте нас|пратите нас|придружите се|запратите нас|последвайте ни|абонирайте се|присъединете се)(?!\p{L})(?!.*(?:сообщил|заявил|сказал|призвал|написал|повідомил|заявив|закликав|рекао|изјавио|каза|заяви))[^.!?]{0,120}?(?:telegram|телеграм|дзен|google news|вконтакте|viber|вайбер|whatsapp|youtube|ютуб|рассылк|розсилк|newsletter|instagram|tiktok)\p{L}*(?:-канал\p{L}*)?(?!\p{L}).{0,200}$/iu,
  // The same channel pitch in the Latin-script languages of South-east Europe and in Greek, an imperative to the reader
  // naming the channel (a site's name may hold a dot: "Digi24.ro"): Romanian "Urmărește știrile Digi24.ro și pe Google
  // News", "Abonează-te la canalul nostru de WhatsApp"; Croatian and Serbian "Pratite nas na Facebooku"; Slovene
  // "Spremljajte nas na Instagramu"; Albanian "Ndiqni Top Channel edhe në Instagram"; Greek "Ακολουθήστε μας στο Google
  // News". A reporting verb after it ("…, a declarat primarul", "rekao je", "tha ai") makes it a sentence of the story.
  /^(?:urmăre[șş]te(?:-ne)?|urmări[țţ]i(?:-ne)?|abonea(?:ză|za)-te|abona[țţ]i-vă|pratite(?: nas)?|zapratite(?: nas)?|pridružite se|spremljajte(?: nas)?|sledite(?: nam)?|ndiqni|ndiq|na ndiqni|ακολουθήστε(?: μας)?|κάντε εγγραφή)(?!\p{L})(?!.*(?:declarat|a spus|a scris|rekao|rekla|izjavio|izjavila|povedal|povedala|dejal|dejala|\btha\b|deklaroi|δήλωσε|είπε))(?:[^.!?]|\.(?=\S)){0,120}?(?:telegram|google news|viber|whatsapp|youtube|newsletter|instagram|tiktok|facebook)\p{L}*(?!\p{L}).{0,200}$/iu,
  /^(?:sign[- ]?up|subscribe|get our|join our)\b.{0,100}\b(?:newsletter|email|inbox|updates|alerts)\b.{0,60}$/i,
  // The same pitch under the box's own label in title case, printed in bold on the same line: "Keep Up with Your
  // Veteran Benefits: Subscribe to VetsPost and get the latest updates on VA health care, disability pay and more,
  // delivered straight to your inbox.", "Stay Informed: Sign up for our newsletter." A sentence quoting a call to sign
  // up opens in lower case ("Her advice to recruits: subscribe to …", "The mayor said: sign up …").
  /^\p{Lu}[\p{L}\p{N}'’&-]*(?: (?:\p{Lu}[\p{L}\p{N}'’&-]*|with|to|for|of|on|and|the|a|in|your|our|&)){0,8}:\s+(?:[Ss]ign[- ]?[Uu]p|[Ss]ubscribe|[Gg]et [Oo]ur|[Jj]oin [Oo]ur)\b.{0,120}\b(?:[Nn]ewsletters?|[Ee]mails?|[Ii]nbox|[Uu]pdates|[Aa]lerts)\b.{0,90}$/u,
  // The same pitch with its hook first, a sentence about the newsletter, then the imperative closing the line: "The
  // internet is chaotic—but our daily newsletter isn't. Sign up for web_crawlr.", "Our morning newsletter has
  // everything you need. Subscribe here." A story's sentence about a newsletter is followed by more story, not by "Sign
  // up".
  /^[^.!?]{0,120}\bnewsletters?\b[^.!?]{0,100}[.!?]\s+(?:sign[- ]?up|subscribe)(?: (?:for|to)\b[^.!?]{1,60}| here| now| today| for free)[.!]?$/i,
  // A newsletter box's heading that names no newsletter: "Get the biggest stories from Greater Manchester straight to
  // your inbox", "Want the latest news in your inbox? Sign up here"; also without the article, a kind of news before
  // the inbox: "Get politics news in your inbox".
  /^(?:get|want) (?:the|all the|our)\b.{0,80}\b(?:to|in|into) your inbox\b.{0,60}$/i,
  /^(?:get|want) [\p{L}\p{N}&'’ -]{0,40}\b(?:news|headlines|updates|stories) (?:delivered )?(?:to|in|into) your inbox\b.{0,60}$/iu,
  /^(?:to (?:receive|get)\b.{0,80}\b)?(?:sign[- ]?up|subscribe)\b.{0,60}\bnewsletter\W*$|^newsletter sign[- ]?up\W*$/i,
  /^subscribe to (?:the )?(?:comments?|rss|feed|posts?)\b.{0,60}$/i,
  // A newsletter's web copy opens on its note to forwarded readers: "Did someone forward this email to you? Subscribe
  // here!", "Was this (newsletter) forwarded to you? Sign up here." A question alone or with its sign-up prompt.
  /^(?:did (?:someone|somebody|a (?:friend|colleague)) forward (?:you )?this(?: (?:email|e-mail|newsletter))?(?: to you)?|(?:was|is) this (?:(?:email|e-mail|newsletter) )?forwarded to you|forwarded this (?:email|e-mail|newsletter))\s*\?\s*(?:(?:subscribe|sign up|get it|join)\b.{0,60})?$/i,
  // A handle's follow prompt names the network it lives on, since 2023 often X, Bluesky or Threads: "Follow
  // @Breakingviews on X".
  /^(?:be the first to comment|pin it|follow @\w+(?: on (?:twitter|x|bluesky|threads|instagram|linkedin|mastodon))?|(?:tweet|pin|e-?mail|like) this)\W*$/i,
  // A newsletter platform's default prompt, which writers also paste as a plain paragraph: "Thanks for reading The
  // Ledger! Subscribe for free to receive new posts and support my work.", "… This post is public so feel free to
  // share it." A thank-you in the story's own words names no post to share or subscribe to.
  /^thanks for reading\b.{0,80}[!.]\s*(?:subscribe for free to receive new posts and support my work|this post is public so feel free to share it)\.?$/i,
  // The same platform's box under the post, the buttondown archive's form label and the beehiiv poll's note: "The
  // Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a free or
  // paid subscriber.", "Don't miss what's next. Subscribe to Groundwork:", "Login or Subscribe to participate in
  // polls."
  /^.{1,80}? is a reader-supported publication\. to receive new posts and support (?:my|our) work, consider becoming a (?:free or )?paid subscriber\.?$/i,
  /^don['’]t miss what['’]s next\.\s*subscribe to .{1,60}$/i,
  /^(?:log ?in|sign in) or subscribe to participate in polls\W*$/i,
  // A follow prompt naming the network, also after a sentence of its own: "Stay updated with the latest Pune news on
  // The Daily. Follow us on Google News."
  /^(?:for (?:more|the latest)\b[^,]{0,60},\s*|(?:stay|keep)\b[^.!?]{0,40}\b(?:up to date|updated|informed|connected|posted)\b[^.!?]{0,80}[.!:]\s+)?(?:follow (?:us|him|her|them)|like us)\b.{0,60}\b(?:twitter|facebook|instagram|x|threads|linkedin|google news|tiktok|youtube|bluesky)\b.{0,40}$/i,
  // A desk's closing pitch to like its page and follow its handle for updates: "Like Opinion & Editorial on Facebook,
  // follow @ETOpEd on Twitter to receive all updates on all our daily pieces." Prose starting "Like many on Facebook"
  // names no handle to follow.
  /^like (?!us\b)[\p{L}\p{N} .&'’-]{1,40}? on facebook,?(?: and)? follow @?\w+.{0,60}\b(?:updates?|pieces|posts|stories|news)\b.{0,60}$/iu,
  // A portal's closing push to its live pages: "Track Latest News Live on NDTV.com …", "Catch all the Latest News …";
  // also with the kind of news first, sending the reader to the site's address: "Get the latest election news, live
  // updates and election schedule for Assembly Elections 2021 on ndtv.com/elections. Like us on Facebook …". The
  // address must be there: "Get the latest results from the county clerk on election night" is advice in a story.
  /^(?:track|catch)(?: all)?(?: the)? latest (?:news|updates|headlines)\b.{0,250}$/i,
  /^(?:get|track|catch|read)(?: all)? the latest\b[^.!?]{0,120}?\b(?:news|updates|headlines|results|coverage)\b[^.!?]{0,120}?\b(?:on|at) (?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|in|net|org|co|uk|au|ie|ca|nz|pk|lk|example)\b(?:\/[\w/-]*)?(?:[.!]\s.{0,250}|\W*)$/i,
  // A series' closing pitch that names a handle and a newsletter: "• Follow the Long Read on X at @gdnlongread, listen
  // to our podcasts here and sign up to the long read weekly email here." ("Follow … on X." alone is kept as prose.)
  /^(?:[•·*]\s*)?follow\b.{0,80}@\w+.{0,200}\b(?:sign[- ]?up|subscribe)\b.{0,80}\b(?:e-?mail|newsletter)\b.{0,40}$/i,
  // Asking readers for tips, pushing the app, the station's sign-off: addressed to the reader, never the story's text.
  // The sign-off asking readers to write in, ending on the site's address: "Join our Space Forums to keep talking …
  // let us know at: community@site.com.", "Editor's note: If you capture a great photo …, send it to photos@site.com."
  // The site asks for the reader's mail ("let us know", "send your photos", "email us"): a police appeal is news.
  // Viral sites close every story on it: "If you've got a story you want to share, get in touch with us at
  // stories@site.com" (LADbible), "… send it to UNILAD via stories@…". "Get in touch" only with "us": "If you saw the
  // crash, get in touch with police at appeal@…" asks for the police.
  /^(?:editor['’]s note:\s*)?(?:if you\b|join our\b).{0,300}\b(?:let us know|(?:e-?mail|write to|contact|get in touch with) us|send (?:us|your|it|them))\b.{0,150}\s\S+@[\w-]+(?:\.[\w-]+)+\.?$/i,
  // A ranked site's standing close asking the reader to vote the story up with the page's own button: "Have your say
  // in our news democracy. Click the upvote icon at the top of the page to help raise this article through the
  // indy100 rankings." The button ("upvote", "like", "heart", "clap") and the page's own story ("this article") are
  // named: "Click the like button, she said, and the post spreads" names neither this story nor the page.
  /^(?:[^.!?]{1,80}[.!]\s+)?(?:click|tap|hit|press) (?:the|that|our) (?:up-?vote|like|heart|clap|thumbs[- ]up|vote) (?:icon|button|arrow)\b.{0,80}\bthis (?:article|story|post)\b.{0,80}$/i,
  // Also naming the kind of story the desk wants: "Do you have a tip on a science story that Newsweek should be
  // covering? … Let us know via science@newsweek.com." (Newsweek closes every story on one). A "tip on how to …" is
  // advice in the story: the tip must be on a story.
  /^(?:do you |have you )?(?:have|got) (?:a )?(?:confidential |news |story )?(?:tips?|story)(?: for [\p{L} ]{1,30}| (?:on|about) an? (?:[\p{L}]+ ){0,3}story(?: that [\p{L} ]{1,50})?)?\s*\?.{0,300}$/iu,
  // A tabloid's standing close under every story: "Get in touch with our news team by emailing us at
  // webnews@metro.co.uk.", and its pointer to the section "For more stories like this, check our news page." The
  // newsroom speaks ("our") and names its address or page; a police appeal names the police.
  /^get in touch with our (?:news ?)?(?:team|desk|newsroom|reporters)\b.{0,60}\S@[\w-]+(?:\.[\w-]+)+\.?$/i,
  /^for more (?:stories|articles|news) like this,? (?:check|visit|see|head to|go to) our\b.{0,40}\bpage\W*$/i,
  // The reporter's call for sources closing a story, often after its own question: "Have you worked from a capsule
  // hotel? Contact this reporter via email at … or via Signal at …", "Reach out to the reporter on Signal at …", after
  // up to two questions ("Do you work at a delivery startup? Got a tip? Contact this reporter at …"). It
  // names the channel (mail, Signal, WhatsApp, an address): "Police asked witnesses to contact the detective" is news.
  /^(?:[^?]{5,200}\?\s+){0,2}(?:contact|reach out to|e-?mail|message|get in touch with|write to) (?:this|the|our) (?:reporter|writer|author|journalist|correspondent)s?\b.{0,40}?(?:\be-?mail\b|\bsignal\b|\bwhatsapp\b|\btelegram\b|@).{0,200}$/iu,
  // An investigative desk's call for information, in or under the story: "Do you have information about medical care
  // in a jail? Contact us at …", "Have a tip about a nursing home? Email us.", "Did you work at the plant? We want to
  // hear from you." A question to the reader, then the ask to get in touch with the newsroom; a question in the
  // story's prose is not followed by one, and a blog's "Let us know in the comments" is the post's own close. A
  // tabloid's "Do you have a story to sell? Get in touch by emailing desk@site.co.uk." names the newsroom's address,
  // and a local newsroom's "Have a story about … in your community? Email tips@site.org." gives the address alone; a
  // list story's "Know of another store opening on the holiday? Let us know in the comments or email ann@site.com."
  // asks for the reader's additions and ends on the reporter's address (without one it is the blog's close again).
  // A weekly roundup's close asks for what it left out: "Know of something we missed? Send tips to food@site.com."
  // (Washingtonian's openings and closings); the address ends the line ("…, the owner wrote" after it is a story's).
  // British tabloids open it on their offer to pay: "We pay for your stories! Do you have a story for The Sun Online
  // team? Email us at …", "We pay for your stories and videos! …"; without the question after it the offer is a
  // sentence like any other.
  /^(?:we pay for (?:your )?(?:stories|videos|pictures|photos)(?: and (?:videos|pictures|photos))?(?: too)?[.!]\s+)?(?:do you|did you|have you|are you|were you|does your|(?:have|got|know)) [^?]{0,160}\?\s+(?:(?:please )?(?:contact|e-?mail|reach|call|text|message|write to|get in touch with)\b.{0,40}?\b(?:us|our (?:reporters?|newsroom|team)|the (?:reporters?|newsroom))\b|(?:we|i)(?:['’]d| would)? (?:like|want|love) to hear\b|reach out\b|(?:get in touch|let us know)\b.{0,60}?\S@[\w-]+(?:\.[\w-]+)+|(?:please )?(?:e-?mail|contact|write to)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:please )?send (?:us )?(?:your |any )?(?:news |story |restaurant |food )?(?:tips?|ideas|suggestions)\b[^@]{0,30}?\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$).{0,300}$/iu,
  // A local newsroom's standing close, asking whether the story left something out before asking for tips: "Did we
  // miss something? Do you have a tip? Email us at news@vtdigger.org.", "Did we get something wrong? Let us know at
  // …". The question is the newsroom's about its own story, and the ask to write in follows it.
  /^did we (?:miss (?:something|anything)|get (?:something|anything) wrong)\s*\?\s+(?:[^?]{0,80}\?\s+)?(?:(?:please )?(?:e-?mail|contact|write to|reach|text|call)\b|let us know\b|send (?:us|it)\b|tell us\b).{0,200}$/iu,
  // The app may go unnamed: "Click here to download our app and get breaking news alerts on your phone."
  /^(?:click here to )?download (?:the|our) (?:free )?(?:[\p{L}\p{N} .&'-]{1,40} )?app\b.{0,60}\b(?:news|alerts?|headlines|updates|stories)\b.{0,80}$/iu,
  // An aggregator's app card, the ask closing the line on the app's name, maybe after a first sentence: "Get the latest
  // local news on the go. Download the NewsBreak app", "Read it in the SmartNews app"; and its bare button ("Open App",
  // "Open in app"). "Residents can download the city's app." is a sentence: the ask opens the line or its sentence.
  /^(?:[^.!?]{5,100}[.!]\s+)?(?:download|get|install|try|read (?:it|this(?: story)?|more) in) (?:the|our) (?:free )?(?:[\p{L}\p{N}.&'-]{1,30} ){0,3}app(?: (?:now|today|for free|here))?\W*$/iu,
  /^(?:open|continue|read) in (?:the )?app\W*$|^(?:open|get the) app\W*$/i,
  // A station's link under the story to report a mistake, maybe with its tip line after it: "Report a typo", "Click
  // here to report a typo. Send us your news tips here." The story's own sentence about an error names who reported it.
  /^(?:click here to |tap here to )?report an? (?:typo|error|correction|mistake)\b[^.!?]{0,40}[.!]?(?:\s+(?:send|submit|share|email) us (?:your )?(?:news )?(?:tips?|photos?|story ideas?)\b[^.!?]{0,30}[.!]?)?$/i,
  /^for (?:the )?latest (?:news|headlines|updates)\b.{0,100}\b(?:head|go|visit|download|follow)\b.{0,60}$/i,
  // A local paper's ask for readers' own material, a button's words alone on the line: "Send your stories and photos
  // now" (Newsquest's box under every story), "Send us your news and pictures", "Share your news, photos and videos
  // with us". Nothing but the ask: "Send your photos to the police, officers urged" is news.
  /^(?:send|share|submit)(?: us)? your (?:news|stories|story|photos|pictures|videos)(?:(?:,| and| &) (?:news|stories|photos|pictures|videos)){0,3}(?: (?:now|here|today|with us|to us|online))*\W*$/i,
  // The same ask naming the newsroom's reader-media desk, maybe after a question to the reader, as big news sites of
  // about 2012 set it between a story's paragraphs: "Are you a rail trail fan? Share your photos with CNN iReport",
  // "Were you there? Send your pictures to BBC News". The desk is named in capitals, maybe after one small letter
  // ("iReport"; case kept: "Share your photos with friends" is advice), and not the police ("Send your videos to Essex
  // Police", an appeal, is news).
  /^(?:(?:Are|Were|Do|Did|Have|Is|Was) you\b[^?]{1,80}\?\s+)?(?:Send|Share|Submit|Upload)(?: us)? your (?:news|stories|story|photos|pictures|videos|images)(?:(?:,| and| &) (?:news|stories|photos|pictures|videos)){0,3} (?:with|to) (?:the )?(?!\p{Lu}\p{L}* Police\b)\p{Ll}?\p{Lu}[\p{L}.'’&-]*(?: \p{Ll}?\p{Lu}[\p{L}.'’&-]*){0,3}\W*$/u,
  // Channel and podcast pitches under the story: "Join The Irish Times on WhatsApp and stay up to date", "Join ST's
  // Telegram channel and get the latest breaking news delivered to you.", "Listen to our Inside Politics podcast for
  // …". The site speaks ("our"), or names the channel: "Join us, the organisers wrote in a WhatsApp group" is news.
  // Also after the pitch's own first sentence: "Stay up to date with the latest news. Follow KT on WhatsApp Channels."
  // Also behind a link's prompt: "Click here to join Indian Express on WhatsApp and get latest news and updates".
  /^(?:(?:stay|keep)\b[^.!?]{0,40}\b(?:up to date|updated|informed|connected|posted)\b[^.!?]{0,60}[.!:]\s+)?(?:click (?:here|this link) to |tap (?:here )?to )?(?:join|follow) (?!us\b)[^,]{0,50}?\b(?:on (?:whatsapp|telegram)|(?:whatsapp|telegram) (?:channel|community))\b[^,]{0,80}$/i,
  // The same pitch listing what the channel brings, commas and all, after its "Stay informed" opener, as Nigerian
  // dailies close every story: "Stay informed and ahead of the curve! Follow The Punch Newspaper on WhatsApp for
  // real-time updates, breaking news, and exclusive content. Don't miss a headline – join now!". The opener is the
  // site's voice; a story's "Follow the agency on WhatsApp for updates, she said" has none, nor a reporting verb.
  /^(?!.*\b(?:said|says|told|added|urged|asked)\b)(?:stay|keep)\b[^.!?]{0,40}\b(?:up to date|updated|informed|connected|posted)\b[^.!?]{0,60}[.!:]\s+(?:join|follow) (?!us\b)[^,]{0,50}?\bon (?:whatsapp|telegram)\b (?:for|to get)\b.{0,200}$/i,
  // The button under it, alone on its line: "Join The Punch Newspapers Channel", "Join our WhatsApp Channel", "Join
  // the Nation Africa WhatsApp community". A line of a few capitalised words ending on the channel word, no sentence.
  /^[Jj]oin (?:[Tt]he |[Oo]ur )?(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]* ){1,5}(?:[Ww]hats[Aa]pp |[Tt]elegram )?(?:[Cc]hannel|[Cc]ommunity|CHANNEL)\W*$/u,
  // A podcast pitch in the site's voice: "Listen to our Inside Politics podcast for …". A reporting verb after it ("…,
  // the station told advertisers") makes it a sentence of the story. A broadcaster leads in with a question to the
  // reader: "Want a quick and expert briefing on the biggest news stories? Listen to our latest podcasts to …".
  /^(?:(?:want|looking for|need)\b[^.!?]{0,80}\?\s+)?listen to our [\p{L}\p{N} '’&-]{0,40}podcasts?\b(?!.*\b(?:said|says|told|tells)\b).{0,80}$/iu,
  // A network's promo for its own podcast set between a story's paragraphs, the ask naming the show as a podcast and
  // maybe the listening app's button after it, as US sports and news sites of about 2018-2021 placed them (CBS Sports'
  // "Pick Six" box: "Subscribe to the Pick Six podcast for daily breakdowns of every game. Listen on Apple Podcasts",
  // NPR's "Subscribe to the Up First podcast on Apple Podcasts or Spotify"). The ask opens the line, and a reporting
  // verb ("…, the host told listeners") makes it a quote of the story.
  /^subscribe to (?:the |our )?[\p{L}\p{N} '’&:.-]{0,50}\bpodcasts?\b(?!.*\b(?:said|says|told|tells|asked)\b).{0,200}$/iu,
  // A podcast page's closing pitch: "Subscribe to What Next wherever you get your podcasts.", "Listen and follow
  // wherever you listen." An imperative to the listener, then "wherever you get/listen": never news wording.
  /^(?:(?:subscribe|listen|follow|rate|review|find|download)(?: (?:and|&|or) (?:subscribe|listen|follow|rate|review))?(?: to)?\b.{0,80}\b)?wherever you (?:get|listen(?: to)?|find|hear)(?: (?:your |to )?(?:podcasts?|shows|audio))?\W*$/i,
  // A membership pitch under a podcast or a story: "Want more What Next? Join Slate Plus to listen ad-free and get
  // bonus episodes every week. Sign up now". It offers the reader a perk ("ad-free", "bonus episodes"): "Join the
  // club to get free coffee" or a council's call to join a scheme is news.
  /^(?:want (?:more|even more) [^?]{1,60}\?\s+)?(?:join|subscribe to|sign up for|become an? (?:member|subscriber) of) [^.!?]{1,60}? to (?:listen|watch|read|get|enjoy|hear)\b[^.!?]{0,40}\b(?:ad-free|bonus (?:episodes|content|shows)|member-only|subscriber-only)\b.{0,200}$/i,
  // A subscription pitch closing a local story, led in with a question to the reader: "Want more high school sports
  // coverage? Subscribe to the Courier for unlimited access to every game we cover." It offers access to the site:
  // "Want more parks? Subscribe to the city's newsletter for updates" offers none.
  /^(?:want|looking for|need) (?:more|even more|the latest)\b[^?]{1,60}\?\s+subscribe\b[^.!?]{0,80}\b(?:unlimited|full|digital|complete) access\b.{0,120}$/i,
  // A pitch to follow the site in Google's news products: "Follow Tom's Guide on Google News to get our up-to-date
  // news …", "Follow ZDNET: Add us as a preferred source on Google.", "Add 9to5Mac to your Google News feed.".
  /^(?:follow [\p{L}\p{N} .&'’-]{1,40}?(?: on google news\b|\s*:\s*add us as a preferred source\b)|add (?:us|[\p{L}\p{N} .&'’-]{1,40}?) (?:to your google news feed|as a preferred source on google)\b).{0,200}$/iu,
  // Appeals to the reader for the site, not the story: "Like our site?", donation requests, a nonprofit's status.
  /^(?:like|love|enjoy(?:ed)?) (?:our|this) (?:site|blog|page)\s*\?$/i,
  // A feedback widget under the story and its buttons: "Do you like the content of this article?", "Was this article
  // helpful?", "Like Dislike". The question names the page itself: "Did you like this policy?" is a quote.
  /^(?:do you like|did you (?:like|enjoy|find)|was|how (?:useful|helpful) was) (?:the content of )?this (?:article|story|page|post)\b.{0,30}\?$/i,
  /^(?:like|dislike)(?:\s*[|·/]?\s*(?:like|dislike)){1,2}$/i,
  // The appeal names the site's own work ("help keep our reporting free"): "urged people to donate now" is news.
  /^.{0,60}\b(?:help (?:keep|us|fund)|support (?:us|our)|our (?:work|journalism|reporting|content|mission))\b.{0,80}\b(?:donate|give|contribute) (?:today|now)\b.{0,40}$|^(?:please )?(?:donate|give|contribute) (?:today|now)\W*$/i,
  // The appeal that says what the site is, then asks, closing the line: "Mother Jones was founded to do journalism that
  // speaks truth to power. We're a nonprofit, and reader support is what keeps us going. Please donate today." The
  // site speaks as "we"; a quoted appeal is attributed ("…,” she said) and stays.
  /^(?!.*\b(?:said|says|told|tells|urged|asked)\b).{0,300}\bwe(?:['’]re| are) (?:an? )?(?:non-?profit|not-for-profit|reader-(?:supported|funded)|member-(?:supported|funded)|independent)\b.{0,200}[.!]\s+(?:please )?(?:donate|give|contribute|support us|chip in)(?: (?:today|now))?[.!]?$/i,
  // A donation box's button alone on its line ("Donate"), and the appeal telling readers what their gift does for
  // the site: "Our mission is the truth. Join us! Your monthly donation will help our team continue reporting …",
  // "… Please consider making a tax-deductible gift today." A quoted appeal is attributed ("…,” she said).
  /^(?:please )?donate\W*$/i,
  /^(?=.*\b(?:donation|gift|contribution|support))(?!.*\b(?:said|says|told|tells|urged|asked)\b)(?:.{0,160}?[.!?]\s+)?(?:your (?:\p{L}+[- ]){0,2}?(?:donation|gift|contribution|support)s? (?:today )?(?:will |can )?(?:helps?|keeps?|makes?|allows?|enables?|sustains?|powers?|funds?) (?:us|our (?:team|newsroom|journalists|reporters|reporting|work|journalism|mission))\b|please consider (?:making |giving )?an? (?:\p{L}+[- ]){0,2}?(?:gift|donation|contribution)\b).{0,300}$/iu,
  // A donation widget's other lines, as student-paper and nonprofit templates print them: the progress line ("$1,280
  // raised of $2,000 goal") and the pitch naming the newsroom's people ("Your donation will support the student
  // journalists of Ann College."). "Your donation will help flood victims" is news.
  /^\$[\d,.]+[kKmM]? raised (?:of|toward|towards|out of) (?:an? |our |the )?\$[\d,.]+[kKmM]?(?: goal)?\W*$/,
  /^your (?:donation|gift|contribution|support) (?:will |can )?(?:supports?|funds?|helps?|sustains?)(?: to support| fund)? (?:the |our )?(?:student )?(?:journalists|reporters|newsroom|journalism|reporting)\b.{0,300}$/i,
  /^.{0,60}\bis a 501\s?\(?c\)?\s?\(?3\)? (?:non-?profit|not-for-profit|charitable)\b.{0,80}$/i,
  // The newsroom describing itself under the story, alone or in an appeal: "KFF Health News is a national newsroom
  // that produces …", "Chalkbeat is a nonprofit news site covering …", "Subscribe to Block Club Chicago, an
  // independent, 501(c)(3), journalist-run newsroom. Every dime …", "The Larch County Free Press is a volunteer-run
  // newsroom. Support local reporting at …". Only as the line's opening words: "…, according
  // to The Marshall Project, a nonprofit newsroom" in a sentence is news. The outlet may name the network it belongs to
  // first, as a network's state bureaus close each story ("Stateline is part of States Newsroom, a national nonprofit
  // news organization …").
  /^(?:(?:[^\s,.!?]+ ){1,6}is(?: part of [^,.!?]{1,60},)?|(?:thanks? (?:you )?for (?:subscribing|supporting|reading)|subscribe|support|donate|give)(?: to)? [^,.!?]{1,60},) (?:an?|the) (?:[\p{L}\p{N}()-]+,? ){0,3}?(?:non-?profit|independent|non-?partisan|national|(?:member|reader|listener|viewer)-(?:supported|funded)|journalist-run|volunteer-(?:run|led|powered)|501\(c\)\(3\)|investigative),? (?:[\p{L}\p{N}()-]+,? ){0,3}?(?:newsroom|news (?:site|outlet|organi[sz]ation|service|website|nonprofit))\b.{0,400}$/iu,
  // A review site's membership pitch under its headline, the readers' support named first or not: "This review is
  // supported by Insiders. Become an Insider to get early access to our reviews.", "Become a member to get early
  // access to new episodes". The imperative and the perk (early, exclusive, ad-free or full access) the member gets;
  // "Become a volunteer to get involved" is a story's line.
  /^(?:this (?:review|article|story|test|page|site|content) is (?:supported|funded|made possible) by [^.!?]{1,40}[.!]\s+)?become an? [\p{L}+ ]{1,25}? to (?:get|gain|unlock|enjoy) (?:early|exclusive|unlimited|full|ad-free)(?: [\p{L}-]+){0,2} access\b[^.!?]{0,60}[.!]?$/iu,
  // The appeal naming who pays: "Longreads is funded by readers like you. Become a member …", "This work is made
  // possible by listeners like you." The readers are addressed ("like you"): "The clinic is funded by donors" is news.
  /^(?:[^.!?]{1,60} (?:is|are)|we(?:['’]re| are)) (?:(?:funded|supported|powered|sustained|made possible) by|possible because of|here because of) (?:readers|members|listeners|viewers|supporters|people) like you\b.{0,300}$/iu,
  // The appeal naming how the site is paid for, after saying it takes no ads: "Editor's note: FactCheck.org does not
  // accept advertising. We rely on grants and individual donations …". The ask must follow: a ban on ads alone is news.
  /^(?:editor['’]s note\s*:\s*)?\S+(?: \S+){0,5} (?:does not|doesn['’]t|do not|don['’]t) (?:accept|take|carry|run|sell) (?:any )?(?:advertising|advertisements|ads)\b[^.!?]{0,40}[.!] .{0,200}\b(?:donations?|donate|donors|members(?:hip)?)\b.{0,300}$/iu,
  // The newsroom describing itself in the first person, as a sentence of its own: "We're a nonprofit newsroom. Your
  // support keeps …".
  /^we(?:['’]re| are) (?:an?|the) (?:[\p{L}\p{N}()-]+,? ){0,3}?(?:non-?profit|independent|non-?partisan|(?:member|reader|listener|viewer)-(?:supported|funded)|journalist-run|501\(c\)\(3\)),? (?:[\p{L}\p{N}()-]+,? ){0,3}?(?:newsroom|news (?:site|outlet|organi[sz]ation|service|website))(?:[.!]|\s+(?:that|covering|reporting|serving|dedicated)\b).{0,400}$/iu,
  // A publisher's closing channel pitch: "Catch all the Business News, Market News … Updates on Live Mint. Download
  // The Mint News App to get Daily Market Updates."
  /^catch all the\b.{0,200}\b(?:news|updates)\b.{0,300}$/i,
  // A magazine's invitation to write in, closing the story: "We welcome your thoughts and questions about this article.
  // Please email the editors or submit a letter for publication.", "Have thoughts on this story? Send a letter to the
  // editor." The site speaks to the reader and names its letters page; a report of someone's letter says who wrote.
  /^(?!.*\b(?:said|says|told|tells|wrote)\b)(?:we (?:welcome|invite|encourage|want to hear)\b|(?:want|care|would you like) to (?:respond|weigh in)\b[^?]{0,60}\?|(?:have|got) (?:thoughts|something to say|an? (?:view|opinion|response))\b[^?]{0,80}\?).{0,200}?\b(?:letters? (?:to the editors?|for publication)|submit a letter|send (?:us )?a letter|(?:e-?mail|write to|contact) (?:the|our) editors?)\b.{0,150}$/i,
  // A French-language paper's pointer to its own coverage, a link alone on its line: "Consultez notre dossier sur les
  // services de garde", "Retrouvez tous nos articles sur la COP31". The paper speaks ("notre", "nos"): "Consultez le
  // dossier médical de votre enfant" is advice in the story.
  /^(?:consultez|lisez|retrouvez|découvrez|relisez)\s+(?:tou(?:te|tes|t|s)\s+)?(?:notre|nos)\s+(?:[\p{L}-]+\s+)?(?:dossiers?|couverture|articles?|reportages?|séries?|chroniques?|rubriques?|analyses?)\b[^.!?]{0,100}$/iu,
  // Its call for readers' views closing the story: "Quel est votre avis ?", "Qu'en pensez-vous ?", alone or a question
  // then the ask to write in ("Votre enfant a-t-il été touché … ? Écrivez-nous"). A question in the story's prose is
  // not followed by the newsroom's "écrivez-nous".
  /^(?:quel est votre avis|qu['’]en pensez-vous|votre avis nous intéresse|donnez(?:-nous)? votre avis)\s*[?!.]?$/iu,
  /^[^?]{0,160}\?\s+(?:écrivez-nous|contactez-nous|témoignez|donnez(?:-nous)? votre avis|racontez-nous)\b.{0,80}$/iu,
  // A French-language newsletter pitch, ending on the reader's inbox: "Recevez toute l'actualité internationale
  // directement dans votre boite mail", "… vous propose deux rendez-vous par jour, directement dans votre boîte
  // e-mail." Addressed to the reader ("votre"); a quote in the story is closed by its speaker.
  /^.{0,200}\bdans votre bo[iî]te (?:e-?mail|mail|courriel|de réception|aux lettres(?: électronique)?)\W*$/iu,
  // The wire's pointer to its hub, a label and a bare address and nothing else: "Get more NBA coverage:
  // https://…/hub/nba", "AP NHL: https://…/hub/nhl", "More AP sports: https://…", also with the desk's social feed
  // joined on, as AP closed its sports results for years: "More AP college basketball: https://…/hub/college-basketball
  // and http://twitter.com/AP_Top25". A sentence with an address goes on.
  /^(?:(?:get |for |read )?more\b[^.!?:]{0,40}|AP\b[^.!?:]{0,40}|[^.!?:]{0,40}\bcoverage):\s*(?:https?:\/\/|www\.)\S+(?:\s+(?:and|&)\s+(?:https?:\/\/|www\.)\S+)*$/i,
  // A podcast's rating pitch: "Enjoying the show? Leave us a rating on Apple Podcasts and tell a neighbor about us.",
  // "Please leave us a five-star review on Spotify." The listener is asked for a rating of the show (a question about
  // the show first, or a listening app named); "Leave us a review, the owner told diners" is a quote.
  /^(?:(?:enjoy(?:ing|ed)?|lov(?:e|ing|ed)|lik(?:e|ing|ed)) (?:the|this|our) (?:show|podcast|episode)\s*\?\s+(?:please )?(?:leave|give|write) us an? (?:quick )?(?:rating|review|(?:five|5)[- ]star (?:rating|review))\b|(?:please )?(?:leave|give|write) us an? (?:quick )?(?:rating|review|(?:five|5)[- ]star (?:rating|review))\b[^.!?]{0,40}\bon (?:apple podcasts|itunes|spotify|podchaser|your podcast app)\b)(?!.*\b(?:said|says|told|tells|asked)\b).{0,160}$/i,
  // The ad-free membership pitch under a podcast's notes: "Listen to Long Division ad-free and get bonus episodes with
  // Lantern+. Start your free trial …". An imperative to listen ad-free with a plan named after it; "Subscribers can
  // now listen ad-free, the company said" is news.
  /^(?:listen|hear)(?: to [^.!?]{1,60}?)? (?:ad-free|without ads)\b(?!.*\b(?:said|says|told|tells)\b)[^.!?]{0,80}\b(?:with|on|by joining|when you (?:join|subscribe))\b.{0,200}$/i,
  // A newsroom's text-alert sign-up, closing on the carrier-mandated disclosure US short codes must print: "Get
  // breaking news on your phone. Text LEDGER to 55-0100 to sign up. Message and data rates may apply. Reply STOP to
  // cancel." The keyword and code, then the disclosure; a story on a texting scam that quotes one names its source.
  /^(?![“"‘'])(?!.*\b(?:said|says|told|according to)\b)(?:[^.!?]{0,120}[.!?]\s+){0,2}[Tt]ext [\p{Lu}\d]{2,20} to [\d -]{3,14}\b[^]{0,200}?\b[Mm](?:sg|essage) (?:&|and) data rates (?:may|might|will) apply\b[^]{0,160}$/u,
  // A newsroom's "Tell us: …?" call-out for readers' experiences (`reader-callout-lines.ts`).
  ...READER_CALLOUT_LINES,
];
