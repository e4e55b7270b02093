import { INDIC_SHARE_LABELS } from '../indic-labels';
import { PERSO_ARABIC_SHARE_LABELS } from '../perso-arabic-share-labels';
import { FOREIGN_TOOL_LABELS } from '../foreign-labels';

/**
 * A paged story's link to all its pages at once, among the article tools beside "Print": "View as single page", "Read
 * on one page", "Single page view", "View this article on one page". A label, never a sentence.
 */
const SINGLE_PAGE =
  '(?:(?:view|read|see|show)(?: (?:this|the))?(?: (?:full )?(?:article|story|feature|post))? (?:as|on|in) (?:a )?(?:single|one) page(?: view)?|single[- ]page(?: view| version)?)';

/**
 * One share button's label, for a row of them read as one line; the comments link may carry its count, and a network's
 * button may say so in full ("Share on Facebook", "Share by Email"). Spanish and Portuguese rows too: "Compartir en
 * Facebook", "Copiar enlace", "Comentarios (12)", "Compartir Tuitear Enviar" (Argentine rows spell it "Twittear"). The
 * link a row offers to copy: "Copy link", "Short URL". A text-size button sits in the same row ("AA", "A+", "+Text
 * Size"), or as the sizes to pick from, two or three together ("Large Medium Small", an older agency layout's row
 * beside "Print" and "Email"), and so does a "Google News" follow button, and a newsletter platform's "Restack". A news
 * site's article tools add "Reprints & Permissions" to "Print" and "Email". An older CMS's story tools name what they
 * print or send: "Printer-friendly version", "E-mail this story", "Print this article", "Send to a friend". Viber's
 * button sits beside Telegram's where the app is the common messenger (Eastern Europe, the Maldives, the Philippines).
 * AddToAny's one text link under a WordPress post of about 2010 names two tools at once: "Share/Bookmark", "Share/Save".
 * The row's share counter opens it on many templates ("843 Shares Share on Facebook …", Mashable, BuzzFeed, WordPress
 * share plugins); it is a button of the row, as the comment count is.
 */
const SHARE_BUTTON =
  '(?:(?:share (?:on|via|by|to|with)|compartir (?:en|por)|compartilhar (?:no|na|por|em)) )?(?:printer[- ]friendly(?: version| page)?|(?:print|e-?mail) (?:this )?(?:article|story|page)|send (?:this )?(?:article |story )?to a friend|share|restacks?|aa|a\\s?[+-]|\\+?\\s?(?:text|font) size|(?:larger|large|medium|smaller|small)(?:\\s+(?:larger|large|medium|smaller|small)){1,2}|tweet|whatsapp|facebook|twitter|x|x\\.com|(?:send )?e-?mail|print|reprints?(?: (?:&|and) permissions)?|comments?(?: ?\\(\\d+\\))?|\\d+ comments?|\\d[\\d,.]*k? shares?|linkedin|reddit|telegram|viber|pinterest|flipboard|bluesky|threads|google news|sms|save|bookmark|copy (?:link|url)|short (?:url|link)|copiar (?:enlace|link)|t(?:ui|wi)tt?ear|enviar(?: por correo)?|correo(?: electr[óo]nico)?|' +
  `${SINGLE_PAGE}|` +
  `${FOREIGN_TOOL_LABELS}|${INDIC_SHARE_LABELS}|${PERSO_ARABIC_SHARE_LABELS})`;

/**
 * Page tools read as text: share rows, print and text-size buttons, pagination, media players and galleries,
 * consent gates over embeds, skip links, ratings, counters and recipe buttons.
 */
