import { isCaptionSlot } from './is-caption-slot';
import { isPostEmbedCard } from './is-post-embed-card';
import { isVideoFacade } from './is-video-facade';
import { withoutArcRailLayout } from './arc-layout-names';
import { withoutGrafAfterNames } from './medium-graf-names';
import { isBuilderChrome, withoutBuilderStoryNames } from './builder-story-names';
import { classNames, nameWords } from './class-names';
import { holdsReviewProse, withoutProductCardNames } from './holds-review-prose';
import { headingLead, isTextSlugId } from './is-text-slug-id';
import { isBookmarkId } from './is-bookmark-id';
import { isPanelTextTitle, withoutPanelStoryNames } from './siteorigin-panel-names';
import { isReviewRatingBox } from './is-review-rating-box';

/**
 * Class/id words of page furniture that Readability sometimes keeps inside the article: related and popular lists,
 * share bars, tag and category lines, breadcrumb trails (`breadcrumbs`, and `crumbs` or `breadandcrumb` as WordPress
 * themes and Breadcrumb NavXT named theirs: "Home / News / <the headline>"; not `crumble` or `crumbly`), author boxes,
 * captions, polls, newsletter and ad slots, pop-ups (a sign-up lightbox), pull-outs and pull quotes (a fact box beside
 * the story, a quote repeated from it), the site masthead, a section kicker over the headline and the tooltip
 * explaining it (`kicker`, `kicker-tooltip`: "Argument" and what the label means, shown on hover),
 * similar-article lists, "more from" rails (`more-from`), a science story's reference list (`c-article-references`,
 * `bibliography`: citations and "Google Scholar" links, not the story; a health story's `sources` box), recirculation
 * modules (`inline-recirc`: links to the site's other stories), side columns and rails (`side-box`, `rightcol`,
 * `right-rail`; not a left column, which holds the article on many sites), subscription offers, affiliate and
 * contributor disclaimers, "follow this topic" boxes, video players and embeds (`video-block`, `media-player`,
 * `jwplayer`: a title, a length, "Watch:", never the story's prose; `inline-video`, as the Washington Post's PostTV
 * block of about 2016-2022 names its video's title and caption by `data-qa`), gallery embeds between the paragraphs
 * (`gallery-embed`, `gallery-block`, `inline-gallery`: a title, "27 photos", slide titles and captions; not a bare
 * `gallery`, which a photo story's own page may be), reader-reaction widgets (`content-reactions`:
 * emoji buttons and their label), a summary box over the story (`key-points`: bullets repeating the story), a recipe
 * card's nutrition label (`wprm-nutrition-label-container`: a table of numbers; `RecipeNutritionWrapper`; the card
 * plugins' own names, Tasty Recipes' `tasty-recipes-nutrition` and Nutrifox box, Mediavine Create's
 * `mv-create-nutrition`, a magazine's `recipe__nutrition` and `nutrition-list`; not a bare `nutrition`, a health site's
 * topic), its ratings and reviews block (`ReviewsWrapper`, `ContentHeaderRatingWrapper`: "4.7 (212) Read Reviews"), its
 * times and yield (`InfoSlice`: "Total Time" "40 minutes"; `p.Yield`: "4 servings"; `recipe-meta`), a contributor's bio
 * (`ContributorBioWrapper`), a travel guide's affiliate hotel box (`affiliate-card`: "Where to stay: …", a price,
 * "Check availability"; not an inline `affiliate-link`, which sits in a sentence), a subscription unit
 * (`ConsumerMarketingUnit`), a map guide's place address (`c-mapstack__address`: the street, not the write-up), calls
 * to action (`inline-cta`: an event or offer box inside the story; `speedbump`: the same box between paragraphs;
 * `post-boilerplate`: the newsletter and event pitches a CMS inserts into every post) and paywall prompts
 * (`piano-inline`, `regwall`,
 * `paywall-prompt`: the metered offer a script shows over the text; not `paywall`, which Bloomberg-style templates put
 * on every paragraph the wall covers), and reader-revenue appeals (`cli-support-huffpost`, `donate-box`,
 * `contribution-ask`: "Would you help us keep our stories free?"; not `contributor`), a markets site's quote widgets
 * (`ticker-list`, `company-card`, `price-widget`: symbols and the day's price moves, not the story's prose; not a bare
 * `ticker`, the class of a company's name linked inside a sentence), its product pitches and offer tables (`pitch`,
 * `financial-offers`: "Should you invest $1,000 in …", "Compare Accounts"), "Read next" rails, and a corrections box
 * after the story (`article__corrections`: a note on an earlier version, not the story; a "Correction:" paragraph
 * inside the text stays, being no block of its own), and a review's score box (`review-score-box`, `review-breakdown`,
 * `score-box`: the score, its one-word verdict, a summary line repeating the dek, pros and cons, 'How We Review'; the
 * story's own 'Verdict' section is prose and stays), a product review's summary boxes (`article-verdict`, `pro-con`,
 * `highs-lows`: the verdict, pros and cons or "HIGHS:/LOWS:/VERDICT:" lines over the review, which repeat it) and its
 * commerce cards (`product-card`, `compare-prices`, `price-comparison`: a pick's name, blurb, score and price buttons),
 * and a comment box named after the article (`article-comments`,
 * `story-comments`: Readability keeps it for the word "article", and under the story it holds a sign-in prompt, "Would
 * you like to comment on this article? Register…", or comments, which are no part of the body). Not an embedded post
 * (`blockquote.twitter-tweet`): the Dragnet gold keeps those as the post's text (7 dev pages). An image's source line
 * (`image__source`, `photo-source`: a newsletter platform's caption and credit under a picture) is a caption. An
 * actions bar (`article-actions`, an obituary's `obit-actions`: "Send Flowers", "Sign the Guest Book", a tribute-store
 * line) holds buttons, not the story. A consent box standing in for an embed (`consent-banner`: "Allow X content?",
 * the site's cookie note and an accept button, as the page serves it before the reader agrees) is no text of the
 * story, and so are the consent platforms' own placeholders for a blocked embed, named the same on every site that
 * uses them (Usercentrics' `uc-embedding-container`, Borlabs Cookie's `_brlbs-content-blocker`, Complianz's
 * `cmplz-blocked-content-container`). A keyword list (`c-keywords`, `keyword-zone`: the topic links Japanese and
 * Korean news sites put under the story, as others name theirs `tags`) is no part of it either; a lone `keyword` is an
 * inline highlight and stays. A death notice's blocks around the obituary are furniture too: its guest book section
 * (heading, count, prompts; the entries are read as comments before), tribute wall, sympathy store, service details and
 * "More obituaries" rails (`GuestbookSection`, `MoreObituaries`, `ServicesSection`, `service-info`).
 */
