import { FOREIGN_CREDITS } from '../foreign-labels';

/**
 * Notes about the story rather than of it: credits and copyright, where and when it ran first, partnerships,
 * syndication and agency notes, disclosures and disclaimers, the writer's address, transcripts' sources.
 */
export const NOTE_LINES: readonly RegExp[] = [
  // A photo or source credit, or an agency's sign-off, in Spanish or Portuguese.
  new RegExp(`^${FOREIGN_CREDITS}$`, 'iu'),
  // A picture's caption in Chinese, Japanese or Korean, known by the credit it ends on: the photographer ("（記者林怡君攝）",
  // "新华社记者 刘明 摄", "…、山口健太撮影"), the source in brackets ("（圖／取自臉書）", "[연합뉴스 자료사진]", "[사진
  // 출처=연합뉴스]", "[시청 제공]"). A sentence of the story ends on 。, 다. or a quote, never on such a credit.
  /^.{0,200}(?:[（(][^（）()]{0,30}(?:記者|记者)[^（）()]{1,20}(?:攝|摄)(?:影)?[）)]|[（(](?:圖|图|照片|圖片|图片|影像)\s*[／/:：][^（）()]{1,30}[）)]|(?:記者|记者)\s*[\p{Script=Han}·]{2,4}(?:\s*[、 ]\s*[\p{Script=Han}·]{2,4})*\s*(?:攝|摄)(?:影)?|[^\s。、]撮影|\[[^[\]]{0,30}(?:자료사진|사진 ?출처|제공|사진=)[^[\]]{0,30}\])$/u,
  // A copyright or no-reprint notice in Japanese, Korean or Chinese, alone or closing a sign-off line ("許可なく転載する
  // ことを禁じます", "<저작권자(c) 연합뉴스, 무단 전재-재배포 … 금지>", "【版权声明】…", "版權所有不得轉載"). Short: a
  // story on a copyright case runs on and names no such stock phrase.
  /^.{0,120}(?:無断(?:転載|複製)|転載(?:する(?:こと)?)?を禁|저작권자\s*(?:\(c\)|ⓒ|©)|무단\s?전재|版[权權]所有|[版][权權][声聲]明|不得[转轉][载載]).{0,160}$/iu,
  // The editor's sign-off closing a Chinese story: "【责任编辑：王静】", "（責任編輯：王小明）", "编辑：王静". A name only.
  /^[【[（(]?\s*(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[：:]\s*[\p{Script=Han}·、 ]{1,20}[】\]）)]?$/u,
  // The English search summary an Indian-language daily prints under its story, labelled: "Web Title: …" (Lokmat's
  // sites), "English Summary: …" (Malayala Manorama), "Content Highlights: …" (Mathrubhumi). A label and a
  // headline-long line; an English story has no such label.
  /^(?:web title|english summary|content highlights)\s*:\s*.{1,250}$/i,
  // The same sites' English search blurb closing the story, after a line in the page's language or not: "Get all India
  // News in Hindi related to live update of politics, sports, entertainment, technology and education etc. Stay updated
  // with us for all breaking news from India News and more news in Hindi." The stock words, a language named.
  /^.{0,200}\bGet all\b.{0,60}\bnews in (?:hindi|marathi|bengali|bangla|tamil|telugu|malayalam|kannada|gujarati|punjabi|urdu|odia)\b.{0,80}\blive updates?\b.{0,300}$/iu,
  // A footer's software credit: "Powered by WordPress", "Proudly powered by Ghost".
  /^(?:proudly )?powered by (?:[\w.-]+ ?){1,4}\W*$/i,
  // With a second footer sentence after it ("Powered by Movable Type. Photo at top by …"): the software's name is
  // capitalised, where a paragraph says "Powered by volunteers. The library …".
  /^(?:[Pp]roudly )?[Pp]owered by (?:\p{Lu}[\w.-]* ?){1,4}[.!]\s.{0,100}$/u,
  // A credit's label and what follows it: "Photo: Ann Lee/AP", "Source: Ministry of Health". Not a path or a name in
  // code ("Source::with_schema", "source::read"): a label's colon is single.
  /^(?:(?:photo|image|video|graphic)s?(?: credits?| by)?|credits?|source)\s*:(?!:).{0,80}$/i,
  // A caption closing on its credit in brackets, as the Washington Post sets its video captions ("… Here is what
  // doctors say. (Video: The Washington Post)") and Gannett papers their photo captions ("(Photo: Ann Lee/USA
  // TODAY)"): the label, a name, the bracket closing the line. A story's sentence puts no credit label in brackets.
  /^.{10,400}\((?:video|photo|image|photograph|graphic|illustration)s?: [^()]{2,80}\)$/iu,
  // The caption of the picture over the story, printed as the story's last line: "Header image: Students queue at …
  // — AFP", "Cover photo: …". The qualifier names which picture; a longer caption than a bare "Photo:" credit.
  // Its credit too: "Main image credit: Shutterstock", "Featured photo credit: …", and the credit literary magazines
  // close an essay or excerpt on ("Feature image: Ann Lee, via Unsplash").
  /^(?:header|cover|top|lead|main|featured?|banner|hero) (?:image|photo|picture|illustration|photograph)(?: credits?)?\s*:.{0,300}$/i,
  // A translated story's closing credit line: "Story by Ann Lee. Translation by Bo Ek.", "Translated by Bo Ek".
  // Only the whole line: a sentence that goes on ("translated by volunteers into 12 languages …") is the story's.
  /^(?:(?:story|text|reporting|words) by [^.!?]{2,60}\.\s+)?(?:translation|translated(?: from [\p{L}]+)?) by [\p{L}\p{M}.'’ -]{2,60}(?:,? (?:and|&) [\p{L}\p{M}.'’ -]{2,60})?\.?$/iu,
  // A credit label written for screen readers before the agency: "Image source, Getty Images".
  /^(?:image|photo|picture|video) (?:source|credit)s?\s*,.{0,60}$/i,
  // An agency's credit alone, and the copyright lines closing a story.
  /^\(?(?:AP|AFP|Reuters|Getty Images?|EPA|Shutterstock)(?: Photo)?(?:\/[^)]{0,60})?\)?$/i,
  // A wire or syndication credit closing the story on its own line, after a dash: "— Field Level Media", "-- The
  // Associated Press", "— Reuters". The name says it is an agency or a desk; a signature ("— Ann Lee") stays.
  /^(?:[—–]|--?)\s*(?:the )?(?:[\p{Lu}][\p{L}&.'’-]*\s){0,3}(?:media|press|news(?: service)?|wire|newswire|agency|staff|sports|reuters|afp|ap|upi|dpa)(?: reports?| staff| contributed(?: to this report)?)?\.?$/iu,
  /^(?:©|\(c\)|copyright\b).{0,200}$/i,
  /^all rights reserved\.?$/i,
  // A longer copyright notice that names a year and reserves the rights, however it opens: "Content and Programming
  // Copyright 2026 Fox News Network, LLC. ALL RIGHTS RESERVED. Copyright 2026 … All materials herein are protected
  // …". A story on a copyright case names no year-stamped holder with "all rights reserved" after it.
  /^.{0,60}\b(?:copyright|©)\s*(?:©\s*)?(?:\(c\)\s*)?\d{4}\b.{0,200}\ball rights reserved\b.{0,600}$/i,
  // A journal's masthead line with its serial number, as trade and science magazines close a page: "Chemical &
  // Engineering News ISSN 0009-2347 Copyright © 2026 …". Short: a sentence citing an ISSN runs on.
  /^.{0,80}\bISSN:?\s*\d{4}-\d{3}[\dX]\b.{0,120}$/,
  // The reprint notice a newsroom closes each story with: "All rights reserved. This material, and other digital
  // content on this website, may not be reproduced, published, broadcast, rewritten or redistributed …".
  /^(?:all rights reserved\.?\s+)?(?:this (?:material|article|story|content)\b.{0,120}?|no part of this\b.{0,60}?) may not be (?:reproduced|published|republished|broadcast|rewritten|redistributed|copied)\b.{0,300}$/i,
  // The reprint notice over a business paper's print view and its syndicated copies: "This copy is for your personal,
  // non-commercial use only. To order presentation-ready copies for distribution … visit …". The stock phrase "for
  // your personal, non-commercial use only" about this copy; a sentence of a story on licensing names another subject.
  /^this (?:copy|article|story|content|material|page) is (?:provided )?for your personal,? non-?commercial use only\b.{0,300}$/i,
  // A print view's stamp under the story: "Printed on Nov 28, 2026 at 6:04 am", "Printed from valleyherald.com". A date
  // or an address and nothing else: "Printed on recycled paper, the guide …" goes on.
  /^printed (?:on|at)\s+(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\.?$|^printed from:?\s+(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\S*$/iu,
  // The address under that notice: "Contact: desk@example.com" (a name before the address is a writer's contact).
  /^(?:contact|e-?mail)\s*:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$/i,
  // A syndication disclaimer in brackets: "(Except for the headline, this story has not been edited by … staff and is
  // published from a syndicated feed.)", "(… the rest of the content is auto-generated from a syndicated feed.)".
  /^\((?=[^()]*\b(?:edited|reworked|modified)\b)(?=[^()]*\b(?:published|generated) (?:from|via) an? (?:syndicated|agency) (?:news )?feed\b)[^()]{20,300}\)\.?$/i,
  // A syndicated column's footer, maybe after its copyright: "DISTRIBUTED BY ANDREWS MCMEEL SYNDICATION FOR UFS",
  // "Distributed by King Features Syndicate, Inc.", "© 2026 Ann Lee. Distributed by Tribune Content Agency, LLC." The
  // line opens with "Distributed by" and names a syndicate or agency: "The column is distributed by …" is a sentence.
  /^(?:(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?[^.!?]{0,80}[.]?\s+)?distributed by (?:the )?[\p{L}\p{N}.&'’ ,-]{0,60}?\b(?:syndicat(?:e|ion)|features|content agency|news service|media services|creators\.com)\b(?:,? (?:inc|llc|ltd)\.?)?(?: for [\p{L}\p{N}&.' -]{1,30})?\.?$/iu,
  // The same note unbracketed, the story naming itself: "This article was generated from an automated news agency feed
  // without modifications to text.", "This story is auto-generated from a syndicated feed." ("The figures were
  // published from an agency feed" names no story).
  /^this (?:article|story|report|copy|content) (?:was|is|has been) (?:auto-?)?(?:generated|published|sourced) (?:from|via) an? (?:automated |syndicated )?(?:news )?(?:agency |wire )?(?:news )?feed\b[^.]{0,120}\.?$/i,
  /^(?:this (?:article|story) (?:was|has been) (?:updated|corrected)\.?)$/i,
  // The line WordPress adds under each post in its feed, kept when a site republishes a feed's stories: "The post
  // Synagogue archivists race … appeared first on Jewish Wire Agency." (a title of at least two words, then the site's
  // name).
  /^The post \S+(?: \S+){1,40} appeared first on \p{Lu}[^.!?]{0,80}\.?$/u,
  // Where the story ran in print, how to write to its author: notes under the article, not its text.
  /^a version of this (?:article|story|review|column) (?:appeared|appears|was published)\b.{0,300}$/i,
  /^(?:write to|e-?mail|contact|reach) (?:the (?:author|reporter|writer)s?|\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,3})(?: at|:) \S+@\S+.{0,120}$/iu,
  // The writer's address as a labelled field under the story, as Ghanaian and other West African dailies close:
  // "Writer's email: ann.lee@graphic.com.gh", "Author's e-mail: …". The label, then only the address.
  /^(?:the )?(?:writer|author|reporter|correspondent)(?:['’]s|s['’])? e-?mail(?: address)?\s*:\s*\S+@\S+$/iu,
  // The same notes in today's templates: the print issue it ran in, the first publication, an agency's update note
  // ("(Updates with analyst comment in final paragraph.)") and its helpers ("—With assistance from Ann Lee.").
  // Also "This article originally appeared in the December 2026 issue of … with the headline …".
  /^this (?:article|story|essay|review|piece) (?:(?:originally|first) )?appear(?:s|ed) in the\b.{0,60}\b(?:edition|issue)\b.{0,200}$/i,
  // A translated magazine's note: "This article originally appeared in German in issue 48/2026 (November 27th, 2026)
  // of DER SPIEGEL." The language and an issue number stand in for "the … issue".
  /^[Tt]his (?:article|story|essay|review|piece|interview) (?:(?:originally|first) )?appear(?:s|ed) in \p{Lu}\p{Ll}+ in (?:the )?(?:print )?(?:issue|edition) (?:no\.? ?)?\d.{0,200}$/u,
  // A translation note under a story a sister paper ran first: "Este artículo fue traducido del inglés por el personal
  // de el Nuevo Herald.", "This story was translated from Spanish by Ann Lee." The story names itself and the language
  // it came from; "The letter was translated from English" is news.
  /^(?:this (?:article|story|report|piece|interview) (?:was|has been) translated (?:from|into) (?:the )?\p{L}+\b|est[ea] (?:art[íi]culo|nota|historia|texto|reportaje|entrevista) (?:fue|ha sido) traducid[oa] (?:del|al|de|desde el) \p{L}+\b|est[ea] (?:artigo|texto|reportagem|mat[ée]ria) foi traduzid[oa] (?:do|para o|de) \p{L}+\b).{0,240}$/iu,
  // The partnership note a nonprofit prints over or under a story: "This story was produced in partnership with the
  // Ledger.", "This article was produced for ProPublica’s Local Reporting Network in partnership with …". The story
  // names itself and how it was made; "The report was produced in partnership with the city" is news.
  /^this (?:article|story|report|investigation|piece|project|series|coverage) (?:was|is|has been) (?:co-?)?(?:produced|published|reported|written|made possible|supported|funded)(?: for [^.]{1,80}?)? (?:in (?:partnership|collaboration|conjunction) with|as part of|with (?:the )?(?:support|funding|a grant) (?:of|from))\b.{0,300}$/i,
  // The credit a nonprofit or collaborative newsroom puts on the story it made, saying what it is after a comma, as the
  // stations and papers running it print it over or under the text: "This story was produced by Heartland Health Desk,
  // a reporting collaboration of public media newsrooms …", "This story about rural schools was produced by The Harbour
  // Report, a nonprofit, independent news organization …". The story names itself, its maker and the maker's kind;
  // "This story was reported by Ann Lee, a freelance writer in Ohio" names a person, and "The report was produced by
  // the institute, a nonprofit …" is news.
  /^this (?:article|story|report|piece|investigation)(?: about [^,.]{1,80}?)? (?:was|is) (?:co-?)?(?:produced|published|reported) by [^,.]{2,80}, an? (?:[\p{L}-]+,? ){0,4}?(?:collaboration|collaborative|partnership|consortium|newsroom|news (?:organi[sz]ation|service|site|outlet|nonprofit)|non-?profit)\b.{0,400}$/iu,
  // A syndication service's note under a story it distributes to other sites (Stacker's, on thousands of local news
  // sites): "This story was produced by Lantern Guides and reviewed and distributed by Stacker.", "This story
  // originally appeared on Lantern Guides and was produced and distributed in partnership with Stacker Studio." The
  // story names itself and who distributed it; "The report was produced by the city and distributed to schools" is
  // news.
  /^this (?:article|story|report|piece|video|gallery) (?:(?:originally|first) (?:appeared|ran|was published) (?:on|in) [^.]{1,80}? and )?(?:was )?(?:produced|written|reported|created)(?: by [^.]{1,80}?)? and (?:reviewed and )?(?:distributed|syndicated)(?: (?:in partnership with|by|through|via) [^.]{1,80})\.?$/i,
  // Also co-published with a partner, or a collaboration between newsrooms: "This story was co-published with The Texas
  // Tribune.", "This article is a collaboration between ProPublica and the Ledger."
  /^this (?:article|story|report|investigation|piece|project|series) (?:(?:was|is|has been) co-?published (?:with|by)|is (?:an? )?(?:joint )?(?:collaboration|partnership|co-?production) (?:between|with|of))\b.{0,300}$/i,
  // Where an op-ed ran first, as think tanks and universities republish their people's commentary: "This commentary
  // originally appeared on The Hill on November 12, 2026.", with the house's note on such pieces after it
  // ("Commentary gives RAND researchers a platform …"). Only the opinion kinds, and only with the date: a news story
  // "originally appeared on ZDNet under the headline …" credits a source the Dragnet gold keeps.
  /^this (?:commentary|op-?ed|opinion piece|column|essay) (?:was )?(?:originally|first) (?:appeared|published|ran) (?:on|in) [^.!?]{1,80}? on (?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,9} \d{4})\.(?:\s.{0,300})?$/iu,
  // A stamp of first publication with only its date: "This story was originally published on May 3, 2012." Not "This
  // story originally appeared on ZDNet under the headline …", which credits a source the Dragnet gold keeps.
  /^this (?:article|story|post) was (?:originally|first) (?:published|posted) (?:on )?(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\b[^.]{0,30}\.?$/iu,
  // A trade newsroom's note that the story runs in a sister publication too: "This story also appears in Climatewire.",
  // "This article also appeared in E&E Daily and Energywire." Only the names follow; a sentence goes on ("This story
  // also appears in the report's appendix, which …") or says "originally appeared on", which the Dragnet gold keeps.
  /^[Tt]his (?:article|story|report) also appear(?:s|ed) in (?:[\p{Lu}\d][\p{L}\d&.'’-]*(?:,? (?:and |& )?|(?=\.?$))){1,6}\.?$/u,
  // The print note of business papers without its subject: "Appeared in the November 28, 2026, print edition as …".
  /^appeared in the\b.{0,60}\bprint edition\b.{0,200}$/i,
  // The headline the story ran under in print, labelled, as Chinese and South Asian English-language dailies close
  // their web stories: "Newspaper headline: Later bins for late workers", "Print headline: …". A label and a
  // headline-long line; a story's sentence names no such label.
  /^(?:newspaper|print(?: edition)?) headline\s*:\s*\S.{0,160}$/i,
  // A weekly's label over its edition box: "From the November 28th 2026 edition", "From the December 2026 issue".
  /^from the\b.{0,40}\b(?:edition|issue)$/i,
  // A magazine's note with the issue's date after a colon: "From magazine issue: 29 November 2026".
  /^from (?:the )?(?:magazine|print) (?:issue|edition)\s*:.{0,40}$/i,
  /^\((?:updates?|adds?|corrects?|recasts?|rewrites?|removes?|changes?)\b[^()]{0,200}\)\.?$/i,
  /^[—–-]{1,2}\s*with assistance (?:from|by)\b.{0,200}$/i,
  // A podcast page's production credit under the show notes: "Podcast production by Ann Lee and Bo Ek.", "Audio
  // engineering by Mia Holt." Only names follow: "Podcast production by hand takes longer" is prose.
  /^(?:podcast|audio|show|episode) (?:production|engineering|mixing|editing) by \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}(?:(?:,| and| &) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}){0,5}\.?$/iu,
  // A show's closing credits in one paragraph: "Small Town Ledger is produced by Harlow Public Media. This episode was
  // reported by Ann Lee and edited by Bo Ek. Music by Blue Dot Sessions." A credit sentence followed by a second
  // credit (the episode's makers, the music, the mixing, "Edited by …"); "The
  // show is produced by a team of four. Its host …" goes on.
  /^(?:this (?:episode|podcast|show|program(?:me)?)|\p{Lu}[\p{L}'’ ]{1,40}) (?:is|was) (?:produced|reported|hosted|edited|mixed)(?: and \p{L}+)? by [^.!?]{2,120}[.!]\s+(?:(?:this (?:episode|podcast|show|program(?:me)?) (?:was|is) (?:produced|reported|edited|mixed|hosted)|(?:(?:original|theme) )?music|sound design|mixing|engineering|artwork|fact-?checking|edited|mixed|engineered)\b[^.!?]{0,40}\bby\b).{0,250}$/iu,
  // The same credits as a podcast network writes them: "Long Division is produced by Lantern Audio. Our producer is Ama
  // Reyes-Holt. Our editor is Jules Baptiste." Case counts: a name follows "Our editor is" ("Our editor is among
  // them").
  /^\p{Lu}[\p{L}'’ ]{1,40} (?:is|was) (?:produced|hosted|made) by [^.!?]{2,120}[.!]\s+Our (?:(?:senior|executive|lead|associate) )?(?:producer|editor|engineer|mixer|sound designer|fact-checker)s? (?:is|are) \p{Lu}.{0,250}$/u,
  // A funding note: "LDR is local body journalism co-funded by RNZ and NZ On Air."
  /^.{0,80}\bjournalism (?:is )?(?:co-?)?funded by\b.{0,100}$/i,
  // A science-wire story's trust box and how-to-cite line: "Editors' notes", "This article has been reviewed according
  // to Science X's editorial process and policies. …", "Citation: <title> (2026, November 25) retrieved 28 November
  // 2026 from https://…". Not "Editor's note: …", which says something about the story.
  /^editors['’] notes$/i,
  // An affiliate site's standing note atop a post it keeps current: "Editor's note: This is a recurring post,
  // regularly updated with new information and offers." Not a note on one change ("This story has been updated to
  // include …"), which the Dragnet gold keeps. Also a magazine's note placing the piece in its series, with links to
  // the other parts: "Editor’s Note: This is the third article in “Deep Magazines,” a series on …", "Editor's note:
  // This essay is part of a series on …". It is about the series, not the story.
  /^editor['’]s note\s*:\s*(?:this is a recurring (?:post|article|story|guide)\b|this (?:is (?:the )?|(?:article|essay|piece|story|post|commentary|analysis) is (?:the )?)(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|latest|next) (?:article|essay|piece|story|post|installment|instalment|part|entry)|part(?: \d+| one| two| three| four| five| six| seven| eight| nine| ten)?)\s(?:in|of)\s[^.!?]{0,120}\bseries\b|this (?:post|article|story|page|guide) (?:is|has been|will be) (?:regularly|periodically|frequently|continually) updated\b|some (?:of the )?offers (?:mentioned|referenced|on this page)\b).{0,250}$/i,
  /^this (?:article|story|content) (?:has been|was|is) (?:reviewed|fact[- ]checked|edited)\b.{0,80}\beditorial (?:process|standards|polic(?:y|ies)|guidelines)\b.{0,300}$/i,
  /^citation\s*:.{0,300}\bretrieved\b.{0,60}\bfrom\s+\S+$/i,
  // The same stamp opening the line, with only a date or time after it: "Originally posted 12/03/2012". Not
  // "Originally posted 01:17 PM by Ann", which heads a quoted comment the comment reader needs. A
  // celebrity site closes its story on the stamp after a dash, with the hour's half and zone ("Originally Published --
  // 6:14 AM PT", "Originally Published — November 28, 2026 9:14 AM PST").
  /^originally (?:posted|published) (?:on |at )?\d[^\p{L}]{0,40}$/iu,
  /^originally (?:posted|published)\s*(?:[-–—:|]{1,2}\s*|on |at )(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4},?\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|AES[DT])?)?\W*$/iu,
  // HubSpot's blog stamp under the post, with its update: "Originally published Nov 3, 2026 9:00:00 AM, updated
  // November 20 2026" (only the dates and times: "Originally published Nov 3, 2026 in the Ledger" is left be).
  /^originally (?:posted|published) (?:on )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}(?:,? \d{1,2}:\d{2}(?::\d{2})?\s*[ap]\.?m\.?)?(?:,?\s+(?:last )?updated (?:on )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}(?:,? \d{1,2}:\d{2}(?::\d{2})?\s*[ap]\.?m\.?)?)?\.?$/iu,
  // Dow Jones papers' correction box: its label, and the note that ends on when it was corrected.
  /^corrections (?:&|and) amplifications$|^an earlier version of this (?:article|story)\b.{10,300}\(corrected (?:on )?[^)]{3,30}\)$/i,
  // A fact-checker's note on its platform partnership under the check: "This article is part of our work fact checking
  // potentially false pictures, videos and stories on Facebook. …" (a sentence naming the platform in a story stays).
  /^this (?:article|fact[- ]check|story|piece) is part of (?:our|a|the) (?:work|partnership|programme|program|project)\b.{0,120}\b(?:facebook|meta|instagram|tiktok|whatsapp)\b.{0,250}$/iu,
  // A nonprofit's funding disclosure: "Disclosure: Ann Co. has been a financial supporter of The Ledger, …".
  /^disclosures?\s*:.{0,300}\b(?:financial supporters?|funders?|donors?|sponsors?|underwriters?)\b.{0,400}$/i,
  // A press office's note to the media on a release's video, over the story: "Journalists: Broadcast-quality video
  // (1:02) is in the downloads at the end of this post. Please courtesy: …". Addressed to the press and about the
  // material for it; "Journalists: …" quoting a union is news and names none of it.
  /^(?:journalists|reporters|editors|media|broadcasters|(?:a )?note to (?:editors|journalists|reporters|media))\s*:\s.{0,200}\b(?:b-?roll|broadcast[- ]quality|sound ?bites?|(?:please )?courtesy\s*:|name supers?|downloads? (?:at|below|on)|high[- ]res(?:olution)? (?:images?|photos?|video))\b.{0,400}$/i,
  // The syndication link under a paper's story: "License this article" (Nine), "Reprint this story".
  /^(?:licen[cs]e|reprint|buy (?:a )?reprints? of) this (?:article|story|content)\W*$/i,
  // Public media's notes under a story: the republishing offer and its licence, a transcript's source and disclaimer
  // ("Transcript provided by NPR, Copyright NPR.", "NPR transcripts are created on a rush deadline by an NPR
  // contractor. …"), the underwriting label ("Support Provided By: Learn more"). Not "This transcript has been edited
  // for length and clarity", which some interviews print as part of the text.
  /^(?:this|the) (?:work|article|story|post|piece) is (?:licensed|published|available) under (?:a |the )?creative commons\b.{0,150}$/i,
  // The permission note a site prints under a story it runs from another outlet, alone on its line: "Republished with
  // permission from The Valley Ledger.", "Reprinted with permission.", "Used with permission." The whole line is the
  // note; "Reprinted with permission from the family, the letter reads: …" goes on.
  /^(?:republished|reprinted|reproduced|used)(?: here)? (?:with|by) (?:kind )?permission(?: (?:from|of) [^.!?]{1,80})?\.?$/i,
  // The line a republish box adds to the story's copy, kept by the site running it, linked or not: "This article first
  // appeared on The Canyon Current and is republished here under a Creative Commons license." The licence is the tell:
  // "This story originally appeared on ZDNet …" without it credits a source, which the Dragnet gold keeps.
  /^this (?:article|story|post|piece) (?:was )?(?:originally |first )?(?:appeared|published|ran) (?:on|in|by) [^.!?]{1,80}? and (?:is|was|has been) (?:republished|reprinted|reproduced)(?: here)? under (?:an? |the )?creative commons\b.{0,150}$/i,
  /^(?:(?:audio|video|full|show|episode|program(?:me)?) )?transcripts? (?:provided|produced|prepared|courtesy) (?:by|of)\b.{0,80}$/i,
  /^.{0,40}\btranscripts? (?:are|is|was|were|ha(?:s|ve) been) (?:created|produced|generated|prepared)\b.{0,80}\b(?:(?:on )?a rush deadline|automatically|may contain errors|may not be in (?:its|their) final form)\b.{0,300}$/i,
  // A broadcaster's own rush-transcript notice over its transcript: "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN
  // ITS FINAL FORM AND MAY BE UPDATED.", "This is a rush transcript of 'Evening Report' on November 26, 2026. …". It
  // opens with the notice; a story quoting one ("The network said the rush transcript was wrong") does not.
  /^\(?(?:this is an? )?(?:rush|unedited|uncorrected) transcript\b.{0,160}?\b(?:may not be in (?:its|their) final form|may be updated|may contain errors)\b.{0,200}$/i,
  /^this is an? rush transcript (?:of|from|for)\b.{0,200}$/i,
  // A speech's delivery note, alone on its line: "As Prepared for Delivery", "Remarks as delivered", "Check against
  // delivery", "(Original script, may differ from delivered version)".
  /^\W{0,3}(?:(?:remarks|speech|text|statement) )?(?:as prepared for delivery|as delivered|check against delivery|embargoed until delivery|\(?original script, may differ from (?:the )?delivered version\)?)\W{0,3}$/i,
  /^(?:support (?:for [\p{L} ]{1,40} )?(?:is )?provided by|underwriting (?:support )?(?:provided )?by)\s*:?(?:\s*learn more)?$/iu,
  // A writer's address or handle alone on its line under the story: "ann.lee@ledger.example", "X: @annlee".
  /^(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i,
  /^(?:(?:x|twitter|threads|bluesky|instagram|mastodon)\s*:\s*)?@[\w.]{1,30}$/i,
  // A writer's tagline that ends with how to reach them: "Ann Lee is a reporter for Chalkbeat covering schools.
  // Contact her at alee@example.org."
  /^[^.!?]{0,150}\b(?:is|are) (?:an?|the) [^.!?]{0,60}\b(?:reporter|writer|correspondent|editor|journalist|columnist|producer|fellow)\b[^!?]{0,200}?[.!]\s+(?:contact|e-?mail|reach|write to) (?:him|her|them|me|us)\b.{0,40}\bat \S+@\S+$/iu,
  // A student paper's closing credit: "—Staff writer Ann K. Lee can be reached at ann.lee@paper.example. Follow her
  // on X @annklee.", "Contributing writers Ann Lee and Bo Ek can be reached at …", also with a telephone number
  // before the address, as local dailies print it ("… can be reached at 555-0148 or alee@ledger.example."). Only with
  // an e-mail address: the Dragnet gold keeps "Ann Lee can be reached at http://twitter.com/…", and "The office can be
  // reached at …" is prose.
  /^[—–-]{0,2}\s*(?:(?:[Ss]enior |[Cc]ontributing |[Aa]ssociate |[Dd]eputy |[Ss]taff |[Gg]uest |[Ff]eatures? )*(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist|[Pp]hotographer)s? )?(?!The )\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4}(?:(?:,| and| &) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4}){0,3} (?:can|may) be (?:reached|contacted) (?:at|via|by e-?mail at) (?:\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?:,| or| and) |\d{3}-\d{4}(?:,| or| and) )?\S+@\S+.{0,160}$/u,
  // A picture's credit left as its own line under an image, the name and the role or paper set off by a bar: "Photo
  // by Ann Lee | Staff Photographer", "Photo courtesy of Bo Ek | The Ledger". The Dragnet gold keeps the bare "Photo
  // by Ann Lee" and "Illustration by Ann Lee/The Times", so the bar is required.
  /^\(?(?:photo(?:graph)?|image|illustration|graphic|video)s? (?:by|courtesy(?: of)?) [^|.!?]{2,60}\s\|\s[^|.!?]{2,60}\)?$/i,
  // A dateline cut from its paragraph by markup: a place, an agency and a dash ("Atlanta CNN —", "(Reuters) —"). Not
  // any name or initials and a dash: comment areas sign off "Anna —", "LRM —".
  /^[\p{L}.,'’ -]{0,40}?\(?(?:CNN|AP|AFP|Reuters|UPI|Bloomberg|dpa)\)?\s*[—–]$/u,
  // A markets story's closing disclaimer on the advice in it ("Disclaimer: The views and recommendations made above
  // are those of individual analysts …", "(Disclaimer: Recommendations, suggestions, views and opinions given by the
  // experts are their own …)"); a blog's "Disclaimer: I was sent a sample" is the writer's prose and stays.
  /^\(?disclaimer\s*[:\-–]\s*.{0,80}\b(?:views|recommendations|opinions|investment tips)\b.{0,400}$/i,
  // The same label over a crypto or markets site's standing notes: that readers should do their own research before
  // investing ("Disclaimer: The presented content may include the personal opinion of the author … Do your market
  // research before investing in cryptocurrencies …"), or who owns the outlet and what its owners invest in
  // ("Disclaimer: The Block is an independent media outlet … Foresight Ventures is a majority investor of The Block").
  /^\(?disclaimer\s*[:\-–]\s*.{0,300}\b(?:invest(?:s|ing|ors?|ments?)?|financial advice|do (?:your|their) own research|market research)\b.{0,600}$/i,
  // The same note unlabelled, as crypto and markets sites close every story: "This article does not contain investment
  // advice or recommendations. Every investment and trading move involves risk …", "The information in this post is
  // not intended to be financial advice." The subject is the page itself; a story on influencers whose posts "are not
  // financial advice" names someone else.
  /^(?:this|the) (?:news )?(?:article|content|post|story|page|report|analysis|information)(?: (?:above|provided|presented|on this (?:page|site)|in this (?:article|post|story)))? (?:does not|doesn['’]t|is not|isn['’]t|should not be|must not be|(?:is )?not intended (?:to be|as)) (?:contain |constitute |be )?(?:(?:considered|construed|taken|intended) (?:as )?)?(?:(?:a |an )?(?:legal|tax|financial|investment|trading)(?:,|,? or|,? and)? )+(?:advice|recommendations?)\b.{0,400}$/i,
  // A site's standing note that the story follows its editorial policy, as crypto and markets outlets print it in a box
  // under every story: "This news article is produced in accordance with Cointelegraph's Editorial Policy and aims to
  // provide accurate and timely information. Readers are encouraged to verify …", and its motto line above ("… is
  // committed to independent, transparent journalism."), a site's name and that phrase alone on the line.
  /^this (?:news )?(?:article|story|content|post|report) (?:is|was|has been) (?:produced|written|prepared|published|edited|reviewed)\b.{0,40}?\b(?:in accordance with|according to|under|following|in line with)\b.{0,60}?\beditorial (?:policy|policies|standards|guidelines)\b.{0,300}$/i,
  /^(?:\p{Lu}[\p{L}\p{N}.'’&-]*)(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,3} is committed to (?:independent|transparent|accurate|unbiased|trusted)(?:,? (?:and )?(?:independent|transparent|accurate|unbiased|trusted))* (?:journalism|reporting|news)\.?$/u,
  // A note that a machine helped write the story, as markets and crypto desks close their briefs: "This content was
  // partially produced with the help of AI tools and was reviewed and published by … editors", "This article was
  // generated with the assistance of AI and reviewed by our editorial team …". Not "… with the help of AI researchers".
  /^this (?:content|article|story|post|report) was (?:partially |partly |in part )?(?:produced|generated|written|created|drafted) (?:with the (?:help|assistance|use) of|using|by) (?:ai|artificial intelligence)(?: tools?| technology| models?)?(?:,? and (?:was |has been )?(?:reviewed|edited|checked|fact-checked|published)\b.{0,200})?\W*$/i,
  // A paid death notice's publication note, the paper and the day or days it ran: "Published by The Ledger on Nov. 28,
  // 2026.", "Published in The Ledger from Nov. 26 to Nov. 28, 2026." A whole line ending on the date; a sentence about
  // a book "published by Knopf on March 3" goes on.
  /^published (?:by|in) [^.!?]{2,80}? (?:on|from) (?:[\p{L}]{3,9}\.? \d{1,2}|\d{1,2} [\p{L}]{3,9}\.?)(?:,? \d{4})?(?: (?:to|through|-|–) (?:[\p{L}]{3,9}\.? )?\d{1,2}(?: [\p{L}]{3,9}\.?)?,? \d{4})?\.?$/iu,
  // Disclaimers: the views are not the employer's, the site endorses nothing.
  /^opinions expressed by .{1,60} are their own\.?$/i,
  /^disclaimer\s*:?$|^.{0,120}\b(?:opinions|views) expressed (?:here |herein |on this (?:site|blog) )?are not necessarily (?:those|the views) of\b.{0,150}$/i,
  // German-language papers' notes under a story: where it ran first ("Dieser Artikel erschien zuerst bei der Neuen
  // Presse.", "Der Beitrag ist zuerst im Tagesspiegel erschienen.") and which paper of the house it comes from ("Ein
  // Artikel aus der «NZZ am Sonntag»"). The paper is quoted or named in capitals; "Ein Artikel aus der Zeitung hat …"
  // goes on as a sentence.
  /^(?:dieser|der) (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst|erstmals|ursprünglich) (?:bei|in|im|auf)\b[^.!?]{1,80}?(?: erschienen)?\.?$/iu,
  /^[Ee]in (?:[Aa]rtikel|[Bb]eitrag|[Tt]ext) aus (?:der|dem) (?:[«»„“"‹›].{1,40}[«»“”"‹›]|\p{Lu}[\p{L}-]*(?: (?:am |der )?\p{Lu}[\p{L}-]*){0,3})\.?$/u,
  // A research centre's closing note pointing to a survey's questions and methods, as survey research desks print it
  // under each short read: "Note: Here are the questions used for this analysis, along with responses, and its
  // methodology." The label, the questions (or topline) and the methodology on one short line.
  /^note:\s.{0,80}\b(?:questions|topline)\b.{0,80}\bmethodology\b\W{0,3}$/i,
  // Thanks closing a research article or explainer, after its label: "Acknowledgements: I would like to thank … for
  // their comments on drafts of this article." Prose does not open on the label and a colon.
  /^acknowledge?ments?\s*:\s.{0,400}$/i,
  // The ARD broadcasters' note under a web story, naming the programme that ran it: "Über dieses Thema berichtete die
  // tagesschau am 28. November 2026 um 17:00 Uhr.", "Über dieses Thema berichtete NDR Info am 2. Mai 2026 um 07:00
  // Uhr.", "Dieses Thema im Programm: Das Erste | Tagesschau | 28.11.2026 | 17:00 Uhr". A date follows the programme.
  /^über dieses thema (?:berichtete|berichten|berichtet)\b[^.!?]{1,80}? (?:am|im|in der|in den) [^!?]{2,60}?\.?$/iu,
  /^dieses thema im programm\s*:.{1,150}$/iu,
  // An Austrian paper's sign-off closing the story, the writer (or the desk and agency) and the date in brackets:
  // "(Theresa Lindner, 27.11.2026)", "(red, APA, 27.11.2026)". A bracket with a date inside a sentence goes on.
  /^\((?:[\p{L}\p{M}.'’ -]{2,40},\s*){1,4}\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\)\.?$/u,
  // When the story was last changed, as an older CMS prints it under the text: "Last Updated ( Saturday, 28 November
  // 2026 15:20 )", "Last modified: 11/28/2026 3:20 PM". Only a date and time follow; a sentence ("Last updated in
  // 2019, the map …") goes on in words. Or first published, as Business Standard stamps the foot of every story:
  // "First Published: Thu, September 20 2018. 21:40 IST".
  /^(?:last (?:updated|modified|edited|revised)|first published)(?: on)?\s*[:(]?\s*(?:[a-z]{3,9}\.?,?\s+)?(?:\d{1,4}|[a-z]{3,9}\.?)[\s./,-]+(?:\d{1,2}|[a-z]{3,9}\.?)[\s./,-]+\d{2,4}(?:[,.]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?\s*\)?\.?$/i,
  // The same stamp with an ordinal day and no year, as British regional templates (Newsquest, 2020) print it in the
  // byline row: "Last updated 14th October", "Last updated: October 14th". A month's name must follow or lead the day:
  // "Last updated 14 times" is no stamp.
  /^last (?:updated|modified)\s*:?\s*(?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?)(?: \d{4})?$/i,
  // The Trust Project's badge a member site prints by the byline: "Newsweek Is A Trust Project Member", "A member of
  // the Trust Project". Only the badge: a story about the project says more.
  /^(?:[\p{L}\p{N}.&'’ -]{1,40} is )?(?:an? )?(?:(?:proud )?member of the trust project|trust project member)\W*$/iu,
  // The line a podcast host appends to every episode's description, which episode pages built from the feed print under
  // the show notes: Megaphone's "Learn more about your ad choices. Visit megaphone.fm/adchoices" (or
  // podcastchoices.com/adchoices), Omny Studio's "See omnystudio.com/listener for privacy information.", Acast's
  // "Hosted on Acast. See acast.com/privacy for more information." The host's own address is the tell; nothing else
  // follows.
  /^(?:learn more about your ad[- ]?choices\.?\s*visit\s+\S*adchoices|(?:hosted on acast\.\s*)?see (?:omnystudio\.com\/listener|acast\.com\/privacy) for (?:more|privacy) information)\W*$/i,
  // A public radio program page's closing stamp: "This program aired on November 24, 2026." (WBUR and other stations
  // print it under every show page). Only the date follows; "This program aired on May 3, 2012, and drew …" goes on.
  /^this (?:program(?:me)?|segment|episode|show|broadcast|interview) (?:originally |first )?aired (?:on )?(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,9},? \d{4})\.?$/iu,
];
