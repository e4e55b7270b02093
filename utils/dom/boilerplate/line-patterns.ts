import { AD_LINES } from './ad-lines';
import { AGENCY_INPUTS_LINES } from './agency-inputs-lines';
import { AUTOMATION_LINES } from './automation-lines';
import { CHANNEL_POINTER_LINES } from './channel-pointer-lines';
import { CONTACT_NOTE_LINES } from './contact-note-lines';
import { CONTRIBUTOR_NOTICE_LINES } from './contributor-notice-lines';
import { COMMENT_DISCLAIMER_LINES } from './comment-disclaimer-lines';
import { COLUMN_SPONSOR_LINES } from './column-sponsor-lines';
import { COOKIE_NOTICE_LINES } from './cookie-notice-lines';
import { COPYRIGHT_NOTICE_LINES } from './copyright-notice-lines';
import { COUNTER_LINES } from './counter-lines';
import { DATA_POINTER_LINES } from './data-pointer-lines';
import { DINING_POLICY_LINES } from './dining-policy-lines';
import { DISCLAIMER_LINES } from './disclaimer-lines';
import { DOI_LINES } from './doi-lines';
import { EDITORIAL_POLICY_LINES } from './editorial-policy-lines';
import { EMAIL_LINES } from './email-lines';
import { EMBED_FRAME_LINES } from './embed-frame-lines';
import { HELP_LINE_LINES } from './help-line-lines';
import { HOW_TO_LINES } from './how-to-lines';
import { INVEST_PITCH_LINES } from './invest-pitch-lines';
import { LABEL_LINES } from './label-lines';
import { LETTERS_POLICY_LINES } from './letters-policy-lines';
import { LIVE_MARKER_LINES } from './live-marker-lines';
import { MACHINE_TRANSLATION_LINES } from './machine-translation-lines';
import { MAILBAG_LINES } from './mailbag-lines';
import { MARKET_DATA_LINES } from './market-data-lines';
import { MATCH_LINES } from './match-lines';
import { MEDIA_LINES } from './media-lines';
import { NARRATION_LINES } from './narration-lines';
import { NOTE_LINES } from './note-lines';
import { PAYWALL_LINES } from './paywall-lines';
import { PITCH_LINES } from './pitch-lines';
import { PREVIOUSLY_LABEL_LINES } from './previously-label-lines';
import { PROFILE_LINK_LINES } from './profile-link-lines';
import { POLL_LINES } from './poll-lines';
import { POST_LINES } from './post-lines';
import { PRINT_PITCH_LINES } from './print-pitch-lines';
import { RECIPE_CARD_LINES } from './recipe-card-lines';
import { RATE_DISCLAIMER_LINES } from './rate-disclaimer-lines';
import { RATING_WIDGET_LINES } from './rating-widget-lines';
import { REPOST_NOTE_LINES } from './repost-note-lines';
import { REUSE_PERMISSION_LINES } from './reuse-permission-lines';
import { SECTION_BYLINE_LINES } from './section-byline-lines';
import { SITE_NOTICE_LINES } from './site-notice-lines';
import { SPONSORED_CONTENT_LINES } from './sponsored-content-lines';
import { STATION_LINES } from './station-lines';
import { STORY_STATUS_LINES } from './story-status-lines';
import { STORY_TOOL_LINES } from './story-tool-lines';
import { SUPPORT_JOURNALISM_LINES } from './support-journalism-lines';
import { SYNDICATION_NOTICE_LINES } from './syndication-notice-lines';
import { TOOL_LINES } from './tool-lines';
import { TRANSLATION_POINTER_LINES } from './translation-pointer-lines';
import { WIRE_NOTICE_LINES } from './wire-notice-lines';
import { TRANSLATOR_CREDIT_LINES } from './translator-credit-lines';
import { VIA_CREDIT_LINES } from './via-credit-lines';