const FURNITURE =
  /(?:^|[-_\s])(?:related|sidebar|side[-_]?(?:bar|box|col|column|rail)|right[-_]?(?:col|column|rail|sidebar)|rail|share|sharing|social|sociable|promo|newsletter|popular|trending|recommended|recommendations|(?:bread-?(?:and-?)?)?crumbs?|tags|tagged|tag-?links|keywords|keyword-?(?:list|tags|links|zone|box|area)|categories|cat-?links|post-?meta|entry-?meta|entry-?utility|postmetadata|post-?footer|entry-?footer|author-?(?:bio|box|info)|about-?(?:the-)?author|widget|pagination|nav-?links|subscribe|signup|ads?|advert\w*|sponsor\w*|poll|more-?stories|more[-_]?from|references|bibliography|sources|recirc\w*|read-?more|wp-caption-text|caption|(?:image|photo|picture|img)[-_]*source|credits?|copyright|print-?only|lightbox|modal|popup|pull-?out|pull-?quote|masthead|kicker|tooltip|similar|subscription|disclaimer|disclosure|follow[-_]?(?:us|topics?|authors?|buttons?|bar|box)|video-?(?:block|player|resource|embed|module|container|wrapper)|(?:photo-?)?gallery-?(?:embed|block|module|widget|promo|teaser|card|inline)|(?:inline|embedded)-?(?:gallery|video)|media-?player|jw-?player|(?:content-?|emoji-?)?reactions|cta|call-?to-?action|speed-?bump|boilerplate|key-?(?:points|takeaways)|nutrition-?(?:label|facts|info|panel|wrapper|analysis|list|box|table|summary)|(?:recipes?|create)[-_]*nutrition|nutrifox|affiliate-?(?:cards?|box|widget|module|block|unit|product|offer)|marketing-?unit|contributor-?bio|reviews-?(?:list|wrapper|section)|review-?list|ratings?-?(?:wrapper|summary)|address|info-?slice|yield|recipe-?(?:meta|times?)|regwall|paywall-?(?:prompt|offer|message|banner)|piano|support|donat(?:es?|ion)|contribut(?:e|ion)|read-?next|corrections?|pitch|offers|tickers|ticker-?(?:bar|list|rows?|strip|tape|chips?)|(?:quote|stock|symbol|company)-?(?:card|widget|chips?)|price-?(?:ticker|widget|snapshot)|review-?(?:score|rating|breakdown)|score-?box|actions|(?:article|review|product|game)-?verdict|verdict-?(?:box|card|block|module|summary|wrapper)|pros?-?(?:and-?)?cons?|highs?-?(?:and-?)?lows?|product-?cards?|compare-?prices?|price-?comparison|(?:article|story|post|entry)[-_]?comments?|consent-?(?:banner|box|wall|placeholder|message|prompt)|uc-embedding|brlbs-content-blocker|cmplz-blocked-content|(?:more|recent|latest|other|popular)[-_]?obit(?:uarie)?s|guest[-_]?book|tribute[-_]?(?:wall|store)|sympathy|services[-_]?section|service[-_]?(?:info(?:rmation)?|events|details))(?:$|[-_\s])/i;