export const TOOL_LINES: readonly RegExp[] = [
  // A share row in Japanese, Korean and Chinese, its label and the networks' buttons ("シェア X Facebook LINE list
  // コメント", "공유", "分享到：微信 微博"); a video player's label and length below ("動画を再生する", "2分31秒").
  // Its text-size and print buttons too ("分享 LINE 字級設定", "공유 글씨크기 조절하기 인쇄"): one CJK tool word at least.
  // Korean papers also write print as the loanword and text size with 글자 ("글자크기 설정 크게 작게 프린트", Dong-A).
  /^(?=.*(?:シェア|공유|分享|字[級级][設设]定|文字サイズ|글[씨자] ?크기|인쇄|프린트|印刷|打印|列印))(?:(?:シェア|この記事をシェアする|공유(?:하기)?|分享到?|字[級级][設设]定|文字サイズ|글[씨자] ?크기(?: ?(?:조절(?:하기)?|설정))?|크게|작게|인쇄|프린트|印刷|打印|列印|x|facebook|line|twitter|weibo|微博|微信|wechat|kakao(?:talk)?|카카오톡|はてなブックマーク|list|コメント|댓글|评论|評論|pocket|メール|mail)\s*[:：]?\s*)+$/iu,
  /^(?:動画を再生する|動画再生|영상 재생|播放视频|播放影片)$|^\d{1,2}分(?:\d{1,2}秒)?$/u,
  // A gift-article button alone on its line, as paywalled dailies put it in the share row: "Regala", "Regala questo
  // articolo", "Gift this article", "Offrir cet article", "Artikel verschenken", "Regalar artículo".
  /^(?:regala(?: (?:questo |l['’] ?)articolo)?|gift (?:this )?article|offrir (?:cet |l['’] ?)article|artikel verschenken|regalar (?:este )?art[íi]culo)$/iu,
  // Page tools, also with the arrow some sites put after them ("Print »", "Share ›", "Increase Text Size"). A
  // newsletter platform's "Restack" button (a repost to the platform's feed) sits in the same row as "Share", and its
  // "Share this post" / "Share this email:" buttons near it.
  /^(?:share|share this(?: article| story| post| email)?|social sharing|restacks?|tweet|e-?mail|print|reprints?(?: (?:&|and) permissions)?|(?:(?:increase|decrease|larger|smaller|reset) )?(?:text|font) size|adchoices|comments?)\s*[:»›>]?\s*$/i,
  // A link to the court papers or report a story is about, alone on the story's last line as legal and political news
  // close: "Read the ruling", "Read the full opinion (PDF)", "Download the complaint here". A sentence of the story
  // says what the document holds, so it goes on past the noun.
  /^(?:read|view|download|see)(?: the)?(?: full)?(?: text of the)? (?:ruling|opinion|decision|order|complaint|lawsuit|indictment|filing|verdict|judgment|brief|petition|motion|affidavit|settlement|document|court papers)s?(?: here| below)?(?:\s*\(pdf\))?\W*$/i,
  // A court blog's case box over the post, the case names after a label: "Cases: Hollis v. Secretary of Veterans
  // Affairs", "Case: Ruiz v. Delgado; Marsh v. Pell". Prose does not open on "Case:" with a case name after it.
  /^cases?\s*:\s*(?=.{1,300}$).{0,150}?\sv(?:s\.?|\.)?\s.+$/i,
  // The label over a box of ready-made posts to share ("Sharelines from this story", "Click to tweet", "Tweetables"):
  // its lines are share links, and the label alone is no line of the story.
  /^(?:share ?lines|tweetables?|click to tweet|tweet this)(?: from this (?:story|article|post|piece))?\s*:?$/i,
  // Media tabs over a player or gallery ("Video", "Photo", "Gallery"): a label alone on its line, never prose.
  /^(?:videos?|photos?|gallery|photo gallery|slideshow)\s*[»›>]?$/i,
  // A gallery embed's buttons: "View Photos", "See All 48 Photos", "View gallery"; a count alone, never a sentence.
  /^(?:view|see|browse)(?: all)?(?: \d{1,4})? (?:photos|images|pictures|gallery)$/i,
  // A picture's open button, its words often only for screen readers: "Open this photo in gallery:", "Enlarge this
  // image", "Expand image", "View full-screen photo". A label alone on its line, never a sentence.
  /^(?:open|view|expand|enlarge|zoom(?: in on)?)(?: this| the)?(?: full[- ]?screen)? (?:photo|image|picture)(?: in (?:the )?(?:gallery|full[- ]?screen|lightbox))?\s*:?$/i,
  // A row of share buttons read as one line: "Share Tweet WhatsApp Comments", "Facebook | X | Email".
  // Buttons apart by space or separator: "xx" under a comment is a sign-off, not two X buttons. A separator may close
  // the row when its last button was a script's link, left out ("Printer-friendly version | E-mail this story |").
  // The row may open on its label, naming what the page is: "Share this obituary: Facebook Twitter Email Print",
  // "Share this recipe: Pinterest Facebook" (a label and its colon, then buttons only: never a sentence).
  new RegExp(
    String.raw`^(?:share(?: this(?: [^\s:]{2,20})?)?\s*:\s*)?${SHARE_BUTTON}(?:(?:\s*[|·•/]\s*|\s+)${SHARE_BUTTON}){1,7}(?:\s*[|·•])?$`,
    'i',
  ),
  // An audio player's clock ("00:00 / 04:12"), alone or beside the comment count or the buttons of the same tool row
  // ("00:00 / 38:12 Download MP3").
  /^(?:\d{1,2}:)?\d{1,2}:\d{2}\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s+[\d,.]+k? (?:comments?|replies)|\s+(?:download(?: (?:audio|mp3|episode))?|embed|share|listen|play))*$/i,
  // A media player's own buttons, each alone on its line: "Listen now", "Download", "Embed", "Listen · 3:58".
  /^(?:listen(?: now| live)?|download(?: (?:audio|mp3|episode))?|embed)(?:\s*[·•|-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?$/i,
  // What a consent-gated embed or a script-filled block shows with JS off: "This content is provided by Twitter, which
  // may be using cookies …".
  /^this content is (?:provided|hosted|created) by .{1,60}, which (?:may (?:be )?us(?:e|ing)|uses) cookies\b.{0,250}$/i,
  // The gate itself, as an imperative to the reader: "To see this content please enable targeting cookies.", "To view
  // this video, please accept functional cookies", "Please enable cookies to watch this video". A sentence reporting
  // one ("To see this content, users had to accept cookies, the regulator found") names who must, so it stays.
  /^to (?:see|view|watch|display|play) this (?:content|video|embed|post|media)\b,?\s*(?:(?:please|you (?:need|have) to|you must)\s+)?(?:enable|accept|allow)\b.{0,40}\bcookies\b.{0,80}$/i,
  /^please (?:enable|accept|allow)\b.{0,40}\bcookies to (?:see|view|watch|display|play) this (?:content|video|embed|post|media)\b.{0,80}$/i,
  // Consent platforms' placeholders over a blocked embed or comment widget, in their standing wording. Usercentrics'
  // content blocker: "We need your consent to load the YouTube Video service!" ("Wir benötigen Ihre Zustimmung, um den
  // YouTube Video-Service zu laden!") over "We use a third-party service to embed video content that may collect data
  // about your activity. Please review the details and accept the service to see this video." ("Wir verwenden einen
  // Service eines Drittanbieters, um Videoinhalte einzubetten, … akzeptieren Sie den Dienst, um dieses Video
  // anzuzeigen."). French sites' wall (Didomi and others, in the CNIL's words): "Ce contenu est bloqué car vous n'avez
  // pas accepté les cookies et autres traceurs.", "En cliquant sur « J'accepte », les cookies et autres traceurs seront
  // déposés …". Each speaks to the reader ("your consent", "vous"); a story reports consent in the third person.
  /^we need your consent to load the .{1,60}? service\W*$/i,
  /^wir benötigen (?:ihre|deine) zustimmung,? um (?:den|die|das) .{1,60}? zu laden\W*$/iu,
  /^we use a third[- ]party service to embed\b.{0,200}\baccept the service to\b.{0,60}$/i,
  /^wir verwenden einen (?:service|dienst) (?:eines|von) drittanbieter[ns]?,? um\b.{0,200}\bakzeptieren sie den dienst\b.{0,60}$/iu,
  /^ce contenu est bloqué (?:car|parce que?) vous n['’]avez pas accepté.{0,120}$/iu,
  /^en cliquant sur «\s?j['’]accepte\s?»,? les cookies\b.{0,200}$/iu,
  // The fallback line a newsroom sets under an embedded chart, map or post for readers whose app or browser does not
  // draw it: "Having trouble viewing this graphic? Click here.", "Can't see the chart? View it here.", "Trouble loading
  // the map? Open it in a new window". A question about the embed, then at most a short pointer to it.
  /^(?:having (?:trouble|problems|difficulty|issues)|trouble|problems?|can['’]?t|cannot|unable to|not able to)(?: (?:viewing|seeing|loading|see|view|load))? (?:this|the|our)(?: [\p{L}-]+)? (?:graphic|chart|map|table|graph|visuali[sz]ation|interactive|embed|tweet|post|poll|quiz|form|infographic|timeline|tracker|calculator|database|media|content)(?: (?:below|above))?\s*\?(?:\s+(?:click|tap|go|view|see|open|try|visit)\b[^.!?]{0,60}[.!]?)?$/iu,
  // The gate as the BBC and the Guardian word it, in place of each embedded post until the reader agrees: the question
  // ("Allow Instagram content?", "Allow X content?"), the notice ("This article contains content provided by TikTok.
  // We ask for your permission before anything is loaded, as they may be using cookies …"), its button ("Accept and
  // continue") and the skip links around the post ("Skip twitter post by Ann Lee", "End of Instagram post, 2"). A
  // network is named: "Skip the queue" and "End of season" are words of a story.
  /^allow [\p{L}\p{N}.+ -]{1,30} content\s*\?$/iu,
  /^this (?:article|page|story|post) (?:contains|includes) content provided by .{1,60}?[.,;] .{0,80}\b(?:permission|cookies|consent)\b.{0,400}$/i,
  /^(?:accept|allow) and continue\W*$/i,
  /^(?:skip|end of) (?:twitter|x|instagram|tiktok|youtube|facebook|bluesky|threads|linkedin|reddit|spotify|soundcloud|vimeo|mastodon|google) (?:post|content|video|reel)(?:,? \d{1,2})?(?: by .{1,60})?$/i,
  // An Instagram or TikTok embed's words with the script off, around the post: "View this post on Instagram", "A post
  // shared by Ann Lee (@annlee)".
  /^view this (?:post|profile|reel|video) on (?:instagram|tiktok|facebook|threads)\W*$/i,
  /^a (?:post|video|reel|photo) shared by .{1,60}\(@[\w.]{1,30}\)\W*$/i,
  // A TikTok embed's sound credit under the caption, the music note first: "♬ original sound - Ann Lee", "♬ Song Name -
  // Artist". The note opens the line; a story names a song in words.
  /^♬\s*[^\n]{1,100}$/u,
  // The same gate on German-language sites (ARD, ZDF and most papers put one in place of every embedded post, chart
  // and video until the reader agrees): its label ("Externer Inhalt", "Empfohlener redaktioneller Inhalt"), what it
  // says about the provider ("Dieser Inhalt wird von Datawrapper bereitgestellt. Beim Laden des Inhalts werden Daten
  // an Datawrapper übermittelt …", "An dieser Stelle finden Sie einen externen Inhalt von X …") and its pointer to the
  // privacy policy ("Weitere Informationen finden Sie in unserer Datenschutzerklärung."). The provider sentence must
  // speak of data, cookies or consent: "Der Inhalt wird von der Stiftung bereitgestellt" alone is a sentence.
  /^(?:externer|empfohlener (?:redaktioneller|externer)) inhalt\W*$/iu,
  /^(?:(?:dieser|der) (?:externe )?(?:inhalt|beitrag|post|tweet)\b.{0,30}\bwird (?:ihnen )?(?:von|durch) .{1,60}? bereitgestellt|an dieser stelle finden sie (?:einen )?externen? inhalt)\b.{0,300}\b(?:daten|cookies|zustimmung|einwillig\p{L}*|datenschutz\p{L}*)(?!\p{L}).{0,300}$/iu,
  /^(?:weitere|mehr) informationen(?: dazu| hierzu)? finden sie in unserer datenschutz(?:erklärung|hinweisen|information(?:en)?)\.?$/iu,
  // Pagination and page tools: "« Previous", "Next >", "1 / 18", "of 15", "‹ Back to Story", "Printer-friendly
  // version".
  /^[«‹<←]?\s*(?:previous|prev|next|older|newer|back)(?: (?:page|post|article|story|entry|slide|image|photo|to (?:the )?(?:story|article|top|gallery)))?\s*[:»›>→]?$/i,
  /^(?:previous\s+)?(?:page\s+)?\d+\s*(?:\/|of)\s*\d+(?:\s+next)?$|^of \d+$/i,
  // A paged story's page links: WordPress's wp_link_pages row ("Pages: 1 2 3", "Page: 1 2 … 5 Next page"), or the
  // numbers between a pager's arrow words ("« Previous 1 2 3 Next »", "1 2 3 Next"). Page numbers with a label or an
  // arrow word, never prose; numbers alone ("1 2 3", a table's row) stay.
  /^pages?\s*:\s*\d{1,3}(?:\s*[|·•,]?\s*(?:\d{1,3}|…|\.{3}))+(?:\s+(?:next|last)(?: page)?\s*[»›>→]?)?$/i,
  /^(?=.*\b(?:first|previous|prev|next|last)\b)(?:[«‹<←]?\s*(?:first|previous|prev)(?: page)?\s*[«‹<←]?\s*)*\d{1,3}(?:\s*[|·•]?\s*(?:\d{1,3}|…|\.{3}))+(?:\s*(?:next|last)(?: page)?\s*[»›>→]?)*$/i,
  // The link to a paged story's next or previous page with that page's title ("Next page: What the island lost »"),
  // and the print-style jump lines of a story split over pages ("Continued on page 2", "Continue reading on the next
  // page", "Continued from page 1"). A title, not a sentence: no full stop inside.
  /^[«‹<←]?\s*(?:next|previous) page\s*:\s*[^.]{1,100}?\s*[»›>→]?$/i,
  /^(?:continued|continue(?: reading)?) (?:on|onto|to|from) (?:the )?(?:next |previous |following )?page(?: \d{1,3})?\W*$/i,
  // A paged story's link to all its pages at once, alone on its line (with "Print" it is a tool row, above).
  new RegExp(String.raw`^${SINGLE_PAGE}\W*$`, 'i'),
  // Both on one line, as a post-navigation row or a table row shows them: "« Previous | Next »", "< Prev Next >".
  /^[«‹<←]?\s*(?:previous|prev|older|newer)(?: (?:page|post|article|story|entry))?\s*[»›>→]?\s*[|·•/]?\s*[«‹<←]?\s*(?:next|newer|older)(?: (?:page|post|article|story|entry))?\s*[»›>→]?$/i,
  /^(?:printer[- ]friendly(?: version)?|print (?:this )?(?:page|article|story|post)|send to (?:a )?friend|e-?mail (?:this )?(?:page|article|story|post)|adjust text size|text size|font size|write (?:a )?comment|add (?:a )?comment|trackback (?:pings|url)|permalink|digg this(?: \| \w+)*)\s*:?$/i,
  /^[\d,.]+k? (?:reads|views|notes)(?: view comments)?$/i,
  // A text-only, lite or print view's way back to the full page, and its window buttons: "Go To Full Site", "Go to the
  // full CNN experience", "See Full Web Article", "View this story on the standard site", "Switch to standard version",
  // "Return to article", "Close window". The whole line: "Go to the full report for the figures" names no site.
  /^[«‹<←]?\s*(?:go|view|see|switch|back|return|visit)(?: (?:to|this (?:story|article|page) on))? (?:the )?(?:full|standard|desktop|regular|classic|main)(?: [\p{L}.]+){0,2}? (?:site|website|version|experience|web (?:article|site)|article|story|page)\W*$/iu,
  /^(?:text[- ]only|lite|low[- ]bandwidth|plain[- ]text) (?:version|site|edition)\W*$|^close (?:this )?window\W*$/i,
  /^[«‹<←]?\s*(?:return|go back) to (?:the )?(?:full )?(?:article|story|post)\W*$/i,
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
  // A player's label with its running time in brackets: "Listen to article (6 min)", "Listen to this article". A
  // running time set apart ("Listen to this article 4 min") is left to the player box's rules, which see the block.
  /^listen to (?:this )?(?:article|story)(?:\s*\(\d+\s*(?:min(?:utes?|s)?|m)\))?\W*$/iu,
  // The same label in Spanish, Portuguese and French: "Escuchar noticia", "Escucha esta nota", "Ouvir notícia"
  // (Estadão's tools row), "Écouter cet article". The whole line: "Escuchar la noticia en la radio fue un alivio" goes
  // on.
  /^(?:escuchar?|escuche|ouvir|ouça|écouter|écoutez) (?:esta |la |a |cet |l['’])?(?:noticia|nota|art[íi]culo|notícia|matéria|reportagem|article)(?:\s*\(\d+\s*min\))?\W*$/iu,
  // The same label with the reading time beside it, as one tools row prints both: "Listen to this Article 1 minute
  // Read".
  /^listen to (?:this )?(?:article|story)\W*\d{1,2}\s*min(?:ute)?s?\.?\s*read\W*$/iu,
  // A bare reaction count over or under a post ("1.4K", "12K"): a clap or like tally, never prose.
  /^\d{1,3}(?:[.,]\d)?[KkMm]$/,
  // A reactions bar's prompt under a story: "Add reaction", "Add your reaction", "What's your reaction?".
  /^(?:add (?:a |your )?reactions?|what['’]s your reaction\??)$/i,
  // Video player chrome, also a player's overlay read as one line: "Video Loading Video Unavailable Click to play Tap
  // to play The video will auto-play soon 8 Cancel Play now", and its countdown and button in their own paragraphs
  // when the player's box went unnamed ("The video will start in 8Cancel", "Play now").
  /^(?=.*\b(?:video (?:loading|unavailable)|(?:click|tap) to play|auto-?play|the video will start|play now)\b)(?:\s*(?:video (?:loading|unavailable)|(?:click|tap) to play|play now|cancel|the video will (?:auto-?play|start) (?:soon|in)|\d{1,2}))+\W*$/i,
  // Video player chrome.
  /^(?:play|watch) (?:the )?video\W*$|^get the (?:latest )?(?:adobe )?flash player\b.{0,60}$|^video link (?:&|and) embed code$/i,
  // The same label over or on a player in Dutch: "Bekijk hier de video", "Kijk de beelden hieronder", "Speel video af".
  // The whole line only: "Bekijk de video van de raadsvergadering, zei de wethouder, …" goes on.
  /^(?:(?:bekijk|kijk)(?: hier| hieronder)?(?: de| het)? (?:video|beelden)(?: hier| hieronder)?|speel (?:de )?video af)\W*$/iu,
  // Skip links for keyboard and screen-reader users ("skip past newsletter promotion", "SKIP ADVERTISEMENT", "Jump to
  // main navigation").
  /^skip (?:to|past|over)\b.{0,50}$|^skip (?:this )?(?:ad|advertisement)$/i,
  /^jump to (?:the )?(?:main )?(?:content|navigation|menu|search|footer|article)\W*$/i,
  // A link back up the page, alone on its line, as government and council templates print it above the footer and
  // bulletins and explainers after each section: "Top of page", "Back to top", "Return to top ↑", "Back to table of
  // contents". Nothing after it: "Back to top form, the striker scored twice" goes on.
  /^(?:(?:back|return|go|scroll) (?:up )?to (?:the )?(?:top|(?:table of )?contents)(?: of (?:the )?page)?|top of (?:the )?page)\W*$/i,
  // A chart's or table's data link under it, as Datawrapper prints it ("Get the data") and statistics offices and data
  // desks write it ("Download this chart", "Download the data (CSV)", "Download this table"). The whole line only:
  // "Download the data and you will see …" goes on.
  /^(?:get|download) (?:the|this) (?:data(?: ?set)?|chart|table|graphic|map|image)(?: as \w+)?(?:\s*\((?:csv|xlsx?|json|pdf|png)\))?\W*$/i,
  // A statistical release's pointer to its data tables under the text, as Statistics Canada's The Daily heads it and
  // other statistics offices write it: "Available tables: table 46-10-0092-01.", "Related tables: 14-10-0287-01 to
  // 14-10-0289-01". The label opens the line; prose does not open on it.
  /^(?:available|related|supporting) (?:data )?tables?\s*:\s*\S.{0,160}$/i,
  // The same skip links in Spanish, Portuguese, French and German templates: "Ir al contenido", "Saltar al contenido
  // principal", "Pular para o conteúdo", "Aller au contenu", "Zum Inhalt springen". The whole line, nothing after it.
  /^(?:(?:ir|saltar|pasar|salta) al (?:contenido|men[úu])|(?:ir|pular|saltar) para o (?:conte[úu]do|menu)|(?:aller|passer) au (?:contenu|menu)|(?:direkt )?zum (?:inhalt|hauptinhalt)(?: springen| wechseln)?)(?: principal)?\W*$/iu,
  // The links line of Blubrry PowerPress, the WordPress podcast plugin, under its player: "Podcast: Play in new window
  // | Download (Duration: 47:12 — 43.3MB) | Embed" (also "Podcast (video): …"). The plugin's own wording, on every
  // episode.
  /^podcast(?: \([\p{L} -]{1,20}\))?\s*:\s*(?:play in new window|download)\b.{0,140}$/iu,
  // A podcast page's button to a listening app, alone on its line: "Listen on Spotify", "Follow on Apple Podcasts",
  // "Available on Amazon Music". A sentence names more ("Listen on Spotify to the mayor's …" goes on).
  /^(?:listen|subscribe|follow|available|also available)(?: now| free)? on (?:apple podcasts|itunes|spotify|amazon music|audible|youtube(?: music)?|pocket ?casts|overcast|castbox|castro|iheart(?:radio)?|podbean|google podcasts|deezer|pandora|stitcher|tunein|podcast addict)\W*$/i,
  // A copy-link button's confirmation, in the page as a tooltip shown after the click: Google Sites puts "Copied
  // heading link" inside every heading (beside its hidden "Copy heading link" button), share rows "Link copied!" or
  // "Link copied to clipboard". The whole line only.
  /^(?:copied (?:heading |page )?link|(?:heading |page )?link copied)(?: to (?:the )?clipboard)?\W*$/i,
];
