import { isActionBox } from './is-action-box';
import { isAppealBox } from './is-appeal-box';
import { isAboutBox } from './is-about-box';
import { isAuthorBox } from './is-author-box';
import { isPersonBox } from './is-person-box';
import { isAuthorTagline } from './is-author-tagline';
import { isCalloutLabel } from './is-callout-label';
import { isCaptionParagraph } from './is-caption-paragraph';
import { isWireGraphicNote } from './is-wire-graphic-note';
import { isCitationBox } from './is-citation-box';
import { isCjkWriterBox } from './is-cjk-writer-box';
import { isClaimBox } from './is-claim-box';
import { isCodeTitle } from './is-code-title';
import { isClosingCallToAction } from './is-closing-call-to-action';
import { isCommentSection } from './is-comment-section';
import { isCommentsLink } from './is-comments-link';
import { isBylineRegion } from './is-byline-region';
import { isContactBox } from './is-contact-box';
import { isContentsList } from './is-contents-list';
import { isCreditsBox } from './is-credits-box';
import { isDateStamp } from './is-date-stamp';
import { isDisclosureBox } from './is-disclosure-box';
import { isChartDataTable } from './is-chart-data-table';
import { isChartLabels } from './is-chart-labels';
import { isCreditsSection } from './is-credits-section';
import { isDataNoteBox } from './is-data-note-box';
import { isGlossaryBox } from './is-glossary-box';
import { isEditorNotesSection } from './is-editor-notes-section';
import { isEndMarkSection } from './is-end-mark-section';
import { isHelpBoxSection } from './is-help-box-section';
import { isEventPromoBox } from './is-event-promo-box';
import { isFigureBox } from './is-figure-box';
import { isFurnitureElement } from './is-furniture-element';
import { isHeadingAnchor } from './is-heading-anchor';
import { isInvestPitchBox } from './is-invest-pitch-box';
import { isQuoteCard } from './is-quote-card';
import { isQuoteTable } from './is-quote-table';
import { isTagLinkRow } from './is-tag-link-row';
import { isCategoryLine } from './is-category-line';
import { isKeyNumbersBox } from './is-key-numbers-box';
import { isLabelledLinkList } from './is-labelled-link-list';
import { isLinkHint } from './is-link-hint';
import { isImageLinkLabel } from './is-image-link-label';
import { isHiddenHeadingLinkBlock } from './is-hidden-heading-link-block';
import { isHiddenHeading } from './is-hidden-heading';
import { isRecirculationRegion } from './is-recirculation-region';
import { isMethodBox } from './is-method-box';
import { isNavLabel } from './is-nav-label';
import { isNextStory } from './is-next-story';
import { isNoteMarkup } from './is-note-markup';
import { isOfferBox } from './is-offer-box';
import { isPageProperties } from './is-page-properties';
import { isPaywallBox } from './is-paywall-box';
import { isPickCard } from './is-pick-card';
import { isPictureBox } from './is-picture-box';
import { isPictureCapName } from './is-picture-cap-name';
import { isCaptionTable } from './is-caption-table';
import { isChartBox } from './is-chart-box';
import { isPitchBox } from './is-pitch-box';
import { isPriceQuote } from './is-price-quote';
import { isQuickList } from './is-quick-list';
import { isPosterInfoBox } from './is-poster-info-box';
import { isSignatureBlock } from './is-signature-block';
import { isProfileBox } from './is-profile-box';
import { isProsConsBox } from './is-pros-cons-box';
import { isReviewProductBox } from './is-review-product-box';
import { isReadLabelList } from './is-read-label-list';
import { isReleaseInfo } from './is-release-info';
import { isRecordDetailsTable } from './is-record-details-table';
import { isResultsBox } from './is-results-box';
import { isScoreBadge } from './is-score-badge';
import { isFlagBadge } from './is-flag-badge';
import { isSignUpButtonBox } from './is-sign-up-button-box';
import { isSlideshow } from './is-slideshow';
import { isSourcesSection } from './is-sources-section';
import { isSignUpBox } from './is-sign-up-box';
import { isMasthead } from './is-masthead';
import { isPictureParagraphBox } from './is-picture-paragraph-box';
import { isCallToActionCard } from './is-call-to-action-card';
import { isBoxedPitch } from './is-boxed-pitch';
import { isAffiliateCard } from './is-affiliate-card';
import { isConsentBox } from './is-consent-box';
import { isSponsorBox } from './is-sponsor-box';
import { isSponsorButtonBox } from './is-sponsor-button-box';
import { isSummaryBox } from './is-summary-box';
import { isTeaserCard } from './is-teaser-card';
import { isTestMethodNote } from './is-test-method-note';
import { isTicketBox } from './is-ticket-box';
import { isTourDatesBox } from './is-tour-dates-box';
import { isTracklistBox } from './is-tracklist-box';
import { isVenueFactsBox } from './is-venue-facts-box';
import { isWikiChrome } from './is-wiki-chrome';