/**
 * Markers of the post itself. WordPress writes the post's tags and categories into its class (`tag-links`,
 * `category-news`), which would otherwise read as furniture.
 */
const CONTENT = /(?:^|\s)(?:hentry|type-post|post|entry|entry-content|post-content|article-body|story-body)(?:$|\s)/i;
const CONTENT_TAGS = new Set(['ARTICLE', 'MAIN', 'BODY']);

/**
 * The story's own building blocks named as widgets by their kind: a CMS that builds the article from widgets puts
 * each paragraph in `article-widget article-widget-text` (and `-image`, `-heading`, `-list`), where the word `widget`
 * says nothing; other kinds still read by their words (`article-widget-related_articles`, `sdc-article-widget`
 * around a video player).
 */
const STORY_WIDGET =
  /(?:^|[\s_-])(?:article|story|content|body)[-_]?widget[-_](?:text|paragraph|rich[-_]?text|html|heading|subheading|image|list|quote|blockquote)(?:$|\s)/i;

/**
 * Elements that are furniture by their own markup (`<figcaption>`, `<nav>`, `<aside>`), and the AMP components that
 * never hold the story: ad and recommendation slots, iframes (a graphic or video whose only text is its "Loading…"
 * placeholder or fallback), share buttons, consent banners, side menus and sticky ads. Embedded posts (`amp-twitter`)
 * are not among them: their placeholder is the post's text, which the story quotes.
 */
const FURNITURE_TAGS = new Set([
  'FIGCAPTION',
  'NAV',
  'ASIDE',
  'FOOTER',
  'AMP-AD',
  'AMP-EMBED',
  'AMP-STICKY-AD',
  'AMP-IFRAME',
  'AMP-SOCIAL-SHARE',
  'AMP-CONSENT',
  'AMP-SIDEBAR',
]);

/**
 * ARIA landmark roles of page furniture: the same regions as `<aside>`, `<nav>`, the site header and footer, and
 * dialogs (a cookie banner is an `alertdialog`), and a tooltip: the card a byline's name opens on hover (the writer's
 * or editor's title and bio, as money and health guides set them under the headline), shown only over its trigger.
 */
