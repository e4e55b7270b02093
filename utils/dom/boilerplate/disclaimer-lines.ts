/**
 * The standing disclaimers a site prints under every story, whatever box or class holds them: an investment site's
 * position disclosure ("The author has no position in any of the stocks mentioned.", Seeking Alpha's "Analyst's
 * Disclosure: I/we have no stock, option or similar derivative position …"), an opinion or think-tank page's note that
 * the views are the author's ("Opinions expressed are those of the author.", "Chatham House does not express opinions
 * of its own."), a health site's "does not provide medical advice" and "for informational purposes only" notes, and a
 * personal-finance or shopping site's partner note ("Many or all of the products featured here are from our partners
 * who compensate us.", "Advertiser Disclosure"). Each is read as a whole line opening on the disclaimer's own words: a
 * story's sentence quoting one goes on about something else or opens otherwise.
 */

/**
 * A named person, the author, "I" or "we" holding no position in the stocks the story mentions, the sentence ending
 * there ("… mentioned by the senator" is a story's). Also in the past, after the time it speaks of and the note on
 * the writer, as TheStreet closes its contributors' pieces: "This article is commentary by an independent
 * contributor. At the time of publication, the author held no positions in the stocks mentioned."
 */
const NO_POSITION =
  /^(?:this (?:article|post|story) is commentary by an independent contributor\.\s+)?(?:at the time of (?:publication|writing),?\s+)?(?:[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3}|the (?:author|writer|analyst)s?|i(?:\/we)?|we) (?:has|have|holds?|held|had) no (?:(?:stock,? )?(?:option,? )?(?:or similar )?(?:derivative )?)?positions? in (?:any of )?the (?:stocks|companies|securities|shares|tickers|assets) mentioned(?: (?:above|here|in this (?:article|story|post)))?(?:[,;]\s.{0,500}|[.!](?:\s.{0,500})?)?$/iu;

/**
 * A portfolio's holding disclosed under a story that names the stock, with the portfolio by its proper name and the
 * alert pitch after it: TheStreet's "Jim Cramer and the AAP team hold a position in Gradex for their Action Alerts PLUS
 * Charitable Trust Portfolio. Want to be alerted before Cramer buys or sells GRDX? Learn more now." The line is that
 * sentence and the pitch only; a story's "The fund holds a position in Gradex for its growth portfolio, filings show"
 * goes on.
 */
const PORTFOLIO_POSITION =
  /^[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3}(?: and the [\p{L}\p{N}&'’-]+ team)? holds? a position in [^.!?]{1,80} for (?:their|its|his|her) (?:[\p{Lu}][\p{L}\p{N}&'’-]* ){1,6}Portfolio\.(?:\s+[Ww]ant to be alerted before [^?]{1,80}\?\s*[Ll]earn more(?: now)?\.?)?$/u;

