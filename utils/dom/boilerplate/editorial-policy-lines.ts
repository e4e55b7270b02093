/**
 * The note a personal-finance or review site prints under its bylines about its own editorial standards: "Our editorial
 * integrity. Our writers and editors follow strict guidelines to ensure the content you read is accurate and
 * unbiased.", "Editorial integrity: Bankrate follows a strict editorial policy, so you can trust that we're putting
 * your interests first." (Bankrate, Forbes Advisor, Investopedia-style templates). It speaks to the reader about the
 * site, never about the story.
 */

/** The note's optional label: "Our editorial integrity.", "Editorial independence:". */
const LABEL = '(?:(?:our )?editorial (?:integrity|independence|standards|guidelines|policy)\\s*[.:]\\s*)?';
/** The site's own people, or "we", following strict guidelines or a strict editorial policy. */
const STAFF_FOLLOWS =
  '(?:our (?:writers|editors|team|journalists|reporters|experts)(?: and (?:editors|writers|reporters|fact[- ]checkers))?|we) (?:follow|adhere to|abide by) (?:a |an )?(?:strict|rigorous|stringent) (?:editorial )?(?:guidelines|polic(?:y|ies)|standards)\\b';
/**
 * The site by its name ("Bankrate") following a strict EDITORIAL policy: the word is needed, since a story names who
 * follows strict rules often ("Lenders follow strict guidelines, so you need a score of 620").
 */
const SITE_FOLLOWS =
  "[\\p{Lu}][\\p{L}\\p{N}&.'’]{1,30}(?: [\\p{Lu}][\\p{L}\\p{N}&.'’]{1,30}){0,2} (?:follows|adheres to|abides by) (?:a |an )?(?:strict|rigorous|stringent) editorial (?:guidelines|polic(?:y|ies)|standards)\\b";

/**
 * The standards note: at most one sentence before it, the reader addressed ("you", "your"), and nobody reported as
 * saying it (a story on a paper's policy quotes its editor: "The Courier follows strict guidelines on anonymous
 * sources, its editor said" runs on).
 */
const EDITORIAL_STANDARDS_NOTE = new RegExp(
  `^(?=.{0,400}$)(?=.*\\byour?\\b)(?!.*\\b(?:said|says|told)\\b)${LABEL}(?:[^.!?]{0,120}[.!]\\s+)?(?:${STAFF_FOLLOWS}|${SITE_FOLLOWS}).*$`,
  'iu',
);

/**
 * A British or Irish paper's standing note on its press regulator, printed under every story by the big regional
 * groups' templates: "This website and associated newspapers adhere to the Independent Press Standards Organisation's
 * Editors' Code of Practice. If you have a complaint …" (Newsquest), "This publication is regulated by IMPRESS",
 * "We are a member of the Press Council of Ireland". The paper speaks of itself ("this website", "we") and names the
 * regulator or its code; a story on a ruling ("The Ledger breached the Editors' Code, IPSO ruled") names the paper
 * and who said so.
 */
const PRESS_REGULATOR_NOTE =
  /^(?!.*\b(?:said|says|told|ruled|found|upheld)\b)(?:this (?:website|site|newspaper|paper|publication|title)(?: and (?:its )?associated (?:newspapers|titles|publications|websites))?|we)\b.{0,60}?\b(?:adheres?|subscribes?|(?:is|are) (?:fully )?committed|(?:is|are) regulated|(?:is|are) (?:a )?members?)\b.{0,80}?\b(?:independent press standards organi[sz]ation|ipso|impress|press council|editors['’]? code)\b.{0,400}$/iu;

/**
 * The same box's note on the site's mission: "We value your trust. Our mission is to provide readers with accurate and
 * unbiased information, and we have editorial standards in place to ensure that happens." (Bankrate's "Key
 * Principles"). The site speaks of its readers and its standards in one line; a story quoting a newsroom's mission
 * names who said it.
 */
const MISSION_NOTE =
  /^(?!.*\b(?:said|says|told)\b)(?:we value your trust\.\s+)?our mission is to (?:provide|give) (?:our )?readers (?:with )?(?:accurate|unbiased|trustworthy)\b.{0,80}\b(?:editorial (?:standards|guidelines|polic(?:y|ies))|editorial integrity)\b.{0,200}$/iu;

export const EDITORIAL_POLICY_LINES: readonly RegExp[] = [EDITORIAL_STANDARDS_NOTE, PRESS_REGULATOR_NOTE, MISSION_NOTE];