/**
 * True when an element inside the article region is furniture by its markup, an author box or closing italic tagline, a
 * profile box ("About Mara Holm" over her bio), a story card, a labelled link list set as one paragraph or under its
 * own "Also read:" label, a note's reference mark or endnote, a box of summary bullets under its label ("Key
 * Takeaways"), a fact-check's claim and verdict box, the sources list closing a story, a press release's notes to
 * editors, a headed newsletter box, a site's note on its methods ("How we vet brands and products", or a short "How we
 * test air fryers" box closing on a link to its methods page), a page's note on how to cite or reuse it ("Cite this
 * work"), a writer's box under its label in Japanese, Korean or Chinese ("この記事を書いた人"), a data story's key-numbers box
 * (figures the story prints too, each over its label), a review's pros and cons box or score badge ("7.4", "74% Which?
 * test score", a guide's "8.6" rating badge) or the product box around the pros and cons (name, rating, verdict,
 * prices), a flag badge pinned on a card or story ("New to the guide", "Premium"), a buying guide's product
 * card ("Our pick" over a price button), a paywall's offer box, a labelled upsell or trial box ("t3n Pro" over its
 * offer), a sponsor's paid slot under its label ("Together with …"), a table of contents (a list of links to the page's
 * own sections) or a buying guide's quick list (links to its picks' sections with their shop buttons), a reader-revenue
 * appeal with its button ("Support HuffPost"), a charity's call-to-action box (a heading over a "Donate now" or "Sign
 * the petition" button), a site's own sign-up box (a heading over a button into its newsletter, donation or membership
 * page), a club's ticket or shop box (a heading over a "Buy tickets" or "Shop now" button), a trade publisher's event
 * promo (its event's name and date over a "Register now" button), a picture with its caption set without `<figure>` (or
 * typed as the italic paragraph after it) or a `<figure>` with its caption in any tag, a caption named by the short
 * form (`img-cap`), a slideshow of captioned pictures, a region labelled as the byline, a `<time>` stamp in a calendar
 * the parser cannot read, a link's screen-reader hint (", opens new tab") or a picture link's label ("View Larger
 * Image"), a block of links under a heading for screen readers only ("Topics") or such a heading alone ("Reader
 * Interactions"), a region named as a list of other stories ("Latest news") holding links, a live price quote glued to
 * a coin's name ("Solana (SOL)$161.07"), a heading's own permalink ("#", "¶" or its words again for screen readers),
 * the heading over a
 * `<nav>` (a post series' parts), or a link to the page's comment section on its own ("Comments 14"), a newsroom's
 * contact box ("Media Contact" over a name and a phone), or a row of links into the site's tag or topic archives (a
 * post's tags, known by their addresses when the class names are hashed), or the next story an infinite-scroll page
 * appends under its own ("Up next"), or a review's release card (labelled lines: "Label: …", "Release date: …") or
 * credits card ("Film Credits" over the cast, director and runtime) or tracklist box ("Tracklist" over the songs), or a
 * restaurant review's venue card ("Address: …", "Hours: …", "Price: …" under the place's name), or a media
 * archive's record table of the item ("Date Taken", "Story ID", "Web Views" beside their values), or a box under
 * its own disclosure heading ("Disclosures"), or a comment section under its own heading ("Comments", "Join
 * the conversation"), or a short box closing on its own sign-up button ("Subscribe now", "Je m'inscris"), or a paid
 * post's sponsor furniture: its closing italic call to action ("Learn how Acme helps …", linking to the sponsor) and a
 * short box closing on a button marked `rel="sponsored"`, or what a wiki engine writes around the page's text
 * (MediaWiki's edit links and notice boxes, DokuWiki's page id, Confluence's page metadata), or the properties table of
 * a page published from a Notion database ("Published", "Author", "Tags"), or the site's masthead (a `<header>` around
 * the menu, no headline), or a consent box (an "Accept" button beside "Refuse" or "Settings"), or a picture with its
 * caption set as one short paragraph under it in a plain block, or a call-to-action card (a line or three closing on
 * its only link, a button: "Check Your Symptoms"), or a chart's data table folded under it (a `<details>` holding a
 * table), or a data story's boxed note on its data among the story's paragraphs ("About the data", "Note to readers"),
 * or a boxed glossary of the story's jargon among them ("Key terms" over a definition list),
 * or the credits closing a graphics story ("Sources", "Additional work by", "Edited by" over short lines of names), or
 * a chart's picture with its labels laid over it (ai2html), or a subscription pitch boxed apart from the story's
 * paragraphs ("Sign up here to get it in your inbox"), or a shopping or card-offer widget with a paid button ("See
 * it!", "Apply now" marked `rel="sponsored"`), or a chart module (a short box with a graphic, closing on "Source: …"),
 * or a wire's pointer under a release's picture to its full-size file ("To view an enhanced version of this graphic
 * …"), or what closes a news release after its end mark ("###" over the agency's "About …"), or a markets site's live
 * quote table between the paragraphs ("Ticker | Last | Change %" over linked tickers), or a live election-results box
 * among them (a row per candidate with its count, and the feed's status: "87% of expected vote counted", "Last
 * updated 10:58 pm", "CON GAIN FROM LAB"), or a forum post's poster box (its member stats: "Join Date: …", "Posts:
 * …") or its signature (a block opening on a line of underscores), or the helplines box closing a crime or court
 * story ("Where to get help" over the services' numbers).
 */
