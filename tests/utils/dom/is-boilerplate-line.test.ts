import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../utils/dom/is-boilerplate-line';

describe('isBoilerplateLine', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Ad Feedback',
    'TEXT AD: Call Ann - +2348000000000',
    'ADVERT: Buy two, get one free at Harbour Stores',
    'Social Sharing',
    'Join The Harbour Times on WhatsApp and stay up to date',
    'Published by The Ledger on Nov. 28, 2026.',
    'Published in The Harbour Times from Nov. 26 to Nov. 28, 2026.',
    'Published by Harbour Times on 28 November 2026',
    'To send flowers to the family or plant a tree in memory of Walter "Buddy" Szymanski, please visit our floral store.',
    'To plant a tree in memory of Ann Lee as a living tribute, please visit Tribute Store.',
    "Sign Dorothy Whitfield's Guest Book",
    'Sign the Guest Book',
    'View Guestbook',
    'Share a memory or send condolences to the family.',
    'Offer condolences to the family of Ann Lee',
    "Join the Courier's Telegram channel and get the latest breaking news delivered to you.",
    'Follow Harbour News on WhatsApp',
    'Подписывайтесь на «Деловой вестник» в Telegram, чтобы первыми узнавать главные новости экономики',
    'Хочете першими дізнаватися новини? Підписуйтесь на наш Telegram-канал.',
    'Пратите нас на Телеграму и будите први обавештени о најважнијим вестима. Придружите се',
    'Последвайте ни в Google News Showcase, за да научавате най-важното от деня.',
    'Listen to our Inside Harbour podcast for the latest political analysis',
    'LDR is local body journalism co-funded by the Harbour Trust and the Arts Council.',
    'This content is provided by Twitter, which may be using cookies and other technologies. To show you this content, we need your permission to use cookies.',
    'Loading...',
    'Loading',
    'Story continues below advertisement',
    'Read more: How the flood changed the town centre',
    'Sign up for our daily newsletter',
    'Related stories:',
    'Recommended video',
    'Related Videos:',
    'Share this article',
    'Photo: Riverside Courier',
    '(AP Photo/Jane Doe)',
    '© 2024 Riverside Courier. All rights reserved.',
    'Copyright 2012 The Associated Press.',
    'Posted in Local news, Libraries | 2 Comments »',
    'Tags: library, flood, council',
    'You can follow any responses to this entry through the RSS feed.',
    '4 Responses to “Library reopens”',
    'Leave a Reply',
    'Next article',
    'E-mail',
    'Reprints',
    'No comments yet.',
    'Comments (0)',
    'Sign-up To The Newsletter And Get A Free eBook',
    'To receive these entries once a month by e-mail, sign up for the Harbour Letter newsletter.',
    'NEWSLETTER SIGN UP',
    'Subscribe to comments on this entry',
    'Powered by Movable Type.',
    'Be The First To Comment',
    'Follow @TidewaterNews',
    'Follow @Breakingviews on X',
    'Follow @TidewaterNews on Bluesky.',
    '« Ferry returns | Main | Quay reopens »',
    '| Tags: Harbour, Ferries, Tidewater Council, Quay Street, Lighthouse Trust, Coastal Path, Marina, Fish Market, Old Town, Regatta, Lifeboat Station, Pier',
    'A version of this article appeared in print on 03/14/2024, on page B2 of the Coast edition with the headline: Library Reopens.',
    'Write to Mara Lind at mara.lind@example.org',
    'Originally posted 2011-04-26 19:03:38.',
    'Photo by: Ines Castellano',
    '« Previous',
    'Next >',
    '‹ Back to Story',
    'Previous 1 / 18 Next',
    'of 15',
    'Printer-friendly version',
    'Send to friend',
    '2044 reads',
    'Play Video',
    'Get the Flash Player to see this player.',
    'Video Link & Embed Code',
    'Like Our Site?',
    'Help keep our reporting free for everyone - donate today!',
    'Externer Inhalt',
    'Empfohlener redaktioneller Inhalt',
    'Dieser Inhalt wird von Datawrapper bereitgestellt. Beim Laden des Inhalts werden Daten an Datawrapper übermittelt und dort möglicherweise gespeichert.',
    'An dieser Stelle finden Sie einen externen Inhalt von X, der den Artikel ergänzt. Mit Ihrer Zustimmung werden personenbezogene Daten übermittelt.',
    'Weitere Informationen finden Sie in unserer Datenschutzerklärung.',
    'Über dieses Thema berichtete die tagesschau am 28. November 2026 um 17:00 Uhr.',
    'Über dieses Thema berichtete NDR Info am 2. Mai 2026 um 07:00 Uhr.',
    'Dieses Thema im Programm: Das Erste | Tagesschau | 28.11.2026 | 17:00 Uhr',
    'Having trouble viewing this graphic? Click here.',
    "Can't see the chart? View it here.",
    'Trouble loading the map? Open it in a new window',
    'Having trouble viewing the interactive below?',
    "The internet is chaotic—but our daily newsletter isn't. Sign up for web_crawlr.",
    'Our morning newsletter has everything you need. Subscribe here.',
    'Keep Up with Your Veteran Benefits: Subscribe to VetsPost and get the latest updates on VA health care, disability pay and more, delivered straight to your inbox.',
    'Stay Informed: Sign up for our newsletter.',
    'Mother Jones was founded to do journalism that speaks truth to power. We’re a nonprofit, and reader support is what keeps us going. Please donate today.',
    "We're an independent newsroom and we rely on you. Chip in today!",
    'Advertise with Mother Jones',
    'Advertise with us',
    'Allow Instagram content?',
    'Allow X content?',
    'This article contains content provided by Instagram. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. To view this content choose ‘accept and continue’.',
    'This article includes content provided by TikTok. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.',
    'Accept and continue',
    'Allow and continue',
    'Skip twitter post by Ann Lee',
    'End of twitter post by Ann Lee',
    'End of Instagram post, 2',
    'View this post on Instagram',
    '♬ original sound - harbourmakes',
    'A post shared by Ann Lee (@annlee)',
    'Donate now!',
    'The Harbour Review is a 501(c)3 nonprofit organization.',
    'Disclaimer',
    'Harbour Notes is a personal website. Opinions expressed are not necessarily those of my employer.',
    'Powered by Movable Type. Photo at top by Ines Castellano.',
    'Tweet this',
    'The comments to this entry are closed.',
    'Comments are moderated. Be civil, use a name.',
    'All comments are moderated before they appear.',
    'Comments are moderated and generally will be posted if they are on-topic and not abusive.',
    'Users with an Yle ID can leave comments on our news stories. You can create your Yle ID via this link. Our guidelines on commenting and moderation are explained here.',
    'Subscribers can leave comments on our articles. Log in to join the conversation.',
    'Registered users can post comments on our stories.',
    'Support independent journalism in English and get unlimited access to all our articles, guides and newsletters.',
    'Become a member',
    'Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive language or personal attacks will be removed and the user banned. Final decision will be at the discretion of the Harbour Times.',
    'Thanks for reading The Transit Ledger! Subscribe for free to receive new posts and support my work.',
    'Thanks for reading Hill Notes! This post is public so feel free to share it.',
    'Did someone forward this email to you? Subscribe here!',
    'Was this newsletter forwarded to you? Sign up here.',
    'Forwarded this email?',
    'A message from Lakeshore Health Alliance:',
    'A message from Front Range Credit Union',
    'A MESSAGE FROM HARBOR ENERGY:',
    'A message from our sponsor:',
    'Presented by',
    'Sponsored by:',
    'TrackBack URL for this entry: https://example.org/mt-tb.cgi/1234',
    'Print »',
    'Share ›',
    'Email >',
    'Increase Text Size',
    'Decrease Font Size',
    'Video',
    'Photo',
    'Gallery',
    'Photo Gallery »',
    'Tags: Harbour Lights, Quay Street, Ferries | Lifeboat Station',
    'Reach Ann Lee: alee@harbourpost.example; Twitter: @annlee',
    'This article appears in the June 2026 print edition with the headline “The Wall Holds.”',
    'This story was originally published May 3, 2026 at 8:30 AM.',
    '(Updates with harbour master comment in fifth paragraph.)',
    '—With assistance from Bo Chen and Ann Lee.',
    'Have a tip? Contact this reporter at alee@harbourpost.example or on Signal.',
    'Got a news tip? Email us at news@harbour.example.',
    'Have you worked from a ferry while traveling? Contact this reporter via email at alee@harbour.example or via Signal at alee.01.',
    'Reach out to the reporter on Signal at alee.42.',
    'Download the Harbour Post app to get breaking news alerts on your phone.',
    'For the latest news, weather, sports, and streaming video, head to Harbour 7.',
    'If you buy something from a Harbour link, we may earn a commission. See our ethics statement.',
    'When you buy a book using a link on this page, we receive a commission.',
    'FTC: We use income earning auto affiliate links. More.',
    'Disclosure: This post may contain affiliate links.',
    'We use affiliate links.',
    'Opinions expressed by Harbour Post contributors are their own.',
    '00:00',
    '00:0008:14',
    '00:00 / 08:14',
    'Advertisement - Continue Reading Below',
    'Article continues below this ad',
    'Advertisement · Scroll to continue',
    'Advertisement - scroll for more content',
    'You’re reading Harbour Tech — experts who break news about ferries, day after day. Be sure to check out our homepage for all the latest news, and follow Harbour Tech on Twitter, Facebook, and LinkedIn to stay in the loop.',
    'ADVERTISEMENT SKIP ADVERTISEMENT',
    '$229 at Amazon $235 at REI',
    '$34+ | Nordstrom',
    '$24.99+ at Amazon',
    'See On Amazon',
    'Buy Now at Target',
    'Check Price',
    '£45 at John Lewis',
    'Shop Now',
    'skip past newsletter promotion',
    'Skip to main content',
    'SKIP ADVERTISEMENT',
    'AtlantaCNN —',
    '(Reuters) —',
    'Washington (CNN) —',
    'Image Credits: Bryce Lowe / Harbour Tech',
    'Credits: Harbour Tech',
    'Skip to content',
    'Skip to main content',
    'Jump to navigation',
    'Subscribe to keep reading',
    'Subscribe to Hill Notes to keep reading this post and get 7 days of free access to the full post archives.',
    'Keep reading with a 7-day free trial',
    "Continue reading this article with a Barron's subscription. View Options",
    'Continue reading your article with a WSJ membership',
    'Create a free account to continue reading',
    'This article is for subscribers only.',
    'Log in to continue reading this story.',
    'Subscribe now',
    'Start your free trial today',
    'Already a subscriber? Log in',
    'Already a paid subscriber? Sign in',
    'Member-only story',
    '< Prev Next >',
    '« Previous Post | Next Post »',
    'Newer Post Older Post',
    'Subscribers only',
    '1.4K',
    '12K',
    '📚',
    '• • •',
    "Appeared in the November 28, 2026, print edition as 'Retailers Trim Seasonal Hiring'.",
    'Subscribe to unlock this article',
    'Log in to read the rest of this story',
    'Join Fortune for unlimited access to our award-winning journalism.',
    'Get unlimited access to local news',
    "Unlock unlimited access to New Zealand's best journalism with an NZ Herald Premium subscription.",
    'Want to read more?',
    'Subscribe to The Northern Echo for just £1 for your first 2 months and get unlimited access to local news.',
    'Join today for only $1 a week',
    'Subscribe to Premium',
    'Subscribe now to The Harbour Courier',
    'Join our WhatsApp community to get the latest news sent straight to your phone.',
    'Have you got a story? Email newsdesk@harbourcourier.example',
    'Do you have a story for us? Contact our newsdesk on 0161 000 0000.',
    'Got a story? Email us',
    'Do you have a story to sell? Get in touch by emailing yourmoney@harbourmirror.example.',
    'We pay for your stories! Do you have a story for The Harbour Star TV team? Email us at tv@harbourstar.example or call 0207 000 0000. We pay for videos too.',
    'We pay for your stories and videos! Do you have a story to sell? Get in touch by emailing desk@harbourmirror.example.',
    'Follow us on Google News',
    'For more stories like this, follow us on Facebook',
    'Continue reading this story with a subscription',
    'This is a Premium article',
    'Get the biggest stories from Greater Manchester straight to your inbox',
    'Want the latest news in your inbox? Sign up here',
    'Video Loading',
    'Video Loading Video Unavailable Click to play Tap to play The video will auto-play soon 8 Cancel Play now',
    'Click to play Tap to play',
    'The video will start in 8Cancel',
    'The video will auto-play soon 8 Cancel',
    'Play now',
    'Comments have been disabled on this article',
    'Comments are closed.',
    'Comments have been disabled on this story for legal reasons.',
    'Comments on this story are now closed.',
    'Article content',
    'License this article',
    'Licence this story',
    'Comments are loading…',
    'Loading comments...',
    'Image source, Getty Images',
    'Source: Harbour Office',
    'Photo credit, Harbour Courier',
    'Amazon $349.99 View',
    'Walmart £379 View Deal',
    'Best Buy $1,299 Check price',
    "Today's best deals",
    'Today’s best Harbour 4K projector prices',
    'Why You Can Trust Harbour Tech',
    'Join our Space Forums to keep talking space on the latest missions, night sky and more! And if you have a news tip, correction or comment, let us know at: community@space.com.',
    "Editor's note: If you capture a great photo of the eclipse and would like to share it with our readers, send your photo(s) and your name and location to photos@harbourscience.com.",
    "If you've got a story you want to share, get in touch with us at stories@harbourviral.example",
    'Have your say in our news democracy. Click the upvote icon at the top of the page to help raise this article through the harbour rankings.',
    'Tap the heart button below to help this story reach more readers.',
    'From the November 28th 2026 edition',
    'From the December 2026 issue',
    "Editors' notes",
    "This article has been reviewed according to Science X's editorial process and policies. Editors have highlighted the following attributes while ensuring the content's credibility:",
    'Citation: Soil fungi help young trees survive drought (2026, November 25) retrieved 28 November 2026 from https://phys.example/news/2026-11-soil-fungi.html',
    'FULL STORY',
    'Our expert, award-winning staff selects the products we cover and tests our top picks. If you buy through our links, we may get a commission.',
    'All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from THE HARBOUR.',
    'This material may not be published, broadcast, rewritten or redistributed.',
    'Contact: the.harbournews@example.com',
    '(Except for the headline, this story has not been edited by Harbour TV staff and is published from a syndicated feed.)',
    '(Only the headline and picture of this report may have been reworked by the Harbour staff; the rest of the content is auto-generated from a syndicated feed.)',
    'Track Latest News Live on harbour.example and get news updates from the region and around the world.',
    'Catch all the Latest News, Breaking News Events and Latest Updates on Harbour Times.',
    'Get the latest election news, live updates and election schedule for Assembly Elections 2021 on harbour.example/elections. Like us on Facebook or follow us on Twitter and Instagram for updates from each of the 824 assembly seats in the 5 states.',
    'Get the latest news and updates on harbourtimes.com',
    'Share Tweet WhatsApp Comments',
    'Restack',
    'Restacks',
    'Restack Share',
    'Share this post',
    'Share this email:',
    'Subscribe to Groundwork to listen to this post and get 7 days of free access to the full post archives.',
    'Listen to this episode with a 7-day free trial',
    'Create an account to read the full story.',
    'If you’re new to Medium, create a new account to read this story on us.',
    'The author made this story available to Medium members only.',
    'Upgrade to paid',
    'Give a gift subscription',
    'Get 30 day free trial',
    'Civic Margins is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    "Don't miss what's next. Subscribe to Groundwork:",
    'Login or Subscribe to participate in polls.',
    'Was this forwarded to you? Sign up here.',
    'Share on Facebook Share on X Share by Email',
    'Share on Facebook Share on X Email Short URL',
    'Facebook X Copy URL',
    'About the Author',
    'About the writers:',
    'Facebook | X | Email',
    'Facebook WhatsApp X Comments (12)',
    'Share Email 14 comments',
    'Print Email Reprints & Permissions',
    'Reprints & Permissions',
    'Regala',
    'Regala questo articolo',
    'Suggerisci Facebook X Altri',
    'Condividi',
    'Abbonati',
    'Abbonati per leggere senza pubblicità e ricevere tutte le newsletter.',
    'Abbonati a Gazzetta Digital: 1 euro al mese per 3 mesi.',
    'Gift this article',
    'Offrir cet article',
    'Read the ruling',
    'Read the full opinion (PDF)',
    'Download the complaint here.',
    'View the court papers',
    'Cases: Hollis v. Secretary of Veterans Affairs',
    'Case: Ruiz v. Delgado; Marsh v. Pell',
    'Facebook Twitter WhatsApp SMS Email Print Save',
    'Harbour Health Desk is a national newsroom that produces in-depth journalism about health issues and is one of the core operating programs at the Wren Foundation.',
    'Classmark is a nonprofit news site covering educational change in public schools.',
    'The Harbour Ledger is a member-supported, nonpartisan newsroom informing readers on county politics.',
    "Subscribe to Harbour Block News, an independent, 501(c)(3), journalist-run newsroom. Every dime we make funds reporting from the town's neighborhoods. Click here to support us with a tax-deductible donation.",
    "Thanks for subscribing to Harbour Block News, an independent, 501(c)(3), journalist-run newsroom. Every dime we make funds reporting from the town's neighborhoods.",
    'Ann Lee is a reporter for Classmark Harbour covering the town’s public schools. Contact her at alee@classmark.example.',
    'Bo Roe is the senior correspondent for Harbour Radio. Email him at broe@harbourradio.example.',
    'Listen to "It\'s All Local: A Harbour Block News Podcast":',
    'Listen to the Harbour Weekly podcast',
    "We're a nonprofit newsroom. Your support keeps our journalism free for every reader in the valley.",
    'Republish this article',
    'Republish This Story',
    'This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.',
    'Transcript provided by Harbour Radio, Copyright Harbour Radio.',
    "Harbour Radio transcripts are created on a rush deadline by a contractor. This text may not be in its final form. The authoritative record of the station's programming is the audio record.",
    'This transcript was generated automatically and may contain errors.',
    'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.',
    "This is a rush transcript of 'Harbour Tonight' on November 26, 2026. This copy may not be in its final form and may be updated.",
    "This is a rush transcript from 'Harbour Tonight,' November 26, 2026.",
    'Content and Programming Copyright 2026 Harbour Broadcasting, LLC. ALL RIGHTS RESERVED. Copyright 2026 Harbour Transcription, Inc. All materials herein are protected by copyright law and may not be reproduced without prior written permission.',
    'Text copyright © 2026 Harbour Block News. All rights reserved.',
    'As Prepared for Delivery',
    '*As Prepared for Delivery*',
    'Remarks as delivered',
    'Check against delivery',
    '(Original script, may differ from delivered version)',
    '00:00 / 38:12 Download MP3',
    'Harbour Weekly is produced by Harbour Public Media. This episode was reported by Ann Lee and edited by Bo Ek. Music by Blue Dot Sessions.',
    'This episode was produced by Mia Holt. Original music by Ann Lee.',
    'Support Provided By: Learn more',
    'Transcript',
    'Read the Full Transcript',
    'Audio transcript produced by Harbour Evening Report.',
    'ann.lee@harbourledger.example',
    'Email: ann.lee@harbourledger.example',
    'X: @ann_lee',
    '@annlee',
    'Disclosure: The Wren Foundation has been a financial supporter of The Harbour Ledger, a nonprofit news organization. Financial supporters play no role in the Ledger’s journalism.',
    'All products featured on Harbour Sounds are independently selected by our editors. However, when you buy something through our retail links, we may earn an affiliate commission.',
    '(Harbour Sounds earns a commission from purchases made through affiliate links on our site.)',
    'We earn a commission from products purchased through some links in this article.',
    'View Photos',
    'See All 48 Photos',
    'Open this photo in gallery:',
    'Advertisement 3',
    'Partager Facebook X Courriel',
    'Postmedia Harbour is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site. Visit our Community Guidelines for more information.',
    'Please keep your comments civil.',
    'Enlarge this image',
    'View full-screen photo',
    'Note: Harbour Tech is an affiliate partner with some of these vendors. When you click a link and make a purchase, we may receive a small payment, which helps us keep the site running.',
    'When you click a link on our site and buy something, we may earn compensation.',
    'Harbour Style may receive a portion of sales from products purchased from this article, which was created independently from Harbour Style’s editorial and sales departments.',
    'We hope you love our recommendations! Some may have been sent as samples, but all were independently selected by our editors. Just FYI, Harbour Feed and its publishing partners may collect a share of sales and/or other compensation from the links on this page.',
    'Harbour Post may receive a share from purchases made via links on this page. Every item is independently selected by the Harbour Post Shopping team.',
    'Harbour Life may earn a commission from links on this page.',
    'Harbour Deals may earn commission from purchases made through our links.',
    'Our editors independently select these products. Making a purchase through our links may earn Harbour Media a commission.',
    'Purchases made through our links may earn us a commission.',
    'Jump to:',
    'Table of contents',
    'In this article',
    'Follow Harbour Tech on Google News to get our up-to-date news, how-tos, and reviews in your feeds. Make sure to click the Follow button.',
    'Follow Harbour Tech: Add us as a preferred source on Google.',
    'Add Harbour Tech to your Google News feed.',
    'Like Opinion & Editorial on Facebook, follow @HarbourOpEd on Twitter to receive all updates on all our daily pieces.',
    'Like Harbour Sport on Facebook and follow @HarbourSport on X for the latest updates.',
    'Rating ★★★★½',
    "The Night Ferry Season 1 Episode 3 Editor's Rating 4 stars",
    'Rating: 3.5 out of 5',
    'Jump to Recipe Print Recipe',
    'Pin Recipe',
    'Rate this Recipe',
    '4.86 from 14 votes',
    'Calories: 412kcal',
    'Anzeige',
    'Publicité',
    'PUBBLICITÀ',
    'Publicidad',
    'Publicidade',
    'Реклама',
    'Reklam',
    'Iklan',
    'Annons',
    'Haberin Devamı',
    'פרסומת',
    'تبلیغات',
    'إعلان',
    '- โฆษณา -',
    'Quảng cáo',
    '- Publicidad -',
    'Đọc thêm',
    'อ่านข่าวที่เกี่ยวข้อง',
    'Tin liên quan',
    'Yorumlar (23)',
    'Yorum Yap',
    '12 תגובות',
    'תגובות: 47',
    "Google News'te Sözcü'ye Abone Ol",
    "Sözcü'yü Google News üzerinden takip etmek için ABONE OL",
    'Artikeln fortsätter under annonsen',
    'Annonse – Artikkelen fortsetter under annonsen',
    'Dalsza część artykułu pod materiałem wideo',
    'La suite après la publicité',
    'From magazine issue: 29 November 2026',
    'Newspaper headline: Later bins for late workers',
    'Print headline: Council backs the new ferry timetable',
    'From the print edition: 28 Nov 2026',
    'Disclaimer: The views and recommendations made above are those of individual analysts or broking companies, and not of the paper. We advise investors to check with certified experts before taking any investment decisions.',
    '(Disclaimer: Recommendations, suggestions, views and opinions given by the experts are their own. These do not represent the views of the paper.)',
    'Catch all the Business News, Market News, Breaking News Events and Latest News Updates on the site. Download the app to get Daily Market Updates.',
    'This content was partially produced with the help of AI tools and was reviewed and published by the desk’s editors.',
    'This article was generated with the assistance of AI and reviewed by our editorial team to ensure accuracy.',
    'SLVN +11.4% ICLN +1.3%',
    'BTC $87,412.20 -2.41% ETH $3,074.55 -3.02% SOL $141.80 +0.44%',
    'HFLX+1.2% CDLX-0.4%',
    'Stay up to date with the latest news. Follow KT on WhatsApp Channels.',
    'Stay informed. Join The Harbour Times on WhatsApp and get the day’s headlines.',
    'Header image: A section of the canal near Sujawal, where the lining work is planned to begin. — AFP',
    'Cover photo: Farmers walk along a dry channel near the river mouth at dawn. — Photo by Ann Lee',
    'Do you like the content of this article?',
    'Was this article helpful?',
    'Did you find this story useful?',
    'Like Dislike',
    'To see this content please enable targeting cookies.',
    'To view this video, please accept functional cookies',
    'Please enable cookies to watch this video.',
    'We need your consent to load the YouTube Video service!',
    'Wir benötigen Ihre Zustimmung, um den YouTube Video-Service zu laden!',
    'We use a third-party service to embed video content that may collect data about your activity. Please review the details and accept the service to see this video.',
    'Wir verwenden einen Service eines Drittanbieters, um Videoinhalte einzubetten, die möglicherweise Daten über Ihre Aktivitäten sammeln. Bitte überprüfen Sie die Details und akzeptieren Sie den Dienst, um dieses Video anzuzeigen.',
    'Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs.',
    'En cliquant sur « J’accepte », les cookies et autres traceurs seront déposés et vous pourrez visualiser les contenus (plus d’informations).',
    'Mehr Hintergründe zur Verkehrswende, exklusive Guides und Webinare: Teste t3n Pro jetzt 30 Tage kostenlos!',
    'Testen Sie F+ einen Monat für 1 €',
    'Vous aimez nos articles ?',
    'Profitez de notre offre spéciale : 1 € le premier mois, sans engagement.',
    'Partager Tweeter Envoyer',
    'Journalists: Broadcast-quality video (1:02) is in the downloads at the end of this post. Please courtesy: "Harbour Health News." Name super/CGs: Ann Lee, M.D./Cardiology.',
    'Note to editors: B-roll and sound bites with Dr. Lee are available for download below.',
    'This article is exclusive to STAT+ subscribers',
    'This story is available to Premium members only.',
    'Unlock this article — and get additional analysis of the technologies disrupting health care — by subscribing to STAT+.',
    // Spanish and Portuguese labels and pitches alone on their line.
    'Seguir leyendo:',
    'Leia também',
    'Comentar',
    'Comentarios (12)',
    'Compartilhar',
    'Únete a nuestro canal ¡EL DIARIO ya está en Whatsapp!, desde tu dispositivo móvil entérate de las noticias más relevantes del día.',
    'Suscríbete aquí al newsletter de EL DIARIO y recibe las noticias más importantes en tu correo.',
    'Seguí a La Gaceta en Google News',
    'Apúntate a la newsletter de Economía',
    'Subscreva a newsletter e receba as notícias do Porto no seu email, todas as manhãs.',
    'Las claves de la actualidad económica, cada semana en tu correo.',
    'Sigue toda la información de Economía y Negocios en Facebook y X, o en nuestra newsletter semanal',
    'Siga o PÚBLICO no Instagram e no X',
    'Veja mais notícias da região no g1 Campinas.',
    'Lee más noticias de Oaxaca en nuestra sección Estados.',
    'Compartir en Facebook Compartir en X Compartir en WhatsApp Comentarios (12)',
    'Facebook X WhatsApp Copiar enlace',
    'Para poder comentar tenés que ingresar con tu usuario de LA GACETA.',
    'Inicia sesión para comentar.',
    'Faça login para comentar',
    '(Foto: Reuters)',
    'Crédito: Archivo El Tiempo',
    'Foto: Reprodução/TV Globo',
    'Fuente: Indec',
    '(EFE)',
    'Agência Brasil',
    'Mirá también',
    'Más noticias',
    'Suscríbete',
    'Suscríbete a nuestro boletín',
    'Recibe las noticias de El Tiempo en tu correo',
    'Siga o g1 no Google News',
    'Continúa leyendo después de la publicidad',
    'A reportagem continua depois da publicidade',
    'Continua após a publicidade',
    'VIDEO RECOMENDADO',
    'Vídeos relacionados',
    'A matéria continua após o anúncio',
    'Cet article est réservé aux abonnés. Il vous reste 74% à découvrir.',
    'Il vous reste 80 % à lire.',
    'Déjà abonné ? Connectez-vous',
    'Article réservé aux abonnés',
    'Déjà abonné ? Je me connecte',
    'Contenido exclusivo para suscriptores',
    'Este artículo es exclusivo para socios',
    'Conteúdo exclusivo para assinantes',
    '¿Ya tienes una cuenta? Inicia sesión',
    '¿Ya eres suscriptor? Ingresa',
    'Já é assinante? Faça seu login',
    'Tiempo de lectura: 3 min',
    'Tempo de leitura: 4 minutos',
    'Temps de lecture : 3 min',
    '3 min de lectura',
    'Escuchar noticia',
    'Ouvir notícia',
    'Écouter cet article',
    'Commenting on this article is available to subscribers. Sign In',
    '00:00 / 04:12',
    '00:00 / 04:12 412 comments',
    'Vous avez envie de lire la suite ?',
    'Débloquez tous les articles immédiatement.',
    'Je m’abonne',
    'Broaden your horizons with award-winning British journalism. Try The Telegraph free for 1 month with unlimited access to our award-winning website, exclusive app and more.',
    'Listen to article (6 min)',
    'Listen to this article',
    'Corrections & Amplifications',
    'An earlier version of this article gave the wrong figure for the share of long trains. (Corrected on Nov. 27)',
    'Watch on Harbour Weekly',
    'Watch the full interview on YouTube',
    'Editor’s note: FactCheck.org does not accept advertising. We rely on grants and individual donations from people like you. Please consider a donation.',
    'This article is part of our work fact checking potentially false pictures, videos and stories on Facebook. You can read more about this here.',
    'Republish our articles for free, online or in print, under a Creative Commons license.',
    'You may republish this story for free under the terms of our license.',
    'We welcome your thoughts and questions about this article. Please email the editors or submit a letter for publication.',
    'Have thoughts on this story? Send a letter to the editor.',
    'Want to respond? Submit a letter to the editors.',
    'Register to continue',
    'Already registered or a current subscriber? Login',
    'Sign up now for free access to 3 articles per month. Already have an account? Sign in.',
    'Create Your Free Account',
    "Reader's comments (0)",
    'Please login or register to read this article.',
    'Please log in to comment.',
    'Harbour Engineering News ISSN 0009-2347 Copyright © 2026 Harbour Engineering Society',
    'ISSN: 1234-567X',
    '—Staff writer Ann K. Lee can be reached at ann.lee@harbourpost.example. Follow her on X @annklee.',
    'Contributing writers Ann Lee and Bo Ek can be reached at news@harbourpost.example.',
    'Photo by Ann Lee | Staff Photographer',
    'Photo courtesy of Bo Ek | The Harbour Post',
    'Donate',
    '$1,280 raised of $2,000 goal',
    'Your donation will support the student journalists of Harbour College. Your contribution will allow us to purchase equipment.',
    '夜市攤商導入行動支付，年輕人逛夜市更方便。（記者林怡君攝）',
    '社區志工到場教學。（圖／取自臉書）',
    '11月25日，工人在某市一处老旧小区安装电梯。新华社记者 刘明 摄',
    '雪の降る中、駅舎の待合室を掃除する住民ら＝2026年11月25日午前9時12分、新潟県内、山口健太撮影',
    '서울 시내 한 전통시장에서 시민들이 장을 보고 있다. [연합뉴스 자료사진]',
    '전통시장 점포에 붙은 결제용 정보무늬 [사진 출처=연합뉴스]',
    '【责任编辑：王静】',
    '（責任編輯：王小明）',
    '不用抽 不用搶 現在用APP看新聞 保證天天中獎 點我下載APP 按我看活動辦法',
    '一手掌握經濟脈動點我訂閱自由財經Youtube頻道',
    '広告',
    '광고',
    '廣告',
    '関連記事',
    '관련기사',
    '延伸阅读',
    '更多新聞',
    '相關新聞：',
    'シェア X Facebook LINE list コメント',
    '分享 LINE 字級設定',
    '分享到：微信 微博',
    '공유 글씨크기 조절하기 인쇄',
    '動画を再生する',
    '2分31秒',
    'Copyright NHK (Japan Broadcasting Corporation) All rights reserved. 許可なく転載することを禁じます。',
    '제보는 카카오톡 okjebo<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>2026/11/27 14:05 송고',
    '【版权声明】本网站所刊载信息，不代表本网观点。刊用本网站稿件，务经书面授权。',
    '自由時報版權所有不得轉載',
    'Consultez notre dossier sur les services de garde',
    'Retrouvez tous nos articles sur la COP31',
    'Quel est votre avis ?',
    "Qu'en pensez-vous ?",
    'Votre enfant a-t-il été touché par une fermeture de groupe ? Écrivez-nous',
    'Abonnez-vous à partir de 1 € pour accéder à tous nos articles en illimité.',
    'Déjà abonné(e) ? Connectez-vous',
    "Recevez toute l'actualité internationale directement dans votre boite mail",
    "Vous voulez rester au top de l'info? La «Tribune de Genève» vous propose deux rendez-vous par jour, directement dans votre boîte e-mail.",
    'Disclaimer: The presented content may include the personal opinion of the author and is subject to market condition. Do your market research before investing in cryptocurrencies. The author or the publication does not hold any responsibility for your personal financial loss.',
    'Disclaimer: The Harbour Ledger is an independent media outlet. As of 2024, Northwind Capital is a majority investor of The Harbour Ledger and invests in other companies in the sector.',
    'This article does not contain investment advice or recommendations. Every investment and trading move involves risk, and readers should conduct their own research when making a decision.',
    'The information in this post is not intended to be financial advice.',
    'This content does not constitute legal, tax or investment advice.',
    "This news article is produced in accordance with the Harbour Ledger's Editorial Policy and aims to provide accurate and timely information. Readers are encouraged to verify information independently. Read our Editorial Policy",
    'Harbour Ledger is committed to independent, transparent journalism.',
    'Add reaction',
    "What's your reaction?",
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The council read more than three hundred letters before it voted.',
    'Get the latest results from the county clerk on election night, officials told voters.',
    'Get the latest news on the storm at 6 p.m. on Channel 4, the station said.',
    'Her advice to new recruits: subscribe to every base email list and read the updates each morning.',
    'The mayor said: sign up for the alerts now, before the storm season starts.',
    'Disclaimer: I was sent a sample of the kettle by the maker.',
    'The regulator said influencers must make clear that their posts are not financial advice.',
    'This article does not contain the names of the victims, at the request of their families.',
    'The report was written under the editorial policy the paper adopted in 2019, the ombudsman found.',
    'The mayor is committed to independent, transparent journalism in the city, she told the press club.',
    'Readers can add reactions to each post, a feature the site introduced this year.',
    'We pay for your stories, the agency told the freelancers, but only when they run.',
    'We pay for your stories! the banner read, and the photographers lined up outside the office.',
    'Published by Knopf on March 3, the memoir sold out its first printing within a week.',
    'Her first novel was published by a small press in Leeds on the eve of the war.',
    'In lieu of flowers, the family asks that donations be made to Good Shepherd Hospice.',
    'To send flowers every week to the ward, she saved from her pension, her daughter said.',
    'She kept a guest book by the door for forty years, and every visitor signed it.',
    'Share a memory of the old pier with the museum, the curator asked, and hundreds did so within a week of the appeal going out.',
    'Read the ruling as a warning to every county with a camping ban, the lawyer said.',
    'Read the full opinion and the dissent side by side, and the split is plain.',
    '“Read the complaint,” she told reporters. “It speaks for itself.”',
    'Reprints and permissions fees rose by a third this year, the publisher said.',
    'Regala un libro ai bambini del quartiere: la biblioteca raccoglie i doni fino a Natale.',
    'Abbonati a Sky in calo',
    "Abbonati in calo per la pay tv, dice l'Agcom.",
    'La stampa estera ha commentato il voto.',
    'Case closed: the court found the county v. state dispute moot.',
    'Cases like Hollis v. Secretary of Veterans Affairs turn on a single sentence of the statute.',
    'Images provided by the police show the man leaving the shop at 2 a.m. on Friday.',
    'The paper does not accept advertising from tobacco companies, its editor said.',
    'The journal, ISSN 1234-5678, lost its indexing last year after reviewers found that dozens of its papers had been lifted from conference proceedings without credit.',
    'The post was flagged as part of Meta’s efforts to combat false news and misinformation on its News Feed.',
    'Open this photo in gallery to see the flood line on the wall, the mayor told reporters.',
    'Expand image libraries at every branch, the board urged.',
    'Restack the shelves before the inspection, the manager told staff.',
    'Restacks of the post doubled overnight.',
    'Share this post with your doctor before the appointment, the clinic advises.',
    'Subscribers to the co-op were told to keep reading this post office notice before the vote.',
    'The author made this story available to readers in three languages after the ruling.',
    'Upgrade to paid parking was the council’s answer to the shortage.',
    'The theatre is a reader-supported publication’s favourite subject, and it shows.',
    'Many people were forwarded to you-know-who by the switchboard.',
    'Create an account to read the full story, the app told users, and most of them left.',
    'Advertisement 3 of the campaign showed the mayor on the ferry.',
    'Partager la route avec les cyclistes reste difficile, disent les chauffeurs.',
    '"Please keep comments respectful," the moderator wrote in a post that was later removed.',
    'The forum asked members to be civil. Moderators said they would please keep comments open through the election, then review them.',
    'Comments are loading slowly on the council website, residents said.',
    'Image source data was lost in the outage, the agency said.',
    // A name in code, in a release post's list of stabilized APIs: a path, not a "Source:" credit.
    'Source::with_schema',
    'source::read_all',
    'The projector sold for $349.99 at launch, then fell to $299 within a month.',
    'Amazon cut the price to $349.99 on Friday.',
    "Today's best deal for commuters is the weekly pass, the council says.",
    'Why trust matters more than tactics, the coach said.',
    'Why voters trust local councils more than parliament',
    // A buying guide's own section heading; the trust box around such a label is found whole (isMethodBox).
    'Why you should trust us',
    'Why Trust Us?',
    'The club said fans who buy through its app pay no booking fee.',
    'Advertisement revenue fell by a third last year, the company said.',
    'Anzeige gegen den Bürgermeister erstattet, teilte die Polizei mit.',
    'Quảng cáo thuốc lá bị cấm trên truyền hình từ năm sau.',
    '- Đọc thêm sách là cách tốt nhất để học, bà nói.',
    'La publicité en ligne a reculé de 4 % cette année.',
    'Haberin devamı yarın yayımlanacak, dedi editör.',
    'פרסומת סמויה ברשתות החברתיות תיאסר מהשנה הבאה, כך החליטה הוועדה.',
    'تبلیغات انتخاباتی نامزدها از هفته آینده آغاز می‌شود.',
    'Yorumlar kısmında okurlar belediyenin kararını eleştirdi.',
    "Okurların yüzde 40'ı dijital aboneliğe geçti; gazete abone olanlara indirim yapacak.",
    'Iklan rokok dilarang di dekat sekolah mulai tahun depan.',
    'Annonsen fortsätter att väcka debatt i kommunen.',
    'Share prices rose on Monday after the announcement.',
    'Increase text size on the settings page, the guide says.',
    'Posted letters poured in after the flood, the council said.',
    'Next to the library, a new bakery opened on the same day.',
    'Powered by wind and tide, the old ferry crossed the bay in four hours.',
    'Main Street was closed for the parade on Sunday.',
    'Subscribe to the idea that small harbours matter, and the rest follows.',
    'Posted by Wren Abbott at 08:12',
    'Written by Ada Moss',
    'People who subscribe to the theory say the newsletter was only the start of a long campaign that ran for years.',
    'Originally posted 01:17 PM ET 11.12 by Flea Biscuit',
    'Photo by Ines Castellano',
    'If you want to report a leak, the council said, call the hotline or email water@harbour.gov.uk, and a crew will come within a day, which residents doubted.',
    'If you saw the crash on Harbour Road on Friday night, police ask that you contact the inquiry team at appeals@harbour.police.uk.',
    'Join our reporters at the town hall on Friday, when the council votes on the harbour plan.',
    "Editor's note: An earlier version of this story misstated the size of the harbour.",
    'The full story of the harbour wall has never been told, the historian said.',
    'The report has been reviewed by the council, which said its editorial process was sound and would stay as it is.',
    'Citation: the council cited the builder for safety breaches, which it retrieved from the archive on Monday.',
    'From the first edition to the last, the paper kept the same masthead and the same motto.',
    'Next to nothing was left of the old pier.',
    'Back in 2019, the ferry ran twice a day.',
    'To see this content, users had to accept cookies, the regulator found.',
    'The regulator said sites need your consent to load the tracking service, a rule most ignored.',
    'Wir benötigen Ihre Zustimmung nicht, sagte der Bürgermeister, um den Haushalt zu beschließen.',
    'Ce contenu est resté bloqué pendant des mois, selon la plateforme.',
    'Viele Leser wollten das Angebot testen, sagte die Verlegerin, und lasen 30 Tage kostenlos.',
    'Les lecteurs aiment nos articles sur la ville, assure la rédaction.',
    'Les habitants ont pu profiter de l’offre de la mairie tout l’été.',
    'Der Inhalt wird von der Stiftung bereitgestellt und ist kostenlos.',
    'Über dieses Thema berichtete die Zeitung schon im Frühjahr, als der Stadtrat die Pläne erstmals vorstellte und viele Anwohner protestierten.',
    'Having trouble paying the rent, many families moved to the suburbs.',
    'Residents who cannot see the map in the town hall can ask for a printed copy.',
    'The group sends a weekly newsletter to 4,000 members. Subscribers say it is the only place to find the schedule.',
    'The newsletter, she said, was a lifeline for isolated farmers.',
    '“We’re a nonprofit, and the town is what keeps us going. Please donate today,” the shelter’s director said.',
    'We are a nonprofit, the founders wrote in their first letter to the city, and we intend to stay one.',
    'Advertise with care: the regulator says claims must be backed by evidence.',
    'Allow more time for your journey.',
    'This article contains content provided by the county archive, which lent the photographs.',
    'Skip the queue by booking online.',
    'End of season sale',
    'A post shared by hundreds of residents called for the road to reopen.',
    'To watch this video, fans queued outside the cinema for hours.',
    'Please enable the flood alerts on your phone, the council asked.',
    'The views expressed in this article are those of the author.',
    'Residents who want to help can donate today at the library desk or online, the council said in a statement on Friday afternoon.',
    'The Red Cross urged people to donate now.',
    'Disclaimer: I was sent this kettle free by the maker, and it went back after the test.',
    'The views and recommendations of the two brokers differ widely on the bank, which reports on Friday.',
    'Catch all the trains you can before the timetable changes in December, the operator advised.',
    'Dow -0.12%',
    'S&P 500 +0.41% Nasdaq +0.66%',
    'Revenue +12% Profit -3%',
    'SLVN rose 11.4% and ICLN gained 1.3% on Monday.',
    'This report was written with the help of AI researchers at the university, who shared their data.',
    'This article was produced with the help of AI tools, the publisher admitted after readers complained about errors.',
    'The figures were gathered by The Harbour Project, a nonprofit newsroom that covers the courts, and shared with the council.',
    'Harbour Block News, an independent, nonprofit newsroom, first reported the closure in May.',
    'The Harbour Project is a newsroom in crisis, three former editors said on Monday.',
    'Ann Lee is a reporter who covered the trial for six years. She said the verdict surprised her.',
    'Ann Lee, a reporter for the Courier, asked the mayor to contact her at the end of the meeting.',
    'Listen to the podcast and you will hear the mayor change his mind twice.',
    'This transcript has been edited for length and clarity.',
    'The network said the rush transcript was wrong and that the copy may be updated once the audio is checked.',
    'The senator delivered the speech as prepared for delivery, word for word, aides said.',
    'The label sued over a song it holds the copyright to since 2004, saying all rights reserved to it were infringed.',
    'The minister read the speech as delivered to the conference, then took questions.',
    'The show is produced by a team of four in a converted garage. Its host says the music comes last.',
    'The film was produced by a small studio in Leeds. Critics praised the music, which was written by a local choir.',
    'Transcripts of the hearing were released on Monday.',
    'Transcript errors delayed the appeal by a month.',
    'Residents can send comments to info@harbour.example until Friday.',
    'Follow the storm at @HarbourWeather for updates through the night.',
    'The council voted to republish the old harbour maps in a new edition next spring.',
    'Disclosure rules for campaign donors changed in 2024, and the council now publishes every gift over $100.',
    'The court transcript was produced by a contractor and filed on Monday, the clerk said.',
    'We are a nonprofit newsroom in name only, the former editor wrote.',
    'Officials asked residents to give today if they can.',
    'A version of the plan was shown to residents in May.',
    'Readers can write to the council at the town hall address.',
    'Powered by volunteers. The library kept its doors open through the whole winter.',
    'The comments to this entry are closed, the editor said, because of legal advice.',
    'Comments are moderated by two volunteers, who read every one before it appears.',
    'Comments are moderated and will be posted if they pass review, the platform told the regulator.',
    'Users can leave comments on our stories for a week, but after that the threads close, the editor said in a column.',
    'Users with a Harbour account can leave comments on any post, and the company said it removed 4,000 of them last year.',
    '"Readers can leave comments on our articles again," the publisher said on Monday.',
    'Readers support independent journalism and get unlimited access in return, the survey found.',
    'Become a member of the library and borrow up to ten books at a time, the council said.',
    'Comments are reviewed by the planning board before the hearing in March.',
    'Comments will be reviewed. Please note that the board said late submissions would be removed from the file, and that residents who missed the deadline could still attend the hearing in March to speak.',
    'Thanks for reading this far. The rest of the story is about the clinic shuttle.',
    'Did someone forward this email to you? The council says its staff did, by mistake.',
    'A message from the mayor: stay off the roads tonight.',
    'A message from Governor Calloway was read aloud at the start of the meeting.',
    'Presented by the harbour trust, the festival runs until Sunday.',
    'Video of the flood was shared thousands of times.',
    'Photos show the quay under water on Sunday morning.',
    'Gallery owners on Quay Street reopened on Monday.',
    'Print runs of the local paper fell again this year.',
    '(The council later approved the plan.)',
    'This story originally appeared on Harbour Tech under the headline "Ferry app goes live."',
    'If you buy a car from a dealer, the salesperson may earn a commission on the loan.',
    'You’re reading a column by Ann Lee — she has covered the harbour for twenty years and will follow the story on Twitter.',
    'Scroll for more content about the ferry timetable on the council website.',
    'The FTC says influencers who use affiliate links must disclose them.',
    'We use affiliate links on some pages, the company said.',
    'Download the NHS app and register with your GP before booking.',
    'Have a look at the tide tables before you set out.',
    'For the latest figures, the council said residents should visit the library.',
    'If you saw the crash, get in touch with police at appeal@harbour-police.example',
    'If you see the owl, get in touch with the trust at owls@harbourtrust.example',
    'Click the like button on any video and the app shows you more like it, she explained.',
    'Users who tap the heart icon on a post see more of it in their feed.',
    'The song ♬ played on every radio in the harbour town that summer.',
    'Watch on Sunday as the ferry makes its last crossing.',
    'Watch on: the council said it would keep an eye on the harbour wall.',
    'The meeting ran from 10:30 to 12:15.',
    'Reach the harbour office by phone on weekdays.',
    'Ann Lee can be reached at http://twitter.com/annlee',
    'The harbour office can be reached at office@harbour.example on weekdays.',
    'Residents can be reached at home by the council’s new text service, the clerk said.',
    'Photo by Ann Lee',
    'Illustration by Ann Lee/The Harbour Post',
    'Photo by the quay at dawn | the ferry was late again, she said.',
    'Donate blood at the harbour clinic on Saturday, the council urged.',
    'The appeal has $1,280 raised of its $2,000 goal, the club said.',
    'Your donation will help the families who lost their boats in the storm.',
    'The article continues a long tradition of harbour writing.',
    'Continue reading the report, she told the council, and you will see why.',
    'The jacket costs $229 at Amazon and $235 at REI, our testers found.',
    'See on Amazon, the listing says, before it was taken down.',
    'See on page 4 for the full table of results.',
    'Shop now while stocks last, the owner told customers on Friday.',
    "Read more about how the wall was built in the council's 1962 engineering report, which the library scanned and posted online last year.",
    'Have a tip for the harbour master, and he will tell you where the mackerel are running.',
    'Share on Facebook and X was how the club spread the news.',
    'Short URL services were blocked by the school network.',
    'About the author of the report, little is known.',
    'Police asked anyone who saw the crash to contact the detective in charge by phone.',
    'She said she would contact the reporter again after the vote on the harbour fees.',
    '1,200',
    'Skip the queue: residents can now book a slot online at the town hall.',
    'Skipper Ann Lee brought the ferry in through the storm —',
    'The harbour master said the storm was the worst in memory —',
    'Anna —',
    'Michael Sieler —',
    'LRM —',
    'Image credits were missing from half the photos in the archive, the curator said.',
    'Skip to the end of the story and you find the mayor changing her mind.',
    'Subscribers to the paper will keep reading the print edition until December.',
    'Already a subscriber to three streaming services, she cancelled two of them.',
    'Members only pay half the fee.',
    'Readers who subscribe to the paper keep reading it for years, the survey found.',
    'Keep reading with a torch if the power goes out, the library advised.',
    'Continue reading the story with a pencil in hand, the teacher told the class, and mark every verb.',
    'This article is for anyone who has tried to read a water bill.',
    'Previous owners sold it; the next ones kept it.',
    '1,400 people signed the petition.',
    '2026',
    '📚 Opening hours: Tuesday to Saturday.',
    'Protesters organised the march on WhatsApp and Telegram, police said.',
    'Join us, the organisers wrote in a WhatsApp group that grew to 4,000 members within a week.',
    'Listen to the podcast and you will hear the mayor contradict herself twice.',
    'The council said its journalism grants were funded by a levy on advertising, not by ratepayers.',
    'Loading the ferry took three hours because of the wind.',
    'The photograph first appeared in the print edition of the paper in 1962, the archivist said.',
    'Members were told to subscribe to unlock the new features before the event.',
    'Customers who join the scheme get unlimited access to the gym for a year, the council said.',
    'Subscribers who join before Friday pay $12 a month, the company said.',
    'Have you got a story to tell about the floods? The council wants to hear from residents.',
    'Did you see the crash? Police urged witnesses to get in touch by emailing appeals@harbour.police.example.',
    'Were you there? Get in touch with police on 101, the force said.',
    'Join us, the organisers wrote in a WhatsApp group, and bring a torch.',
    'Police asked anyone who had a story about the night to call them on 101.',
    'Get the flu jab now, the health board urged, before winter pressures build.',
    'The video will be shown at the inquest on Monday, the coroner said.',
    'Click to play was the name of the arcade, which closed in 1998.',
    'The video will start in cinemas next month, the studio said.',
    'Play now, pay later: the arcade’s new card lets children run up a tab.',
    'Comments made by the mayor were closed to debate by the chair.',
    'We followed the team on Facebook and YouTube for months before the final.',
    'Article content was checked by two editors before the paper went to print.',
    'License this article to other papers, the editor told the syndication desk, and the fee would be shared.',
    'Want to read more? The council has published the full report on its website.',
    'Subscribe to the idea that small towns matter, and the rest follows.',
    'Subscribe to a bus pass for £1 a day was the offer most residents rejected in the survey.',
    'The court ruled that the material may not be reproduced until the inquiry has reported, the lawyer said.',
    'Contact the council on 0800 123 456 if your bin was not collected.',
    '(The feed said the ferry was cancelled from a syndicated feed of council notices, which was wrong.)',
    'Track records of the latest news from the port show fewer ships this year.',
    'xx',
    'Facebook posted 12 comments (12) on the plan, a spokesman said.',
    'Share on Facebook was down 3% after the report.',
    'Share prices fell on Friday after the report.',
    'Twitter and Facebook said they would remove the posts.',
    'However, when you buy a ticket at the door, the club keeps the whole fee.',
    'Ticketmaster earns a commission on every resale, the regulator said.',
    'A purchase through our links to the council shop may earn the supplier a bonus, the mayor said.',
    'Brokers may earn commission from trades made through their platforms, the regulator said.',
    'The agency earns a commission on links it sells, and in this article we explain how.',
    'See all 48 photos from the parade on our gallery page.',
    'View photos of the damage, the insurer told policyholders.',
    'The city may receive a share of sales tax from purchases made at the new mall, the council said.',
    'Jump to the end of the report and the numbers tell another story.',
    'Sellers may earn a commission on every sale, but buyers pay the fee, as this article explained last year.',
    'When you click a link in the phishing email and make a purchase, the scammers receive a small payment, police said.',
    'If you buy through the app, the company said, we may receive a refund later.',
    'Publishers who follow the rules on Google News saw traffic rise, the study found.',
    'Like many on Facebook, follow-up posts by the minister drew thousands of angry replies within hours.',
    'Like most parties on Facebook, the PTI follows a strict schedule for its news updates, officials said.',
    'Add the feed to your reader to follow the harbour council.',
    'The critics gave the album a rating of 5.',
    'Its rating fell to 3 out of 5 after the update.',
    'Print the recipe card and keep it by the oven, she said.',
    'Text SMS to the number on the flyer to save your seat, the club said.',
    'The pie won 4 from 14 judges at the county fair.',
    'Calories matter less than sleep, the study found.',
    'From magazine issue to magazine issue, the editor kept the same cover artist for a decade.',
    'Newspaper headlines: the paper ran three front pages on the flood that week.',
    'The print headline read: Mayor quits.',
    'Stay calm and follow the marshals on the day, the organisers said in a WhatsApp group.',
    'The header image on the council website showed the old bridge, which was demolished in 2019.',
    'Lead image rights were sold to the agency for an undisclosed sum.',
    'Do you like the new timetable? Most riders told the survey they did.',
    'Was this policy a mistake? The minister said it was not.',
    'Like many farmers, he dislikes the new rules.',
    'Ad: the council ran a notice in the paper last week, the clerk said.',
    'The text ad: a single line that the campaign paid for, the report found.',
    'In 2019 AD: the year the bridge closed is carved on the stone.',
    'Journalists: the union said its members would walk out on Monday unless the paper reversed the cuts.',
    'Reporters: three of them were detained at the border, and their footage was seized, the group said.',
    'This article is exclusive reporting by our health desk, based on 40 interviews.',
    'Researchers hope the samples will unlock the story of how the virus spread, by subscribing to no single theory.',
    'Seguir leyendo los informes llevó meses a los investigadores, dijo la fiscal.',
    'Comentarios del ministro provocaron una ola de críticas en el Congreso.',
    'Sigue pendiente la publicación del decreto en el Boletín Oficial y en el newsletter del ministerio.',
    'El canal de WhatsApp del ministerio suma 200.000 seguidores, según la cartera.',
    'Sigue siendo el político más seguido en X, con tres millones de cuentas, según el informe.',
    'Sigue abierta la investigación sobre los mensajes que el alcalde publicó en Facebook.',
    'Siga o dinheiro, disse o procurador aos jornalistas no fim da audiência.',
    'A campanha continua após a publicidade ser retirada do ar, disse a agência.',
    'O julgamento continua após o anúncio da sentença do outro réu.',
    'Contenido exclusivo para suscriptores de la plataforma llegará en mayo, anunció la empresa.',
    'Este artículo es exclusivo para socios del club, aclaró la dirigencia, y no se venderá en quioscos.',
    'L’article réservé aux abonnés a été partagé des milliers de fois sur les réseaux sociaux.',
    '¿Ya tienes una cuenta en el banco? La pregunta llega por mensaje de texto, advierte la policía.',
    'Já é assinante? A pergunta do golpista vinha por mensagem, segundo a polícia.',
    'Tiempo de lectura: 3 minutos por día recomiendan los docentes para los alumnos de primaria.',
    'Escuchar la noticia en la radio fue un alivio para las familias, dijo la vecina.',
    'Ouvir a matéria do repórter foi o que convenceu o juiz, segundo a defesa.',
    'Video recomendado por el ministerio a los docentes, la guía se distribuyó en marzo.',
    'Recommended videos from the agency were shown to every new driver, the report said.',
    '“Nunca abras un enlace que llegue en tu correo sin comprobar quién lo envía”, aconsejó la policía a los jubilados.',
    'Apuntaron a la newsletter del ministerio como origen del bulo, según la investigación.',
    'Los vecinos se unieron al grupo de WhatsApp del barrio para organizar la colecta.',
    '“Suscríbete a nuestro canal de WhatsApp”, decía el mensaje falso que recibieron los jubilados.',
    'Para comentar la medida, el ministro convocó a una conferencia de prensa en la Casa Rosada.',
    'Compartir en redes sociales fotos de menores está prohibido por la nueva ley.',
    'Foto: la imagen que el fiscal mostró en la audiencia fue tomada en 2019, según los peritos consultados por este diario.',
    'EFE informó que el presidente viajará el lunes a Bogotá.',
    'Más noticias falsas circularon tras el sismo, advirtió Protección Civil.',
    'Recibe el premio quien haya publicado en el Boletín Oficial antes del lunes.',
    'El Boletín Oficial publicó el decreto en tu correo de la mañana, bromeó el ministro.',
    'Cet article est réservé aux abonnés du club, qui paient 40 euros par an.',
    'Il vous reste 74% de la somme à rembourser, a répondu la banque.',
    'Commenting on this article is available to subscribers, the paper said, which angered readers.',
    'The match kicked off at 19:45 / 20:45 CET, and the hosts scored within minutes.',
    'Envie de lire la suite de son roman, elle a acheté le deuxième tome.',
    'Readers can try the app free for one month with unlimited access, the company said, before a fee applies.',
    'Listen to the article’s author read it on our podcast next week, the editors said.',
    'An earlier version of this article was published in the spring edition of the magazine.',
    'Ad feedback from readers was mostly about the size of the banners, the editor said.',
    'The paper agreed to republish our articles for free, the editor of the student weekly said.',
    'Republish our articles? Only with written permission from the university, its lawyers replied.',
    'We welcome your thoughts, the dean told faculty in a letter to the editors of the campus paper.',
    'We welcome scrutiny, and we have nothing to hide from any regulator.',
    'Have the trustees read the report? Several wrote a letter to the editor demanding an answer.',
    'Register to continue receiving benefits, the agency told claimants in a letter.',
    'Already registered voters do not need to do anything before the election.',
    'Sign up now for free access to the pool, the council urged residents on Monday.',
    'Create your free account on the city portal, the notice said, to book a slot.',
    'Please register to vote by Friday, the county clerk told students at the fair.',
    '记者从住房和城乡建设部获悉，记者陈晓雨在现场拍摄了照片。',
    '研究チームは、夜間の様子を撮影した。',
    '시는 행사 사진을 시민들에게 무료로 제공했다.',
    '编辑部表示，责任编辑制度将在明年全面推行。',
    '市府表示，民眾點此連結即可查詢補助資格。按此計算，每戶每年可省下三千元。',
    '広告業界では、テレビ離れが進んでいる。',
    '관련 기사를 쓴 기자는 징계를 받았다.',
    '这些相关新闻引发了网友的广泛讨论。',
    '住民らはシェアハウスの運営を始めた。',
    '法院认定，被告未经许可转载他人作品，构成侵权，判令其赔偿损失。出版社表示将继续维护作者的合法权益，并呼吁平台加强审核，防止类似事件再次发生。此案在业内引起广泛关注。',
    '会議は2分で終わった。',
    'Consultez le dossier médical de votre enfant avant la rentrée, conseille le pédiatre.',
    'Consultez notre dossier : la ministre a promis une réponse avant Noël, mais rien ne bouge.',
    "Quel est votre avis sur la réforme ? a demandé la journaliste au ministre, qui n'a pas répondu.",
    'Les parents sont-ils prêts ? Les syndicats en doutent et réclament un plan de rattrapage.',
    'Ils se sont abonnés au service dès son lancement, à partir de 1 € par mois, raconte la gérante.',
    '« Le message arrive dans votre boîte mail », a expliqué la responsable de la plateforme aux usagers.',
    '',
    'Подписывайтесь на наш канал в Telegram, — призвал мэр жителей города во время прямой линии.',
    'Следите за новостями в Telegram-канале мэрии, сообщили в администрации.',
    'Підписуйтесь на петицію, закликав депутат у Telegram.',
    // A story's sentence about comments being closed names who closed them or why at length.
    'Comments on this story are now closed after the judge ordered the paper to remove them, the editor said.',
  ])('should keep the prose line "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
  it.each([
    'Not sure where to go when you get sick or hurt? Here is what doctors say. (Video: The Washington Post)',
    'Crews clear debris on Main Street on Tuesday. (Photo: Ann Lee/Harbour Ledger)',
  ])('should read the caption closing on its bracketed credit %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The council published the footage (video of the meeting is on its website) after residents asked for it.',
    'She kept every picture (photos: 212 of them, all of the harbour) in a box under the bed.',
    'The exhibit runs through May (photography: free on Sundays).',
  ])('should keep the story’s line with a bracket %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it.each([
    "Editor's note: This is a recurring post, regularly updated with new information and offers.",
    'Editor’s note: This guide is regularly updated with the latest lounge rules.',
    "Editor's note: Some offers mentioned below are no longer available.",
    'Editor’s Note: This is the third article in “Deep Magazines,” a series on the industrial foundations of military power. Read the series introduction and the second installment.',
    "Editor's note: This essay is part of a series on the future of the reserve forces.",
    "Editor's note: This story is part two of our series on base housing.",
  ])('should read the standing affiliate or series note %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    "Editor's note: This story has been updated to include comment from the ferry operator.",
    "Editor's note: The inn's owner is a former Travel + Leisure contributor.",
    "Editor's note: This is the third time the Army has delayed the series of tests.",
    "Editor's note: This article is part of the record of the hearing and has been edited for length.",
  ])('should keep the editor’s note on this story %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it.each([
    'This commentary originally appeared on The Harbour Review on November 12, 2026.',
    'This commentary originally appeared on The Harbour Review on November 12, 2026. Commentary gives institute researchers a platform to convey insights based on their expertise.',
    'This op-ed was first published in the Coast Gazette on 3 March 2026.',
    'Contributors',
    'Authors',
    'Experts',
  ])('should drop the think-tank note or people label %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'This commentary originally appeared to please nobody, the editor admitted on Monday.',
    'This column first appeared in a student newsletter, and it has grown into a book.',
    'Contributors to the fund include the harbour trust and two banks.',
    'Authors of the report said the figures were provisional.',
    'Experts warned that the sea wall would not be enough.',
  ])('should keep the prose line %j that looks like a think-tank note', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it.each([
    'This article originally appeared in the March 2026 issue of Prairie Monthly with the headline “Dry Creek.” Subscribe today.',
    'This story was produced in partnership with the Valley Courier.',
    'This article was produced for the Harbour Trust’s Local News Network in partnership with The Coast Ledger. Sign up for our newsletter to get stories like this one.',
    'This investigation was published with support from the Pulitzer Center.',
    'This story was co-published with The Texas Tribune.',
    'This article is a collaboration between the Harbour Ledger and the Coast Post.',
    'This article first appeared on The Canyon Current and is republished here under a Creative Commons license.',
    'Republished with permission from The Valley Ledger.',
    'Reprinted with permission.',
    'Used with permission.',
    'Stateline is part of States Newsroom, a national nonprofit news organization focused on state policy.',
    'This story was originally published by Statehouse Wire and is republished under a Creative Commons Attribution-NoDerivatives 4.0 license.',
    'This story was produced by Heartland Health Desk, a reporting collaboration of public media newsrooms covering health.',
    'This story about rural math teachers was produced by The Harbour Report, a nonprofit, independent news organization focused on education.',
    'This article was published by Coast Health News, a national newsroom that produces in-depth journalism about health.',
    'Do you have information about medical care in a jail or prison? Contact us at tips@ledger.example.',
    'Have a tip about a nursing home? Email us.',
    'Did you work at the plant? We want to hear from you.',
    'Know something about this story? Reach out securely on Signal.',
    'Know of another business opening or closing for Thanksgiving? Let us know in the comments or email ann.lee@patch.example.',
    'Do you know of a pool that opens this weekend? Let us know at news@ledger.example.',
    'Know of something we missed? Send tips to food@citymag.example.',
    'Have you spotted a new restaurant in your neighborhood? Send us your tips at eats@citymag.example',
    'Longreads is funded by readers like you. Become a member and help us keep publishing stories like this one.',
    'This work is made possible by listeners like you. Give now.',
    'We’re funded by readers like you.',
    '• Follow the Features desk on X at @ledgerfeatures, listen to our podcast here and sign up to the weekly features email here.',
  ])('should read the longform feature note %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The report was produced in partnership with the city and two universities.',
    'This story was produced by the Ledger’s data team over six months of interviews.',
    'This story was reported by Ann Lee, a freelance writer based in Ohio.',
    'This story originally appeared on ZDNet under the headline "Ferry apps compared".',
    'Reprinted with permission from the family, the letter reads: "We forgive him."',
    'The photos were used with permission from the museum, which owns the collection.',
    'The clinic is part of Harbour Health, a national nonprofit network, the director said.',
    'This photo first appeared in the Ledger and was republished by dozens of sites without credit.',
    'The report was produced by the Urban Institute, a nonprofit research group in Washington.',
    'This story was produced by Ann Lee, a nurse who volunteered at the clinic, and her daughter.',
    'The project was funded as part of a state program, the mayor said.',
    'This article appeared to contradict the minister’s account.',
    'Follow the money, the auditor told the committee, and you will find @ledger on every invoice.',
    'Follow Ann Lee on X at @annlee.',
    'The study was co-published with researchers in Oslo.',
    'This partnership is a collaboration between the port and the city, the mayor said.',
    'Do you have a favourite stuffing recipe? Let us know in the comments!',
    'Know of another store opening early? Let us know in the comments below.',
    'Have you seen the missing dog? Send tips to findrex@mail.example, the owner wrote in a post.',
    'Know of a good dumpling shop? Send tips to the food desk, which reads every one.',
    'Have you seen the dog? Let us know, her owner wrote in a post that was shared 4,000 times.',
    'Did you vote? Contact with voters fell by half, the survey found.',
    'Are you surprised? I was, when the council called us back.',
    'The clinic is funded by donors like the Harbour Trust, its director said.',
    'The shelter is supported by people like Ann Lee, who gives every month.',
  ])('should keep the story line %j that only looks like a feature note', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it.each([
    'This article was generated from an automated news agency feed without modifications to text.',
    'This story is auto-generated from a syndicated feed.',
    'Click here to join Harbour Express on WhatsApp and get latest news and updates',
    'Read Time: 2 mins',
    'Reading time: 4 minutes',
    'SHORT SUMMARY',
    'Quick summary:',
    'Follow Us',
    'NewsGuard Follow Us',
    'AA +Text Size Comments (4)',
    'A+ A- Share Email',
    'Facebook X LinkedIn WhatsApp Reddit Text Size Google News',
    'This is a Premium article available exclusively to our subscribers. To read 250+ such premium articles every month',
    'This is a premium story.',
    'Stay updated with the latest Pune news on The Daily. Follow us on Google News.',
  ])('should read the Indian portal furniture line %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The figures were generated from an automated feed that the agency maintains for its clients, officials said.',
    'This feed was generated from the agency’s own wire, the editor said.',
    'Click here, the clerk said, to join the queue for the council meeting.',
    'Read time is the biggest complaint of readers who switch to audio books, the survey found.',
    'Summary',
    'This is a premium story about the subscribers who left the club, and why they went.',
    'Stay updated, the minister told officials. Follow the rules on masks in hospitals.',
    'Follow us, the protesters shouted as they marched towards the secretariat.',
    'The ministry set a new font size for warnings on medicine packs, AA Pharma said.',
  ])('should keep the story line %j that only looks like portal furniture', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
  it.each([
    'Subscribe to Harbour Weekly wherever you get your podcasts.',
    'Subscribe to the Harbour Six podcast for daily breakdowns of every game on the slate. Listen on Apple Podcasts',
    'Subscribe to the Up Harbour podcast on Apple Podcasts or Spotify.',
    'Listen and follow Harbour Weekly on Apple Podcasts, Spotify or wherever you listen.',
    'Rate and review the show wherever you get your podcasts!',
    'Listen now',
    'Download',
    'Embed',
    'Listen · 4:12',
    'Listen to our podcasts',
    'Want a quick and expert briefing on the biggest news stories? Listen to our latest podcasts to find out what you need to know.',
    'Inside Harbour, Harbour Weekly and more: listen now',
    'Highlights from every match: watch here',
    'Podcast production by Ann Lee and Bo Ek.',
    'Want more Harbour Weekly? Join Harbour Plus to listen ad-free and get bonus episodes every week. Sign up now',
    'Subscribe to Harbour Premium to watch ad-free.',
    'Audio engineering by Mia Holt, Jo Park and Lee Anh Tran',
    'Want next-level safety, ad-free? Unlock hyperlocal storm alerts when you subscribe to Harbour Premium+ on our app.',
    'Want the forecast without the ads? Get minute-by-minute rain alerts if you upgrade to Harbour Pro.',
    'Try it free for 14 days',
    'Try Harbour Premium free',
    'Try it for free',
    'This article originally appeared in German in issue 12/2026 (March 20th, 2026) of Harbour Magazin.',
    'This interview originally appeared in Dutch in print issue 7 of the Haven Review.',
  ])('should read the podcast, player or translation note %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Follow the money wherever you find it, the auditor told the council.',
    'Listen to the podcast wherever you like, but the mayor will not change his mind.',
    'Subscribe to the podcast, the host told listeners, and you will hear the full interview.',
    'Subscribers to the club podcast heard the news first.',
    'Download speeds in the village doubled after the new cable was laid.',
    'Listen now, the coach told his players, because nobody will say it twice.',
    'The mayor had one message for the council: listen now, or lose the harbour.',
    'He told the crowd: "Listen now."',
    'Listen to our podcasts, the station told advertisers, and you will reach 50,000 people a week.',
    'Want to hear what the mayor said? Listen to our podcasts, the station told advertisers.',
    'Embedded reporters followed the unit for three weeks.',
    'Podcast production by hand takes longer than anyone thinks.',
    'Join the library to get free access to the archive, the council said.',
    'Subscribers can now listen ad-free, the company said, after complaints from listeners.',
    'Want to know when the sirens sound? The county sends text alerts when you sign up, the emergency manager said.',
    'Want a cheaper bill? Most households save about $80 a year if you switch to the new tariff, regulators say.',
    'Try it free for a week, the gym owner told new members, and most of them stay.',
    'Try the soup free of charge.',
    'Show production by the school drama club raised $4,000 for the library.',
    'The article appeared in German newspapers in the issue of 1989, the archivist said.',
  ])('should keep the story line %j that only looks like a player or podcast note', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it.each([
    'Click here to download our app and get breaking news alerts on your phone.',
    'Report a typo',
    'Click here to report a typo. Send us your news tips here.',
    'Report an error',
    'Get the latest local news on the go. Download the NewsBreak app',
    'Download the free Harbour News app now.',
    'Read this story in the SmartNews app',
    'Open App',
    'Open in app',
    'Send your stories and photos now',
    'Send us your news and pictures',
    'Share your news, photos and videos with us',
    'Are you a rail trail fan? Share your photos with CNN iReport',
    'Were you there? Send your pictures to BBC News',
    'Share your stories with iReport',
  ])('should read the station line %j under a story as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Download our app, the mayor urged residents at the meeting, and sign up for flood warnings.',
    'Report a typo in the ballot to the county clerk before Friday, officials said, or the count could be delayed.',
    'Residents who report an error on their tax bill can ask for a hearing.',
    'Residents can download the city’s parking app.',
    'The council voted to build it. Download figures for the app were not released.',
    'Open the app, she said, and the map shows every free space.',
    'Send your photos to the police, officers urged.',
    'Share your stories with the oral history project by the end of May.',
    'Share your photos with friends and family.',
    'Were you at the festival? Send your videos to Essex Police.',
    'Are you a member? Share your photos with Lee, the club secretary, who is making an album for the anniversary.',
  ])('should keep the story line %j that only looks like a station line', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it.each([
    'Originally Published -- 6:14 AM PT',
    'Originally Published — November 28, 2026 9:14 AM PST',
    'Originally published: Nov. 28, 2026',
    'Keep reading for all the stars who walked the red carpet.',
    'Keep scrolling to see the photos!',
    'Scroll down for more pictures',
    'Continue reading to find out who made the list:',
  ])('should read the celebrity-site closing line %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Originally published in 1851, the novel sold fewer than 3,000 copies in its author’s lifetime.',
    'Originally posted 01:17 PM ET 11.12 by Flea Biscuit',
    'Keep reading, she told the class, because the ending changes everything.',
    'Keep reading for pleasure, the librarian said.',
    'Scroll down to see the full list, the app tells users, though few do.',
    'Scroll through any feed and you will see the same three songs.',
  ])('should keep the story line %j that only looks like a closing stamp or gallery lead-in', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it.each([
    'Us Weekly has affiliate partnerships so we may receive compensation for some links to products and services.',
    'Food & Wine may receive compensation for some links to products and services on this website. Offers may be subject to change without notice.',
    'Get the Hydro Flask 32 oz Wide Mouth Bottle for $44.95 at Amazon! Please note, prices are accurate at the date of publication and are subject to change.',
    'Get the Five-Minute Gratitude Journal for $19.99 at Amazon!',
    'Please note, prices are accurate at the date of publication and are subject to change.',
    'See it!',
    'Buy It!',
  ])('should read the shopping-card line %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The retailer has affiliate partnerships with three banks, the filing shows.',
    'Get the kids to school for $2 a day at most, the mayor promised, and parents will vote for you.',
    'Fans could get the limited vinyl for $40 at the merch stand, but it sold out in an hour.',
    'See it! Believe it! The banner over the stage said it all.',
    'The charity may receive compensation for the flood damage to its shop on Mill Street.',
    'Growers may receive compensation for links to products they never made, the lawsuit argues, if the court agrees.',
  ])('should keep the story line %j that only looks like a shopping-card line', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it.each([
    'Jordan Bell2 hours ago11:10 PM',
    'Ann Lee · 5 mins ago',
    'Pinned post',
    'There are new updates. Click to view.',
    '3 new posts',
  ])('should read the live blog post byline or stream control %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '- Advertisement -',
    '– Advertisement –',
    'The post Synagogue archivists race to digitize century-old congregation records appeared first on Jewish Wire Agency.',
    'The post Bishops approve new retreat rules appeared first on Catholic Wire Agency',
    'You have read 2 of 3 free articles this month.',
    'You have 1 free story left this month.',
    'Donate',
    'Our mission is the truth. Join us! Your monthly donation will help our team continue reporting the truth, with fairness and integrity.',
    'Independent Jewish journalism depends on readers. Please consider making a tax-deductible gift today.',
  ])('should drop the ad label, meter, donation appeal or feed syndication line %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The post appeared first on Facebook, where it was shared ten thousand times before it was removed.',
    'The post office he ran for thirty years appeared first on a list of closures.',
    '- Advertisement spending by churches rose by a third, the survey found.',
    'Read more about the Book of Isaiah in the parish library, the pastor told the congregation.',
    'Readers have read 2 of 3 free articles on the site by the time they subscribe, the survey found.',
    '“Your donation will help our shelter feed families this winter,” the pastor told the congregation.',
    'Donated coats were handed out after the service on Sunday.',
    'Please consider the lilies of the field, how they grow; they toil not, neither do they spin.',
  ])('should keep the story line %j that looks like an ad label, meter, appeal or syndication line', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it.each([
    '1:14 P.M. EST',
    'The deadline is 9:42 p.m. ET on Friday.',
    'Police said 2 hours ago that the road was closed.',
    'Pinned post office boxes were left at the depot.',
    'There are new updates to the evacuation map every hour.',
  ])('should keep the story line %j that only looks like a live blog stamp', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
  it.each([
    'Ir al contenido',
    'Saltar al contenido principal',
    'Pular para o conteúdo',
    'Aller au contenu',
    'Zum Inhalt springen',
    'Lee esta nota en inglés.',
    'Read this story in Spanish',
    'Leer en español',
    'Este artículo fue traducido del inglés por el personal de el Nuevo Herald. Lea la versión original en el Miami Herald.',
    'This story was translated from Spanish by Ann Lee.',
    'Lea más aquí:',
    'Relacionado:',
    'Noticias relacionadas',
    'Compartir Tuitear Enviar',
    'Facebook X Correo',
    'Descarga la app de Telemundo 51 para recibir alertas de tráfico y noticias locales en tu celular. Descárgala aquí.',
    'Apoya el periodismo independiente en español. Frontera Abierta es una redacción sin fines de lucro. Dona hoy y ayúdanos a seguir informando.',
  ])('should read the US Spanish-language site furniture line %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'This story also appears in Climatewire.',
    'This article also appeared in E&E Daily and Energywire.',
    'Sharelines from this story',
    'Click to tweet',
    'Tweetables:',
  ])('should read the sister-publication note or share-box label %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Ir al contenido de la reunión fue imposible para los periodistas, que esperaron afuera.',
    'Read in English, the letter reads as a plain warning to the council.',
    'La carta fue traducida del inglés por un voluntario de la parroquia.',
    'The letter was translated from Spanish by a court interpreter, the judge said.',
    'Lea más aquí sobre cómo solicitar la ayuda: el formulario está en el portal del condado y en las bibliotecas.',
    'Relacionado con la obra, el concejo aprobó también un nuevo semáforo.',
    'Enviar correo a la oficina del alcalde fue la única respuesta que recibieron los vecinos.',
    'El condado pidió a los vecinos descargar la app de emergencias para recibir alertas de evacuación.',
    'La fundación apoya el periodismo local con becas y pidió a las empresas que donen equipos a las radios comunitarias.',
  ])('should keep the story line %j that only looks like US Spanish-language site furniture', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on Central and Eastern European templates', () => {
  it.each([
    '- Advertisement -',
    '— ADVERTISEMENT —',
    'Main image credit: Shutterstock',
    'Featured photo credit: Ann Lee/Reuters',
    'Feature image: Ana Brill, via Unsplash',
    'Story by Irina Kravtsova. Translation by Sam Breazeale.',
    'Translated by Bo Ek',
    'Translation by Ann Lee and Bo Ek.',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '- Advertisement spending in Poland rose by 8% last year, the regulator said.',
    'The main image of the campaign, a smoking chimney, was credited to a local photographer.',
    'Feature image rights were sold separately from the film, the studio said.',
    'The book was translated by volunteers into 12 languages within a month of its release.',
    'Story by story, the archive was translated by students from Kraków.',
    'Translation by machine is still banned in court documents, the ministry said.',
  ])('should keep the prose line "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on Central and Eastern European labels', () => {
  it.each([
    'Čtěte také',
    'Čítajte aj:',
    'Читайте також',
    'Citește și',
    'Pročitajte i:',
    'Preberite tudi',
    'Publicitate',
    'Hirdetés',
  ])('should drop the label "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Čtěte také poznámky pod čarou, radí autor knihy čtenářům.',
    'Publicitatea negativă a afectat vânzările companiei anul trecut.',
    'Читайте також, що пишуть місцеві газети, порадив мер.',
  ])('should keep the prose line "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on environment newsroom templates', () => {
  it.each([
    'This story also appears in the report’s appendix, which the agency released on Monday.',
    'This story originally appeared on Greenwire under the headline “Methane rule moves ahead.”',
    'Sharelines of fishing boats crowded the quay before dawn.',
    'Click to tweet buttons were added to every story in 2014, the editor said.',
  ])('should keep the story line %j that only looks like a sister-publication note or share label', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on German-language (DACH) news templates', () => {
  it.each([
    'Dieser Artikel erschien zuerst bei der Neuen Presse.',
    'Der Beitrag ist zuerst im Tagesspiegel erschienen.',
    'Ein Artikel aus der «NZZ am Sonntag»',
    'Ein Artikel aus der Neuen Presse',
    '(Theresa Lindner, 27.11.2026)',
    '(red, APA, 27.11.2026)',
    'Weiterlesen mit +',
    'Jetzt weiterlesen mit SZ Plus',
    'Ihr Zugang zu allen Artikeln: Jetzt 1 Monat für 1 € testen, danach monatlich kündbar.',
    'Sie sind bereits Abonnent? Hier anmelden',
    'Jetzt testen',
    'Passend zum Artikel',
    'Das könnte Sie auch interessieren',
  ])('should read the note, paywall or related-stories line %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Dieser Artikel erschien zuerst bei der Neuen Presse, bevor er im ganzen Land Schlagzeilen machte und den Stadtrat beschäftigte.',
    'Ein Artikel aus der Zeitung hat im Rathaus für Aufregung gesorgt.',
    'Passend zum Artikel über die Bahn veröffentlichte die SBB am Abend eine Karte der Sperrungen.',
    'Der Bürgermeister verwies auf seine Rede (Stadtrat, 27.11.2026) und blieb bei seiner Haltung.',
    'Weiterlesen mit dem Fahrrad ist im Zug nicht möglich, sagte die Sprecherin.',
    'Viele Leser wollten das Angebot einen Monat für 1 Euro testen, heißt es beim Verlag.',
    '„Sie sind bereits Abonnent?“, fragte die Frau am Telefon, bevor sie auflegte.',
  ])('should keep the story line %j that only looks like a German note or paywall line', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on Dutch and Flemish templates', () => {
  it.each([
    'Bekijk ook',
    'Bekijk ook:',
    'Kijk ook',
    'Bekijk hier de video',
    'Bekijk de video hieronder',
    'Kijk hier de beelden',
    'Speel video af',
  ])('should read the watch-also label or video player line %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Bekijk ook de plannen van de gemeente, zei de wethouder, voordat u een oordeel velt.',
    'Bekijk de video van de raadsvergadering, zei de wethouder, dan ziet u wie er loog.',
    'Kijk de beelden nog eens terug en je ziet dat de scheidsrechter gelijk had, vindt de trainer.',
    '"Bekijk hier de video", stond er in het bericht dat de oplichters rondstuurden.',
  ])('should keep the story line %j that only looks like a Dutch watch label', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on game recaps and match reports', () => {
  it.each([
    'Harbourside (4-2-3-1) Okafor; Reyes, Whitmore, Banda, Holt; Marsh (Kerr 74), Lowe; Price, Daly (Quinn 81), Sato; Okonjo. Subs not used Fenwick, Ashby, Mole.',
    'Ashford Rovers: Pell; Grant, Osei, Mills, Kane; Tuck, Bright (Lowry 70), Shaw; Dale, Harper (Nash 75), Fox.',
    'Subs not used: Crane, Evans, Holder, Pike.',
    'Booked Whitmore, Marsh.',
    'Referee Peter Bankes. Attendance 41,212.',
    'Referee: Martin Clay (Kent). Attendance: 4,812.',
    'Team 1 2 3 4 T',
    'Sacramento 24 27 28 33 112',
    'The scorers:',
    'Tries: Adeyemi 2, Penrose, Callaghan',
    'Cons: Whitlock 4',
    'Pens: Harte 2, Kerr',
    'Yellow Card: Rhys Dunmore (Ashdown, 43)',
    'Northbridge: 15 Evan Morley, 14 Kit Sandford, 13 Luca Ferreira, 12 Matt Doherty, 11 Tobi Adeyemi, 10 Tom Blakely, 9 Dylan Whitlock, 1 Josh Kemble, 2 Harry Lund, 7 Max Ashworth (c), 8 Liam Okoro',
    'Replacements: 16 Jonah Pike, 17 Ollie Brennan, 18 Ravi Patel, 19 Cian Doyle, 20 Jack Callaghan',
    'Assistant Referees: Martin Yeo, Paul Grady',
    'TMO: Stuart Benn',
    'Ficha técnica',
    "Rivera: Pazos; Lema, Ocampo, Brea, Souto; Iglesias, Ferro (Lamas, 70'); Vidal, Castro (Roca, 62'), Ibáñez; Mena.",
    "Almenar: Rubio; Pardo, Gil, Cuesta, Mora; Pons, Alcalde; Quiroga (Sanz, 75'), Llera, Reyes (Vila, 80'); Ortega.",
    'Goles: 0-1, min. 31: Quiroga. 1-1, min. 57: Vidal. 2-1, min. 88: Lema.',
    'Árbitro: Luis Sotelo Ruiz (Comité Gallego). Amonestó a Brea, Ferro, Pons y Cuesta.',
    'Estadio: Los Álamos. 11.430 espectadores.',
  ])('should read the team sheet, match fact or score row %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '— Field Level Media',
    '-- The Associated Press',
    '— Reuters',
    'Get more NBA coverage: https://apnews.com/hub/nba',
    'AP NHL: https://apnews.com/hub/nhl',
    "More AP women's college basketball: https://apnews.com/hub/womens-college-basketball and http://twitter.com/AP_Top25",
    'More AP NFL: https://apnews.com/hub/NFL and https://twitter.com/AP_NFL',
    'Updated',
    'Last updated:',
  ])('should read the wire credit, hub link or time-stamp label %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Referee Peter Bankes awarded a penalty after a long VAR check.',
    'Booked on a late flight to Dallas, the team arrived at dawn.',
    'Attendance at the game was 41,212, the lowest of the season.',
    'Goals from Smith and Jones sealed it before half-time.',
    'The tour visits Dallas; Houston; Austin, Texas; and Denver.',
    'In 2024 the club scored 12 14 16 18 goals in its four cup runs.',
    '— Ann Lee',
    'Updated figures show attendance rose by a tenth.',
    'More tickets: https://tickets.example.com and the box office on Main Street, from Monday.',
    'More details are at https://example.org and in the club report.',
    'Kings: Host Denver on Sunday night.',
    'Cons: Battery, Price',
    'Cons: Heavy 2 kg frame',
    'Pens: Parker, Lamy',
    'Tries: two in the first half',
    'Replacements: none were needed.',
    'The scorers were all from the academy.',
    'TMO Stuart Benn ruled the try out after a long look.',
    'Alvorada: Santos 6, Pereira 8, Lemoine 7, Aguiar 6, Monteiro 6, Rocha 7, Vidal 7, Lopes 6. Subs: Duarte 7, Neves 6.',
    'Schedule: 9 Monday Assembly, 10 Tuesday Sports, 11 Wednesday Music',
    'Goles de Vidal y Lema dieron la victoria al equipo local.',
    'Goles: 2-1, una remontada que nadie esperaba.',
    'Árbitro: el colegiado no vio la falta de Pons.',
    'Estadio: Los Álamos se llenó para ver al equipo.',
    'Amonestó a Brea por una entrada durísima en el minuto 20.',
    'Hubo 11.430 espectadores en Los Álamos, la mejor entrada del año.',
    'La ficha técnica del coche incluye un motor de 150 caballos.',
  ])('should keep the story line %j that only looks like match-report furniture', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on print views', () => {
  it.each([
    'This copy is for your personal, non-commercial use only. To order presentation-ready copies for distribution to your colleagues, clients or customers visit https://reprints.example.com.',
    'This copy is for your personal, non-commercial use only.',
    'This article is for your personal non-commercial use only. Distribution and use of this material are governed by our Subscriber Agreement.',
  ])('should read the reprint notice %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The photographs are for your personal, non-commercial use only, the museum says, and the fine for selling them is steep.',
    '"This copy is mine," she said, holding up the first edition.',
    'The licence says the map is for personal, non-commercial use only, which the company says the app broke.',
  ])('should keep the story line %j that names personal use', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on text-only and print views', () => {
  it.each([
    'Go To Full Site',
    'Go to the full Harbour Times experience',
    'See Full Web Article',
    'View this story on the standard site',
    'Switch to standard version',
    'View full site',
    'Text-Only Version',
    'Close window',
    'Return to article',
    'Printed on Nov 28, 2026 at 6:04 am',
    'Printed on 28.11.2026',
    'Printed from quaytimes.example',
  ])('should read the view link or print stamp %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Go to the full report for the figures.',
    'See the full site plan at the town hall',
    'Printed on recycled paper, the guide is free at libraries.',
    'Return to the article of faith, he said.',
    'Close the window before the storm, officials said.',
    'The lite version of the app uses less data.',
  ])('should keep the story line %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on older table-and-font templates', () => {
  it.each([
    'Printer-friendly version | E-mail this story',
    'Printer-friendly version | E-mail this story |',
    'E-mail this story | Printer-friendly version',
    'Print this article · Send to a friend',
    'Last Updated ( Saturday, 28 November 2026 15:20 )',
    'Last modified: 11/28/2026 3:20 PM',
    'Last updated November 28, 2026 at 3:20 p.m. EST',
    'Last updated 14th October',
    'Last updated: October 14th',
    'Last updated 3 March 2021',
    'Be the first to comment on this story.',
    'Post a comment · You must be logged in to post a comment.',
    'You must be logged in to post a comment.',
  ])('should read the story tool, change stamp or empty comment box line %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Printer-friendly versions of the ballot will be mailed to every household next week, the clerk said.',
    'E-mail this story to the council, one resident urged, and see whether anyone reads it.',
    'Last updated in 2019, the flood map shows the east side well outside the hazard zone.',
    'Last updated 14 times since March',
    'Last updated 14th October, the rota now covers weekends.',
    'Last updated on Nov. 28, 2026, the county budget still lacks money for the dock.',
    'Be the first to comment, the chairman told the room, and nobody raised a hand.',
    'You must be logged in to the state portal to file the permit, Tolliver said.',
  ])('should keep the story line %j that only looks like a story tool or comment box line', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on stories split over pages', () => {
  it.each([
    'Pages: 1 2 3',
    'Page: 1 2 … 5 Next page',
    '« Previous 1 2 3 Next »',
    '1 2 3 Next',
    'Next page: What the island lost »',
    '« Previous page: A boat nobody wanted',
    'Continued on page 2',
    'Continue reading on the next page',
    'Continued from page 1',
    'View as single page',
    'Read on one page',
    'Single page view',
    'View as single page Print',
    'This story was produced by Lantern Guides and reviewed and distributed by Stacker.',
    'This story originally appeared on Lantern Guides and was produced and distributed in partnership with Stacker Studio.',
  ])('should read the pager, single-page link or syndication line %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '1 2 3',
    '12 14 9 21',
    'Pages 1 through 3 of the report were blacked out, the lawyer said.',
    'Next page: the council will read the ledger aloud. Then it votes.',
    'Continued on page 2 of the ballot, the measure asks voters to raise the levy.',
    'The clerk asked the board to view the map as a single page before voting on it.',
    'The report was produced by the county and distributed to every school in the district.',
    'The leaflet was produced by volunteers and distributed by the church.',
  ])('should keep the story line %j that only looks like one', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on government newsroom pages', () => {
  it.each([
    'Top of page',
    'Back to top',
    'Return to top ↑',
    'News release',
    'Press Release',
    'MEDIA RELEASE',
    'Media advisory:',
    'FOR IMMEDIATE RELEASE',
  ])('should read the release label or page link %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Back to top form, the striker scored twice before half-time.',
    'Top of the page was a photo of the mayor, Ellis said.',
    'News release dates moved to Friday after the outage.',
    'The press release was sent to 40 outlets the same morning.',
    'For immediate release of the funds, the council needs a second vote.',
  ])('should keep the story line %j that only looks like a release label', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on infinite-scroll news templates', () => {
  it.each([
    'Advertisement Hide Ad',
    'Advertisement\u00a0Hide Ad',
    'Get in touch with our news team by emailing us at webnews@metro.co.uk.',
    'For more stories like this, check our news page.',
    'Our journalism needs your support. Please subscribe today to NJ.com.',
    'Newsweek Is A Trust Project Member',
    'A member of the Trust Project',
    'Do you have a tip on a science story that Newsweek should be covering? Do you have a question about wildlife? Let us know via science@newsweek.com.',
    'Do you have a tip about a local story? Email us at tips@harbourtimes.com.',
  ])('should drop the template line %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The advertisement was hidden from viewers in Scotland after complaints, the regulator said.',
    'Police urged anyone with information to get in touch with detectives at Leith on 101.',
    'Get in touch with our team, the charity said, if you need help with heating bills this winter.',
    'For more stories like this, readers wrote to the editor in their hundreds.',
    'Our journalism needs your support, the editor wrote in a letter to readers announcing the paper would close.',
    'The Trust Project member sites agreed on eight indicators in 2017, said its founder.',
    'Do you have a tip on how to keep pipes from freezing? Plumber Ann Lee says to leave a tap dripping overnight.',
  ])('should keep the story line %j that only looks like an infinite-scroll template line', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on syndicated advice columns', () => {
  it.each([
    'DISTRIBUTED BY ANDREWS MCMEEL SYNDICATION FOR UFS',
    'Distributed by King Features Syndicate, Inc.',
    'DISTRIBUTED BY CREATORS.COM',
    '© 2026 Ann Lee. Distributed by Tribune Content Agency, LLC.',
    'COPYRIGHT 2026 ANN LEE DISTRIBUTED BY HARBOUR FEATURES SYNDICATE',
  ])('should read the syndication footer %j as boilerplate', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Distributed by a syndicate to more than 400 papers, the column drew thousands of letters a year.',
    'The column is distributed by King Features Syndicate, the editor said.',
    'Distributed by volunteers, the food parcels reached 300 families.',
    '-- CAUGHT IN CINCINNATI',
  ])('should keep the line %j that only looks like a syndication footer', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on a long page’s chart and section links', () => {
  it.each([
    'Get the data',
    'Download this chart',
    'Download this table',
    'Download the data (CSV)',
    'Back to table of contents',
    'Back to top',
    'Return to contents ↑',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Get the data right and the policy follows, the statistician said.',
    'Download the data and you will see the same pattern in every region.',
    'Back to the table of contents of the 1998 report, the committee found nothing on rail.',
  ])('should keep the prose line "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on a data story’s closing notes', () => {
  it.each([
    'Note: Here are the questions used for this analysis, along with responses, and its methodology.',
    'Acknowledgements: I would like to thank Ama Castellanos for her comments on drafts of this article.',
    'Have a story about emergency response in your community? Email tips@bayledger.org.',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Note: the questions changed in 2022, so the figures are not comparable, the centre said.',
    'The acknowledgements page thanks forty volunteers by name.',
    'Have you seen the new map? The council published it on Monday with every bus stop marked.',
  ])('should keep the prose line "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on podcast episode pages', () => {
  it.each([
    'Learn more about your ad choices. Visit megaphone.fm/adchoices',
    'Learn more about your ad choices. Visit podcastchoices.com/adchoices',
    'See omnystudio.com/listener for privacy information.',
    'Hosted on Acast. See acast.com/privacy for more information.',
    'This program aired on November 24, 2026.',
    'This segment aired on 24 November 2026.',
    'Podcast: Play in new window | Download (Duration: 47:12 — 43.3MB) | Embed',
    'Podcast (video): Download (Duration: 12:03 — 80.1MB)',
    'Listen on Spotify',
    'Follow on Apple Podcasts',
    'Available on Amazon Music',
    'This episode is brought to you by Kessler Seed & Supply. Family-owned since 1952, Kessler has the cover crop mixes your ground is asking for.',
    'Today’s show is sponsored by Larkspur Yarns. Use the code MENDING for free shipping.',
    'Enjoying the show? Leave us a rating on Apple Podcasts and tell a neighbor about us. It really does help.',
    'Please leave us a five-star review on Spotify.',
    'Loving the podcast? Please leave us a review.',
    'Listen to Long Division ad-free and get bonus episodes with Lantern+. Start your free trial on Apple Podcasts.',
    'Long Division is produced by Lantern Audio. Our producer is Ama Reyes-Holt. Our editor is Jules Baptiste. Engineering by Pax Okonjo.',
    'Back Forty Radio is produced by Prairie Hollow Media. Edited by Sam Okafor. Music by The Dry Creek Band.',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Learn more about your choices at the polling station, the clerk said.',
    'This program aired on November 24, 2026, and drew more calls than any show this year.',
    'Podcast: a word nobody used twenty years ago.',
    'Listen on Spotify to the new album and you will hear the harbour in every song.',
    'The episode was sponsored by the tourism board, which paid $40,000, records show.',
    'This episode is brought to you by a company that the regulator fined last year, the watchdog said.',
    'Leave us a review, the cafe owner told diners, and your next coffee is free.',
    'Enjoying the show? Most of the audience was, until the second act dragged.',
    'Subscribers can now listen ad-free, the company said, after complaints from listeners.',
    'Listen ad-free on the new tier costs $4 more a month, the company said.',
    'The show is produced by a team of four. Its host grew up in the valley.',
    'The festival is produced by volunteers. Our editor is among them this year.',
  ])('should keep the prose line "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine around an automated story', () => {
  it.each([
    'If you purchase a product or register for an account through a link on our site, we may receive compensation. By using this site, you consent to our User Agreement and agree that your clicks, interactions, and personal information may be collected, recorded, and/or stored by us and social media and other third-party partners in accordance with our Privacy Policy.',
    'By using this site, you agree to our Terms of Use.',
    'Read Our Latest Stock Analysis on Halvorsen Logistics',
    'Check Out Our Latest Research Report on Halvorsen Logistics',
    'Want more high school sports coverage? Subscribe to the Courier for unlimited access to every game we cover.',
    'Get politics news in your inbox',
    'Want local headlines delivered to your inbox?',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'By using this method, you agree to nothing more than a short delay, the engineer said.',
    'Residents who use the site can consent to data sharing, the council said, but few do.',
    'Read our latest analysis, which found that rents rose in every district, before you sign a lease.',
    'Want more parks? Subscribe to the city newsletter for updates on the plan.',
    'Want more time with your kids? Subscribe to fewer activities, the counselor advised.',
    'Get scam texts and emails in your inbox? Report them to the bank, the police said.',
  ])('should keep the prose line "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on Indian-language dailies', () => {
  it.each([
    'विज्ञापन',
    'जाहिरात',
    'বিজ্ঞাপন',
    'விளம்பரம்',
    'പരസ്യം',
    'यह भी पढ़ें:',
    'আরও পড়ুন',
    'இதையும் படிக்க:',
    'மேலும் படிக்க',
    'Web Title: Zilla Parishad school students in Kolwan set up a seed bank',
    'English Summary: Kudumbashree unit in Muhamma makes coir pots to replace plastic grow bags',
    'Content Highlights: coir pots, Kudumbashree, Alappuzha',
    'हिंदी न्यूज़ वेबसाइट पर पढ़ें कानपुर समाचार। Get all Uttar Pradesh News in Hindi related to live update of politics, sports, entertainment, technology and education etc. Stay updated with us for all breaking news from Uttar Pradesh and more news in Hindi.',
    'Get all India News in Hindi related to live update of politics, sports, entertainment, technology and education etc.',
    '(সবচেয়ে আগে সব খবর, ঠিক খবর, প্রতি মুহূর্তে। ফলো করুন আমাদের Google News, X (Twitter), Facebook, Youtube, Threads এবং Instagram পেজ)',
    'ताज्या बातम्यांसाठी लोकवार्ताचे व्हॉट्सॲप चॅनेल फॉलो करा आणि Google News वर आम्हाला फॉलो करा.',
    'अमर प्रभा के व्हाट्सएप चैनल से जुड़ें और पाएं हर बड़ी खबर सबसे पहले',
    'பதிவு செய்த நாள்: நவ 26,2026 23:10 மாற்றம் செய்த நாள்: நவ 27,2026 06:02',
    'শেষ আপডেট: ২৬ নভেম্বর ২০২৬ ০৭:৪৫',
    'प्रकाशित: 26 नवंबर 2026, 09:12 PM IST',
    'Listen to this Article 1 minute Read',
    'शेअर : Facebook Twitter WhatsApp Copy Link',
    'শেয়ার করুন Facebook WhatsApp X',
    'शेयर करें WhatsApp Facebook',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // A story's sentence with the ad word in it, or the read-also words in the middle.
    'विज्ञापन पर खर्च इस साल 20 प्रतिशत बढ़ा है, कंपनी ने बताया।',
    'শিক্ষিকা বলেন, ছাত্রদের আরও পড়ুন বলা ছাড়া উপায় নেই।',
    // The search-summary words in an English story's sentence.
    'The web title of the story was changed after readers complained, the editor said.',
    'Get all the paperwork ready before the office opens, officials said.',
    // A ministry's WhatsApp channel in the news, no imperative to the reader.
    'মন্ত্রক জানিয়েছে, নতুন WhatsApp চ্যানেলে প্রতিদিন বন্যার খবর দেওয়া হবে।',
    // A date in prose, not a stamp.
    'प्रकाशित रिपोर्ट के अनुसार 26 नवंबर 2026 को बैठक होगी।',
    'Listen to this article and others in our new audio app, launched on 1 March.',
    // The share market, not a share row.
    'शेअर बाजारात आज मोठी घसरण झाली, सेन्सेक्स 800 अंकांनी खाली आला.',
    'शेयर बाजार',
  ])('should keep the prose line "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on South-east European templates', () => {
  it.each([
    '- Reklama -',
    '— Publicidad —',
    'Lexo edhe:',
    'Lexo më shumë',
    'Διαβάστε επίσης',
    '38 komentara',
    'Komentari (38)',
    'Komentarji (3)',
    '5 comentarii',
    'Urmărește știrile Digi24.ro și pe Google News',
    'Pratite nas na Facebooku i Instagramu',
    'Ndiqni Top Channel edhe në Instagram dhe YouTube për lajmet më të fundit.',
    'Ακολουθήστε μας στο Google News',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '- Reklama na billboardima zabranjena je od ove godine, rekao je ministar.',
    'Lexo edhe librin e tij të fundit, u tha mësuesi nxënësve.',
    'Komentari gradonačelnika izazvali su buru u gradskom vijeću.',
    'Urmăriți știrile pe Facebook, a declarat purtătorul de cuvânt al poliției.',
    'Pratite nas na Facebooku, rekao je načelnik općine okupljenima.',
    'Ακολουθήστε τον χάρτη του δήμου για να βρείτε τις νέες στάσεις.',
  ])('should keep the prose line "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on a nonprofit newsroom’s republishing offer', () => {
  it.each([
    'Understory articles are free to republish under a Creative Commons license.',
    'Our stories are free to republish for free, online or in print.',
    'Lakeshore Ledger articles are available to republish with attribution.',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Some articles are free to republish under a Creative Commons license, the group said in its annual report.',
    'The articles are free to read for a week.',
    'Their stories are free to republish, she said, but few papers do.',
  ])('should keep the prose line "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine: an ad label for screen readers', () => {
  it('should drop "Advertisement - scroll to continue reading"', () => {
    expect(isBoilerplateLine('Advertisement - scroll to continue reading')).toBe(true);
  });

  it('should keep a sentence that asks readers to scroll', () => {
    expect(
      isBoilerplateLine('Advertisement - scroll to continue reading, the sign said, was all the app showed.'),
    ).toBe(false);
  });
});

describe('isBoilerplateLine: an Argentine share row', () => {
  it.each([['Compartir Twittear Enviar'], ['Compartir Tuitear Enviar']])('should drop %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it('should keep a sentence about tweeting', () => {
    expect(isBoilerplateLine('Twittear desde el recinto está prohibido, recordó la presidenta del Concejo.')).toBe(
      false,
    );
  });
});

describe('isBoilerplateLine: a copy-link button’s confirmation', () => {
  it.each(['Copied heading link', 'Link copied!', 'Link copied to clipboard', 'Copied link'])(
    'should drop "%s"',
    (line) => {
      expect(isBoilerplateLine(line)).toBe(true);
    },
  );

  it.each([
    'Copied link to the council’s agenda, the clerk said, was posted late.',
    'Link copied from the school newsletter went to the wrong page.',
  ])('should keep the sentence "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine: a news hub heading under an explainer', () => {
  it.each([
    'Read our full coverage of the Alder Canyon Fire',
    'Our full coverage',
    'Complete coverage:',
    'See the latest coverage on the Ridgeway blackout',
    'Catch latest coverage of Coronavirus here.',
    'For full COVID-19 coverage from Global News, click here.',
    'For more election coverage, click here',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Our full coverage of the trial begins Monday.',
    'Full coverage of the vote will be on Channel 4 from 8 p.m.',
    'Catch the latest coverage of the match on Channel 4 from 8 p.m.',
    'For full coverage, click here and then scroll to the bottom of the page, the guide says.',
    'The network promised complete coverage of the games, the director said.',
  ])('should keep the sentence "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine: HubSpot’s first-publication stamp with its update', () => {
  it.each([
    'Originally published Nov 3, 2026 9:00:00 AM, updated November 20 2026',
    'Originally published Nov 3, 2026 9:00:00 AM',
    'Originally published March 3, 2026, last updated March 9, 2026',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Originally published Nov 3, 2026 in the Harbour Ledger, the guide has since been translated.',
    'Originally published in 1851, the novel sold poorly.',
  ])('should keep the sentence "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine: a statistical release’s pointer to its data tables', () => {
  it.each([
    'Available tables: table 46-10-0092-01.',
    'Related tables: 14-10-0287-01 to 14-10-0289-01',
    'Available data tables: 18-10-0004-01',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Available tables at the restaurant fell by a third, the owner said.',
    'Tables are available: the council has set out 40 for the market.',
  ])('should keep the sentence "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine: a WhatsApp channel pitch listing what it brings, and its join button (Nigerian dailies)', () => {
  it.each([
    'Stay informed and ahead of the curve! Follow The Punch Newspaper on WhatsApp for real-time updates, breaking news, and exclusive content. Don’t miss a headline – join now!',
    'Stay updated! Join Daily Trust on Telegram for breaking news, analysis, and more.',
    'Join The Punch Newspapers Channel',
    'Join our WhatsApp Channel',
    'Join the Nation Africa WhatsApp community',
  ])('drops: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Follow the agency on WhatsApp for updates, breaking alerts and warnings, she said.',
    'Stay informed, the minister said. Follow the ministry on WhatsApp for updates, alerts, and notices, she added.',
    'Join the union, the workers said of the Channel',
    'Join the queue for the channel ferry at Dover.',
  ])('keeps: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("isBoilerplateLine: the writer's e-mail as a labelled field under the story", () => {
  it.each([
    "Writer's email: akosua.frimpong@graphic.com.gh",
    'Author’s e-mail: ann.lee@example.com',
    "Reporter's email address: ann@example.org",
  ])('drops: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    "The writer's email: a message sent at 2am, the court heard, asked for the files.",
    "Investigators read the reporter's email: it named three officials.",
  ])('keeps: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine: a republish offer in the passive', () => {
  it.each([
    'Our stories may be republished for free under a Creative Commons license.',
    'Ledger articles can be republished online or in print.',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The photos may be republished for free, a spokesman said.',
    'Some articles can be republished for free under the new deal.',
  ])('should keep the sentence "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("isBoilerplateLine: a review site's affiliate note and pointers to its own reviews", () => {
  it.each([
    'Affiliate links on Android Authority may earn us a commission. Learn more.',
    'Links on XDA may earn us a commission.',
    'Read our full review of the Quellon Strike TKL',
    'Read our full Pixel 9 review',
    'See our in-depth review.',
    'Check out our full review here',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    "Links on the council's page may earn it a grant, officials said.",
    'Read our review, the minister said.',
    'Read our review of the year in pictures and tell us what you think about the changes.',
  ])('should keep the sentence "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("isBoilerplateLine: a review site's membership pitch for early access", () => {
  it.each([
    'This review is supported by Insiders. Become an Insider to get early access to our reviews.',
    'Become a member to get early access to new episodes',
    'Become a Patron to unlock exclusive access to our test data.',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Become a volunteer to get involved in the clean-up.',
    'Residents can become a member of the allotment society to get early access, the council said, but few have.',
  ])('should keep the sentence "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("isBoilerplateLine on a local newsroom's 'Did we miss something?' close", () => {
  it.each([
    'Did we miss something? Do you have a tip? Email us at news@vtdigger.org.',
    'Did we miss anything? Let us know at tips@harbourpost.example.',
    'Did we get something wrong? Contact us at corrections@harbourpost.example.',
  ])('should drop "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Did we miss something? Residents said the council had not asked them before the vote.',
    'Did we miss the warning signs? Officials said they would review the case.',
    '“Did we miss something?” the chair asked the auditors, who said the records had not been checked.',
  ])('should keep "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("isBoilerplateLine on a reporter's call for tips after two questions", () => {
  it.each([
    'Do you work at a delivery startup? Got a tip? Contact this reporter at kmontrose@example.com or on Signal at 646-555-0143.',
    'Are you a courier? Have a story to share? Email this reporter at ann@example.com.',
  ])('drops the call for tips: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Who pays? Who benefits? Contact the reporter who broke the story, the senator said, and ask her.',
    'Do riders earn more? Does the bike pay for itself? The company says yes on both counts.',
  ])('keeps the story line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("isBoilerplateLine on a story's first-published stamp under its text", () => {
  it.each(['First Published: Thu, September 20 2018. 21:40 IST', 'First published on 20/09/2018 21:40'])(
    'drops the stamp: %s',
    (line) => {
      expect(isBoilerplateLine(line)).toBe(true);
    },
  );

  it.each([
    'First published in 1923, the paper became a daily in 1931 and moved to Pune in 1950.',
    'First Published: the report appeared on September 20 2018 in three languages.',
  ])('keeps the story line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on a trial offer at a price', () => {
  it('drops the offer with its button', () => {
    expect(
      isBoilerplateLine(
        'Get instant access to exclusive stock lists, expert market analysis and powerful tools with 2 months of IBD Digital for only $20! Learn More',
      ),
    ).toBe(true);
  });

  it.each([
    'Get access to the park with two months of passes for only $20, the council said.',
    'Members get access to the archive with 2 months of free issues for only $20 more than last year.',
  ])('keeps the story line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('isBoilerplateLine on a tool row of parts that are furniture each', () => {
  it.each(['122 Comments | + Add A Comment', '5 Comments | Leave a comment', '122 Comments · Add A Comment'])(
    'should drop %j',
    (line) => {
      expect(isBoilerplateLine(line)).toBe(true);
    },
  );

  it.each([
    'Sports | Football',
    '122 Comments | The ferry runs again from Monday',
    'Advertisement | Ferry | Harbour | Quay | Pier',
    'Comments|Add A Comment on the plan',
  ])('should keep %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("isBoilerplateLine on a writer's closing contact line with a telephone number", () => {
  it.each([
    'Keisha Brandt can be reached at 555-0148 or kbrandt@tamsworthledger.com.',
    'Staff writer Ann Lee can be reached at (715) 555-0148 or alee@ledger.example.',
  ])('should drop %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The clinic can be reached at 555-0148 or by e-mail, the director said.',
    'Residents can be reached at 555-0148 during the outage, the utility said.',
  ])('should keep %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("isBoilerplateLine on a newsroom's text-alert sign-up", () => {
  it.each([
    'Get breaking Lakeport news on your phone. Text LEDGER to 55-0100 to sign up. Message and data rates may apply. Reply STOP to cancel.',
    'Text WEATHER to 55-0123 for storm alerts. Msg & data rates may apply.',
  ])('should drop %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // A story on a texting scam quotes the message and names who sent or reported it.
    'The message told recipients to text REFUND to 55-0199, adding that message and data rates may apply, police said.',
    '“Text WIN to 55-0100. Message and data rates may apply,” read the message sent to thousands of phones.',
    // The disclosure alone, without a keyword and a code, is a sentence about phone bills.
    'Carriers say message and data rates may apply to the new emergency alerts in some plans.',
  ])('should keep %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