/** A labelled disclosure of one party: "Analyst's Disclosure: …", "Seeking Alpha's Disclosure: …". */
const OWNED_DISCLOSURE = /^[\p{L}\p{N}&.-]+(?: [\p{L}\p{N}&.-]+){0,2}['’]s? disclosure\s*:\s*\S.{0,800}$/iu;

/**
 * The views are the author's and not the site's: "Opinions expressed are those of the author. They do not reflect the
 * views of Reuters News, …", "Editorial disclaimer: Opinions expressed here are the author's alone, not those of any
 * bank, …", "The views expressed are those of the authors and should not be attributed to the Urban Institute, its
 * trustees, or its funders." (as research institutes and central banks word it), "The views presented in this piece are
 * those of the author(s) and do not necessarily represent the views of ODI …", "The content and the views expressed in
 * this blog are those of the author(s) …". Only with the site's distance said, or under a disclaimer label: the bare
 * "The views expressed in this article are those of the author." is kept as an op-ed's own line (as the line rules
 * settled before), and a survey's or a court's "opinions expressed" are someone else's and name them.
 */
const AUTHORS_VIEWS =
  /^(?:(?:editorial )?disclaimer\s*:\s*(?:the )?(?:opinions|views)(?: and opinions)? expressed\b|(?:the )?(?:content and (?:the )?)?(?:opinions|views)(?: and opinions)? (?:expressed|presented|contained)(?: here(?:in)?| above| below| in this (?:article|publication|post|column|piece|commentary|story|blog|paper|brief))? (?:are|is) (?:solely |entirely )?(?:(?:those|the views) of )?(?:(?:the|its|their) )?(?:authors?|writers?|contributors?|columnists?)(?:['’]s?|\(s\))?\b[^\n]{0,120}?\b(?:not (?:necessarily )?(?:those|the views|the opinions) of|do(?:es)? not (?:necessarily )?(?:reflect|represent)|should not be (?:attributed to|(?:interpreted|construed|taken) as (?:reflecting|representing)))\b)[^\n]{0,300}$/iu;

/**
 * A publisher of many authors saying it holds no view: "Carnegie does not take institutional positions …", "The
 * European Council on Foreign Relations does not take collective positions. ECFR publications only represent the views
 * of their individual authors." The name may hold its lower-case joining words ("on", "for", "of").
 */
const NO_HOUSE_VIEW =
  /^[\p{Lu}][\p{L}\p{N}&.'’-]*(?: (?:[\p{Lu}][\p{L}\p{N}&.'’-]*|of|on|for|and|the|de)){0,6} does not (?:express opinions of its own|take (?:institutional|collective|corporate) positions)\b.{0,400}$/u;

/**
 * The same note inside the paragraph that says what the series is, with the author's word on the views after it:
 * "Critical Questions is produced by the Center for … Its research is nonpartisan and nonproprietary. CSIS does not
 * take specific policy positions. Accordingly, all views … should be understood to be solely those of the author(s)."
 * Both halves, in that order, the second naming the views: a story's "the foundation does not take policy positions,
 * its director said" has no word on an author's views.
 */
const NO_HOUSE_VIEW_INSIDE =
  /^.{0,400}\bdoes not take (?:specific |any )?(?:policy |institutional |collective |corporate )?positions\b.{0,300}\b(?:views|opinions|conclusions)\b[^.!?]{0,160}?\bof (?:the |its |their )?(?:individual )?authors?(?:\(s\))?(?!\p{L}).{0,300}$/u;

/** A health site's note: "WebMD does not provide medical advice, diagnosis or treatment." */
const NO_MEDICAL_ADVICE =
  /^(?:[^.!?]{0,80}[.!?]\s*)?(?:[\p{Lu}][\p{L}\p{N}&.'’-]*(?: [\p{Lu}][\p{L}\p{N}&.'’-]*){0,4}|we|this (?:site|website|content)) (?:does|do) not provide medical advice\b.{0,300}$/u;

/**
 * "This content is for informational purposes only (and is not a substitute for professional medical advice)", "The
 * material on this site is for informational purposes only.", after at most one sentence of the site's own.
 */
const INFORMATIONAL_ONLY =
  /^(?:[^.!?]{0,120}[.!?]\s+)?(?:this|the|all|our) (?:content|information|article|material|site|website)(?: on this (?:site|page|website))? (?:is|are) (?:provided )?for (?:general )?informational (?:and educational )?purposes only\b.{0,300}$/i;

/**
 * The partner note: "Many or all of the products featured here are from our partners who compensate us. …"
 * (NerdWallet), "The offers that appear on this site are from companies that compensate us. This compensation may
 * impact how and where products appear on this site, …" (Bankrate and the other Red Ventures money sites' "How we make
 * money" box).
 */
const PARTNERS_COMPENSATE =
  /^(?:(?:many|most|some) or all of the (?:products|offers|cards) (?:featured|shown|on this page)[^.!?]{0,30} are from (?:our )?partners who compensate us|the (?:offers|products|listings) (?:that )?(?:appear|shown|featured) on this (?:site|page|website) are from companies (?:that|which|who) compensate us)\b.{0,600}$/i;

/**
 * "Advertiser Disclosure" alone, or with its text ("Advertiser Disclosure: The offers that appear in this table …").
 */
const ADVERTISER_DISCLOSURE = /^advertiser disclosure(?:\s*:\s*\S.{0,600})?$/i;

/** "Our editors independently research, test, and recommend …; we may receive commissions on purchases …". */
const INDEPENDENT_PICKS =
  /^our editors independently (?:research|select|review|choose|test)\b[^\n]{0,300}\b(?:receive|earn) (?:a )?commissions?\b.{0,200}$/i;

/**
 * A commerce site's affiliate note: "We may earn revenue from the products available on this page and participate in
 * affiliate programs. Learn more ›", "We may earn a commission from links on this page."
 */
const WE_MAY_EARN =
  /^we may (?:earn|receive) (?:revenue|a commission|commissions|compensation|money)\b[^.!?]{0,80}\b(?:products?|links?|purchases?|page|affiliate)\b[^\n]{0,200}$/i;

/** A deal post's note: "Deal pricing and availability subject to change after time of publication." */
const PRICES_MAY_CHANGE =
  /^(?:deal )?(?:prices?|pricing) and availability (?:are |is )?subject to change\b[^\n]{0,120}$/i;

export const DISCLAIMER_LINES: readonly RegExp[] = [
  WE_MAY_EARN,
  PRICES_MAY_CHANGE,
  NO_POSITION,
  PORTFOLIO_POSITION,
  OWNED_DISCLOSURE,
  AUTHORS_VIEWS,
  NO_HOUSE_VIEW,
  NO_HOUSE_VIEW_INSIDE,
  NO_MEDICAL_ADVICE,
  INFORMATIONAL_ONLY,
  PARTNERS_COMPENSATE,
  ADVERTISER_DISCLOSURE,
  INDEPENDENT_PICKS,
];
