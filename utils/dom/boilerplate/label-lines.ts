import { FOREIGN_READ_LABELS, FOREIGN_TOOL_LABELS } from '../foreign-labels';
import { INDIC_STAMP_LABELS } from '../indic-labels';
import { SINGULAR_RELATED_LABEL } from '../singular-related-label';

/**
 * Labels over or between parts of the page, alone on their line: read-also and related labels, a table of
 * contents, reading time, a summary box, a transcript, an author box, an embed's title line.
 */
export const LABEL_LINES: readonly RegExp[] = [
  // A related or read-also label in Japanese, Korean and Chinese, alone on its line ("関連記事", "관련기사", "相关新闻",
  // "延伸閱讀", "更多新聞"): the links under it stay, as under "Related".
  /^(?:関連(?:記事|ニュース|リンク)|あわせて読みたい|おすすめ記事|관련 ?(?:기사|뉴스)|추천 ?기사|相[关關](?:新[闻聞]|[阅閱][读讀]|[报報][道導]|文章)|延伸[阅閱][读讀]|更多新[闻聞]|推[荐薦][阅閱][读讀])\s*[:：]?\s*$/u,
  // A read-more prompt before a teaser link: "Read more: …", "See also …", "Watch the full story".
  /^(?:read|see|click here for|watch)(?: the)? (?:more|full story|related|also|next)\b.{0,80}$/i,
  // A list or ranking post's pointer between its items, alone on its line and one clause, its link set on the box
  // around it or lost in the saving: "Click here to see the 50 worst cities to live in.", "Click here to read our
  // methodology." An instruction with nothing after it: "Click here to see, the sign said" goes on past a comma.
  /^(?:click|tap) here (?:to|for) [^.!?,;:]{3,100}[.!]?$/i,
  // A review site's pointer to its own review of a product a guide or deals post names, alone on its line: "Read our
  // full review of the Quellon Strike TKL", "Read our full Pixel 9 review", "See our in-depth review.", "Check out our
  // full review here". Our own review, nothing after the name: "Read our review, the minister said" goes on.
  /^(?:read|see|check out) our (?:full |complete |in-depth |detailed |original |first |hands-on )?(?:[\p{L}\p{N}.&'’+() -]{1,50} )?review(?: of [^.!?,;]{1,60})?(?: here)?[.!]?$/iu,
  // A markets site's link line between the paragraphs of an automated alert: "Read Our Latest Stock Analysis on
  // Halvorsen Logistics", "Check Out Our Latest Research Report on …", "View Our Latest Analysis on …" (MarketBeat's
  // wordings). The site's own latest report on a name, no clause after it: a sentence goes on past a comma.
  /^(?:read|check out|view|get|see) our latest (?:stock |research |earnings )?(?:analysis|report|research report|stock report|research)(?: (?:on|of|about|for))? [^.!?,]{1,60}$/i,
  // The line leading into a gallery or list below the story: "Keep reading for all the stars who walked the red
  // carpet.", "Keep scrolling to see the photos!", "Scroll down for more pictures". An instruction to the reader, one
  // sentence; "Keep reading, she said" has no purpose after it, and quoted advice names its speaker.
  /^(?![^.!?]*\b(?:said|says|tells?|told|added|urged)\b)(?:(?:keep|continue) (?:reading|scrolling)|scroll (?:down|through|on|below))(?: below| on| down)? (?:for|to (?:see|check out|find out|learn|discover|get|take a look))\b[^.!?]{0,160}[.!:]?$/i,
  // A read-also label alone ("Related stories:", "Recommended video" over a player whose title went with its box): the
  // links under it stay, as the 2012 gold keeps them. A rail's heading ("Trending", "Most popular") is no line of its
  // own here: it heads a block, left out with its links.
  // "More reading:" is the same label over titles to read, as The Washington Post's On Parenting essays close. (A
  // "Related Reading" or "Further reading" heading is read with the links under it, `headed-link-blocks`.)
  /^(?:related|more|also read|recommended)(?: (?:stories|articles|coverage|content|links|posts|videos?|from [\w ]+))?\s*:?\s*$/i,
  /^more reading\s*:?\s*$/i,
  // A portal's label over its own stories embedded after a story (a slideshow, a link list), alone with its colon, as
  // HuffPost and Forbes set it in 2012-2017: "Also on HuffPost:", "ALSO ON FORBES:". A capitalised name and the colon:
  // "Also on the agenda:", "Also on Tuesday:" and a subheading "Also on Main Street" stay.
  /^(?:Also on|ALSO ON) (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,2}\s*:$/u,
  // The same label in the singular, over the one link an editor set between paragraphs ("Related story:").
  new RegExp(`^${SINGULAR_RELATED_LABEL}\\s*:?$`, 'i'),
  // A news site's hub heading under an explainer or a breaking story, alone once its story cards went as a card grid:
  // "Read our full coverage of the Alder Canyon Fire", "Our full coverage", "Complete coverage". No sentence: the
  // story's own "Our full coverage of the trial begins Monday." goes on past its label. Indian portals close a story
  // with the same pointer and a "here" link: "Catch latest coverage of Coronavirus here." (India Today, 2020-2021).
  /^(?:(?:read|see|catch) )?(?:our |the )?(?:full|complete|continuing|latest) coverage(?: (?:of|on) [^.!?:]{1,60}?)?(?:\s*:| here\.?)?$/i,
  // The same pointer as a clause before its link, closing a standing box (Global News's "Questions about COVID-19?"):
  // "For full COVID-19 coverage from Global News, click here." Nothing after "click here": a sentence goes on.
  /^for (?:full|complete|continuing|more|the latest) (?:[^.!?:,]{1,40} )?coverage(?: (?:from|on|of) [^.!?:,]{1,50})?,? click here\.?$/i,
  // A reading-time label under the headline, named ("Read Time: 2 mins", "Reading time: 4 minutes"); "5 min read" is
  // the header reader's.
  /^(?:estimated )?read(?:ing)? time\s*:?\s*\d{1,3}\s*(?:mins?|minutes?)\.?$/i,
  // The same label in Spanish, Portuguese and French: "Tiempo de lectura: 3 min", "Tempo de leitura: 4 minutos", "Temps
  // de lecture : 3 min", "Lectura de 3 min", "3 min de lectura", "Leitura: 4 min".
  /^(?:(?:tiempo de lectura|tempo de leitura|temps de lecture|lectura|leitura)\s*:?\s*(?:de\s+)?\d{1,3}\s*(?:min(?:utos?|utes?|s)?)\.?|\d{1,3}\s*min(?:utos?)?\.? de (?:lectura|leitura))$/iu,
  // A digest box's label whose text went as the standfirst: "Short Summary", "Quick summary", "AI summary" (a bare
  // "Summary" may head a report's own section).
  /^(?:short|quick|brief|ai|ai-generated) summary\s*:?$/i,
  // The label over a table of contents: "Jump to:", "Table of contents", "In this article", "On this page".
  /^(?:jump to|table of contents|in this (?:article|guide|story|post)|on this page)\s*:?\s*$/i,
  // A read-also label alone on its line, its links gone as a link list ("Seguir leyendo:", "Leia também"), and a page
  // tool's label in Spanish or Portuguese ("Comentar", "Compartir").
  new RegExp(`^(?:${FOREIGN_READ_LABELS}|${FOREIGN_TOOL_LABELS})\\s*[:|»›]?$`, 'iu'),
  // A blog's archive link and related-posts label: "View all posts by Ann Lee", "You may also like". Not "Posted by
  // NAME …"/"Written by NAME": that is the post's byline, which readers see and the gold keeps.
  /^(?:view all posts by|more posts by)\b.{0,100}$/i,
  /^(?:no related posts|related posts|you (?:may|might) also like)\b.{0,40}$/i,
  // The label over a writer's box under the story, alone once its bio went as a closing note: "About the Author".
  // Think tanks head their people cards with the bare plural: "Contributors", "Authors", "Experts".
  /^(?:about the (?:authors?|writers?|reporters?|contributors?)|contributors|authors|experts)\s*:?$/i,
  // A promo card's prompt after the shows or videos it names: "Inside Politics, In the News and more: listen now",
  // "Highlights from every match: watch here". A story quoting someone's "listen now" does so in quote marks.
  /^[^.!?"“”]{1,80}:\s*(?:listen|watch) (?:now|here)\W*$/i,
  // The label over an embedded podcast player: "Listen to “It’s All Good: A Block Club Chicago Podcast”:".
  /^listen to (?:the |our )?["“”'‘’]?[\p{L}\p{N} '’&:,.-]{0,60}\bpodcast\b["“”'‘’]?\s*[:.]?$/iu,
  // The title line of a video embed whose player a script fills: "Watch on Deadline", "Watch the full interview on
  // YouTube". The whole line, a capitalised name and nothing after it; a sentence ("Watch on Sunday as the …") goes on.
  /^Watch (?:it |the video |the full (?:video|interview|episode) )?on [\p{Lu}\p{N}][\p{L}\p{N}+.&'’-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}+.&'’-]*){0,3}$/u,
  // The label over the story's text under a summary box ("FULL STORY").
  /^full (?:story|article)$/i,
  // A republishing button: "Republish this article".
  /^republish (?:this|our) (?:article|story|stories|piece)\W*$/i,
  // The offer itself, in words: "Republish our articles for free, online or in print, under a Creative Commons
  // license.", "You may republish this story for free." Addressed to other publishers, naming the terms; "The paper
  // agreed to republish our articles, the editor said" starts with who did it.
  /^(?:you (?:can|may|are (?:free|welcome) to) )?republish (?:this|our) (?:articles?|stor(?:y|ies)|pieces?|work|journalism)\b[^.!?]{0,120}\b(?:for free|free of charge|at no cost|creative commons)\b.{0,200}$/i,
  // The same offer with the outlet as its subject, as nonprofit newsrooms print it under the republish button:
  // "Understory articles are free to republish under a Creative Commons license.", "Our stories are free to republish
  // for free, online or in print." The whole line, naming the terms; a sentence about whose articles or what someone
  // said ("Some articles are free to republish …, the group said") goes on.
  /^(?!(?:Some|Many|Most|All|The|Their|Its|His|Her|These|Those|Few|No) )(?!.*\b(?:said|says|according)\b)(?:our|[\p{Lu}][\p{L}\p{N}'’&.-]*(?: [\p{Lu}][\p{L}\p{N}'’&.-]*){0,3}) (?:articles|stories|news stories|reports) are (?:free|available) to (?:republish|reprint)\b[^.!?]{0,120}\b(?:for free|free of charge|at no cost|[Cc]reative [Cc]ommons|online or in print|with attribution)\b.{0,200}$/u,
  // The same offer in the passive, as nonprofit newsrooms' republish boxes print it: "Our stories may be
  // republished for free under a Creative Commons license.", "Ledger articles can be republished online or in print."
  // The whole line, naming the terms; a report of who may reprint what ("The photos may be republished, a spokesman
  // said") goes on.
  /^(?!(?:Some|Many|Most|All|The|Their|Its|His|Her|These|Those|Few|No) )(?!.*\b(?:said|says|according)\b)(?:our|[\p{Lu}][\p{L}\p{N}'’&.-]*(?: [\p{Lu}][\p{L}\p{N}'’&.-]*){0,3}) (?:articles|stories|news stories|reports) (?:may|can) be (?:republished|reprinted)\b[^.!?]{0,120}\b(?:for free|free of charge|at no cost|[Cc]reative [Cc]ommons|online or in print|with attribution)\b.{0,200}$/u,
  // A bilingual site's pointer to the same story in its other language, alone on its line: "Lee esta nota en inglés.",
  // "Read this story in Spanish", "Leer en español", "Lire en anglais". Nothing after the language: "Read in English,
  // the letter says …" goes on.
  /^(?:(?:read|lee|lea|leer|leia|ler|lire|lisez)(?: (?:this|esta|este|the|la|el|l['’]|cette|cet)\s*(?:story|article|post|nota|noticia|historia|art[íi]culo|reportaje|mat[ée]ria|not[íi]cia|texto|reportagem)?)?|(?:this|esta|este) (?:story|article|nota|art[íi]culo|historia)) (?:(?:is )?(?:also )?(?:available )?(?:in|en|em)) (?:english|spanish|portuguese|french|ingl[ée]s|espa[ñn]ol|portugu[ée]s|franc[ée]s|anglais|espagnol)\W*$/iu,
  // The label over a transcript: "Transcript", "Read the Full Transcript", "Full transcript:".
  /^(?:(?:read|view|show|see) (?:the )?)?(?:full |audio |show )?transcript\s*:?$/i,
  // A time stamp's label left alone when the date beside it was read as the date: "Updated", "Last updated:".
  // Nothing after it: "Updated figures show …" is a sentence. ("Published" stays: the byline reader reads it.)
  /^(?:last )?(?:updated|modified)\s*:?$/i,
  // An Indian-language daily's time stamps left in the text, one or two on a line: "பதிவு செய்த நாள்: நவ 26,2026 23:10
  // மாற்றம் செய்த நாள்: நவ 27,2026 06:02", "শেষ আপডেট: ২৬ নভেম্বর ২০২৬ ০৭:৪৫", "प्रकाशित: 26 नवंबर 2026". Each label, a
  // date with its year (in any script's digits) and maybe the hour; nothing else on the line.
  new RegExp(
    `^(?:[|•·]?\\s*${INDIC_STAMP_LABELS}\\s*:?\\s*[^|:]{0,30}?\\p{Nd}{4}(?:,?\\s*\\p{Nd}{1,2}[:.]\\p{Nd}{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?)?(?:\\s*IST)?\\s*)+$`,
    'u',
  ),
  // The kind of release a government or court newsroom prints over the text, alone on its line: "News release",
  // "Media release", "Press Release", "Media advisory", "FOR IMMEDIATE RELEASE". A label, not a sentence: "News
  // release dates moved to Friday" goes on.
  /^(?:(?:news|press|media) (?:release|advisory)|for immediate release)\s*:?$/i,
];