const FURNITURE_ROLES = new Set([
  'complementary',
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'dialog',
  'alertdialog',
  'tooltip',
]);
/**
 * Attributes that name a block on script-built news pages, which often carry no telling class
 * (`data-component="related-links"`, `data-testid="newsletter-signup"`, `data-qa="newsletter-inline"` on Arc XP
 * pages, `data-cy="newsletter-promo"` (a Cypress test name), `data-test-id="post-page-recommended"`, `aria-label="Most
 * read"`), `data-e2e` (BBC World Service and other React sites' test names: `data-e2e="related-content-heading"`),
 * and `aria-labelledby`, whose value is the id of the heading that names a region (`podcast-promo`,
 * `related-content-heading`), so a region is read by the name of its label as well as by its own.
 */
const NAME_ATTRIBUTES = [
  'data-component',
  'data-testid',
  'data-test-id',
  'data-module',
  'data-qa',
  'data-cy',
  'data-e2e',
  'aria-label',
  'aria-labelledby',
];

/**
 * An `<aside>` the page gives ARIA's `note` role: a parenthetic part of the content (a callout box in the story, as
 * MDX and Tailwind blogs write "Note" and "Tip" boxes), which the role says is not the complementary landmark an
 * `<aside>` otherwise is. Its class names still count.
 */
const isNoteAside = (element: Element, tag: string): boolean =>
  tag === 'ASIDE' && element.getAttribute('role') === 'note';

/** True when an element inside the article region is page furniture by its tag, role, class, id or component name. */
export function isFurnitureElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (
    (FURNITURE_TAGS.has(tag) && !isNoteAside(element, tag)) ||
    isCaptionSlot(element) ||
    isVideoFacade(element) ||
    isPostEmbedCard(element)
  )
    return true;
  if (CONTENT_TAGS.has(tag)) return false;
  if (FURNITURE_ROLES.has(element.getAttribute('role') ?? '')) return true;
  // Component classes count by their words: `ArticleBio_root__r6Ggy` is an `article-bio`.
  // A page builder's element-kind names (`elementor-widget-text-editor`) say nothing about furniture; its site
  // header and footer templates are furniture.
  if (isBuilderChrome(classNames(element))) return true;
  // A text widget's title in a page-builder panel is the story's subheading (see `isPanelTextTitle`).
  if (isPanelTextTitle(element)) return false;
  // Arc XP's rail layout names each region after the layout (`b-right-rail-advanced__main`): read by the region.
  // Medium names each block after the one before it too (`graf-after--pullquote`): read by its own kind.
  const classes = withoutGrafAfterNames(
    withoutArcRailLayout(withoutPanelStoryNames(withoutBuilderStoryNames(classNames(element)))),
  );
  if (CONTENT.test(classes) || STORY_WIDGET.test(classes)) return false;
  // Ids and component names in camel case count by their words too (`GenericArticle-SocialShare`, `relatedPosts`).
  const names = [
    classes,
    // A heading's id built from its own words (`split-it-into-categories`) is the writer's words, not a name, unless
    // the heading leads with a furniture word (`section-more-from-harbour` over "More from Harbour"); so is BookStack's
    // bookmark id on every block (`bkmrk-winter-social`).
    ...[
      (isTextSlugId(element) && !FURNITURE.test(headingLead(element))) || isBookmarkId(element) ? '' : element.id,
      ...NAME_ATTRIBUTES.map((name) => element.getAttribute(name) ?? ''),
    ].map(nameWords),
  ].join(' ');
  // A review plugin's score box and readers' vote (Taqyeem's "User Rating: Be the first one !").
  if (isReviewRatingBox(element, names)) return true;
  if (names.trim().length === 0 || !FURNITURE.test(names)) return false;
  // A commerce card that holds the guide's own review paragraphs is the product's section of the story. The names are
  // read first: only a block named as a card alone has its paragraphs read.
  return FURNITURE.test(withoutProductCardNames(names)) || !holdsReviewProse(element);
}