/**
 * Lines that are page furniture even inside the article region, one table per kind: ads and shopping, the site's
 * pitches, paywall offers, notes about the story, notes on an automated story's making, page tools, a text-to-speech
 * player's note on its machine voice, labels, a blog post's own furniture, a match report's team sheets and facts, an
 * advice column's lines on where to send questions, the standing notices of the former Soviet states' templates (typo
 * prompt, reuse attribution), music, film, book and theatre pages' store rows, ratings and running times, a finance
 * site's note on its editorial
 * standards and its rates disclaimers, a prices widget's delay and source stamps, a weekly's pitch for its print
 * edition, a radio station's app pitch, tip line and story player's controls, the standing disclaimers under a story (a
 * position disclosure, "opinions are the author's", "does not provide medical advice", a partner note), a recipe card's
 * labelled times, yield and nutrition figures, a live page's minute stamps and video player note, a reader poll's tally
 * and links, a stock-picking service's pitch, a bilingual page's pointer to its other language ("English version
 * below"), a machine-translation notice ("This article was translated automatically …") and a translator's credit in
 * other languages ("Übertragen aus dem Französischen: …"), a brand studio's disclosure on a paid post ("This content is
 * paid for by an advertiser …"), an e-mail newsletter's sponsor line, web-version link and "Forward to a friend", a
 * story's standing status notes (a developing-story banner, an archive's age notice), a letters page's rules for
 * writing in ("Letters must be under 250 words and include …"), an older newspaper's story-tools buttons ("Print this",
 * "Font size: − +"), and "all rights reserved" in other languages ("Tüm hakları saklıdır"), an embedded post's
 * placeholder and consent gate ("Loading Twitter content"), an aggregator's standing notices under a partner's story
 * ("Publishers named above each report are responsible for their own content …"), a list site's tallies of its own
 * readers ("2.1K 96K views"), a how-to site's lines around its steps ("Submit a Tip", "This article has been viewed
 * 84,213 times."), a Chinese portal's notes on a story it reposts ("原标题：…", "特别声明：…仅代表作者本人观点"), a local paper's closing
 * line giving the writer's telephone number ("Reach Ann Lee at 555-201-4417 or …"), a publisher's terms for reusing the
 * piece ("Republishing and referencing", "Anyone is free to republish … without prior consent") and a research post's
 * pointer to its data ("The data underlying this analysis can be downloaded here."), and a press wire's or an
 * exchange's standing lines on a release ("To view the source version of this press release, please visit …",
 * "Original-Content von: …, übermittelt durch news aktuell", the TSX Venture Exchange's notice), a writer's pointer to
 * their own social profile by its address ("Follow Ann Lee on Twitter: www.twitter.com/annlee"), a contributor
 * platform's standing notice on who answers for a post ("This post was published on the now-closed HuffPost
 * Contributor platform. …"), a newsroom's pointers to its other channels under a story ("Visit … homepage for more
 * stories", "Find BBC News: … on Facebook …") and a section's own byline inside the story ("By Ann Lee, environment
 * correspondent").
 */
export const LINE_PATTERNS: readonly RegExp[] = [
  ...AD_LINES,
  ...PITCH_LINES,
  ...PAYWALL_LINES,
  ...SUPPORT_JOURNALISM_LINES,
  ...NOTE_LINES,
  ...AUTOMATION_LINES,
  ...TOOL_LINES,
  ...NARRATION_LINES,
  ...LABEL_LINES,
  ...POST_LINES,
  // A comment box's note that the comments are their writers' views, not the site's.
  ...COMMENT_DISCLAIMER_LINES,
  ...MATCH_LINES,
  ...MAILBAG_LINES,
  ...SITE_NOTICE_LINES,
  ...MEDIA_LINES,
  ...EDITORIAL_POLICY_LINES,
  ...RATE_DISCLAIMER_LINES,
  ...MARKET_DATA_LINES,
  ...PRINT_PITCH_LINES,
  ...STATION_LINES,
  ...POLL_LINES,
  // A reader-rating widget's prompt and tally ("Rate this item", "(5 votes)").
  ...RATING_WIDGET_LINES,
  ...DISCLAIMER_LINES,
  ...RECIPE_CARD_LINES,
  ...LIVE_MARKER_LINES,
  ...TRANSLATION_POINTER_LINES,
  ...MACHINE_TRANSLATION_LINES,
  ...TRANSLATOR_CREDIT_LINES,
  ...INVEST_PITCH_LINES,
  ...SPONSORED_CONTENT_LINES,
  ...EMAIL_LINES,
  ...STORY_STATUS_LINES,
  ...LETTERS_POLICY_LINES,
  ...STORY_TOOL_LINES,
  ...COPYRIGHT_NOTICE_LINES,
  ...EMBED_FRAME_LINES,
  ...SYNDICATION_NOTICE_LINES,
  ...COUNTER_LINES,
  ...HOW_TO_LINES,
  ...REPOST_NOTE_LINES,
  ...CONTACT_NOTE_LINES,
  ...REUSE_PERMISSION_LINES,
  ...DATA_POINTER_LINES,
  ...WIRE_NOTICE_LINES,
  ...PROFILE_LINK_LINES,
  ...CONTRIBUTOR_NOTICE_LINES,
  ...CHANNEL_POINTER_LINES,
  ...SECTION_BYLINE_LINES,
  // A pre-consent-platform cookie bar's sentence ("We use cookies … you agree").
  ...COOKIE_NOTICE_LINES,
  // A restaurant column's standing note on how its critics work ("pays for all meals … visits anonymously").
  ...DINING_POLICY_LINES,
  // A page's DOI alone on a line ("Knowable Magazine | 10.1146/…", "DOI: 10.1038/…").
  ...DOI_LINES,
  // An agency credit under a story written with its copy ("(With inputs from PTI)").
  ...AGENCY_INPUTS_LINES,
  // A link blog's credit for who passed the link on, alone on its line ("(via Ballot Watch)", "(h/t Ann Lee)").
  ...VIA_CREDIT_LINES,
  // A recurring roundup's sponsor line under its own name ("Morning Links is brought to you by …").
  ...COLUMN_SPONSOR_LINES,
  // A blog's "Previously:" label over links to its earlier posts (the list goes with `isReadLabelList`).
  ...PREVIOUSLY_LABEL_LINES,
  // A crime or health story's closing helpline note ("If you or someone you know is … call the … Hotline at …").
  ...HELP_LINE_LINES,
];
