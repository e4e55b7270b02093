/**
 * The standing disclaimers a personal-finance site closes a rates story with, or prints under its rate table
 * (Bankrate-style mortgage and savings pages, lenders' own news pages): "The content on this page is accurate as of the
 * posting date; however, some of our partner offers may have expired.", "All loans are subject to credit approval."
 * They speak of the page and its offers, never of the story's news.
 */

/**
 * The accuracy note: this page's content accurate as of its posting date (and, after it, which offers may have
 * expired). A story's sentence on a figure's date names the figure, not "the content on this page".
 */
const ACCURATE_AS_OF_POSTING =
  /^(?:the )?(?:content|information|rates?(?: and offers)?) (?:on|in) this (?:page|article|post|story) (?:is|are|was|were) accurate as of the (?:posting|publication|publish(?:ed)?|original publication) date\b.{0,300}$/i;

/**
 * The lender's line alone: "All loans are subject to credit approval." ("… subject to approval by the council" is
 * news).
 */
const CREDIT_APPROVAL = /^all loans (?:are )?subject to credit approval\b[^.!?]{0,60}[.!]?$/i;

/**
 * The assumptions line under a rate table widget: "Rates shown assume a $400,000 purchase price, 20% down and a 740+
 * credit score.", "APRs displayed are based on a loan amount of $300,000." The table's rates, shown or displayed, then
 * what they assume; a story says what a survey's rates assume ("Freddie Mac's rates assume 20% down") with its source.
 */
const RATE_TABLE_ASSUMPTIONS =
  /^(?:the )?(?:rates?|aprs?|(?:monthly )?payments?)(?: and (?:aprs?|payments?))? (?:shown|displayed|listed)(?: (?:above|below|here))? (?:assume|are based on)\b[^!?]{0,200}$/i;

export const RATE_DISCLAIMER_LINES: readonly RegExp[] = [
  ACCURATE_AS_OF_POSTING,
  CREDIT_APPROVAL,
  RATE_TABLE_ASSUMPTIONS,
];