export const isFurniture = (element: Element): boolean =>
  isFurnitureElement(element) ||
  isAuthorBox(element) ||
  isPersonBox(element) ||
  isAboutBox(element) ||
  isProfileBox(element) ||
  isPosterInfoBox(element) ||
  isSignatureBlock(element) ||
  isAuthorTagline(element) ||
  isClosingCallToAction(element) ||
  isTeaserCard(element) ||
  isLabelledLinkList(element) ||
  isReadLabelList(element) ||
  isNoteMarkup(element) ||
  isSummaryBox(element) ||
  isClaimBox(element) ||
  isSourcesSection(element) ||
  isEditorNotesSection(element) ||
  isHelpBoxSection(element) ||
  isEndMarkSection(element) ||
  isPitchBox(element) ||
  isInvestPitchBox(element) ||
  isMethodBox(element) ||
  isTestMethodNote(element) ||
  isCitationBox(element) ||
  isCjkWriterBox(element) ||
  isKeyNumbersBox(element) ||
  isChartDataTable(element) ||
  isChartLabels(element) ||
  isDataNoteBox(element) ||
  isGlossaryBox(element) ||
  isCreditsSection(element) ||
  isContactBox(element) ||
  isProsConsBox(element) ||
  isReviewProductBox(element) ||
  isScoreBadge(element) ||
  isFlagBadge(element) ||
  isPickCard(element) ||
  isPaywallBox(element) ||
  isOfferBox(element) ||
  isSponsorBox(element) ||
  isSponsorButtonBox(element) ||
  isContentsList(element) ||
  isQuickList(element) ||
  isAppealBox(element) ||
  isActionBox(element) ||
  isSignUpButtonBox(element) ||
  isTicketBox(element) ||
  isEventPromoBox(element) ||
  isPictureBox(element) ||
  isPictureCapName(element) ||
  isCaptionTable(element) ||
  isChartBox(element) ||
  isCaptionParagraph(element) ||
  isWireGraphicNote(element) ||
  isFigureBox(element) ||
  isSlideshow(element) ||
  isBylineRegion(element) ||
  isDateStamp(element) ||
  isLinkHint(element) ||
  isImageLinkLabel(element) ||
  isHiddenHeadingLinkBlock(element) ||
  isHiddenHeading(element) ||
  isRecirculationRegion(element) ||
  isPriceQuote(element) ||
  isQuoteCard(element) ||
  isQuoteTable(element) ||
  isResultsBox(element) ||
  isHeadingAnchor(element) ||
  isNavLabel(element) ||
  isCommentsLink(element) ||
  isTagLinkRow(element) ||
  isCategoryLine(element) ||
  isNextStory(element) ||
  isReleaseInfo(element) ||
  isRecordDetailsTable(element) ||
  isCreditsBox(element) ||
  isTracklistBox(element) ||
  isVenueFactsBox(element) ||
  isTourDatesBox(element) ||
  isDisclosureBox(element) ||
  isCommentSection(element) ||
  isSignUpBox(element) ||
  isWikiChrome(element) ||
  isPageProperties(element) ||
  isMasthead(element) ||
  isConsentBox(element) ||
  isPictureParagraphBox(element) ||
  isCallToActionCard(element) ||
  isCalloutLabel(element) ||
  isCodeTitle(element) ||
  isBoxedPitch(element) ||
  isAffiliateCard(element);
