/**
 * A writer's job title on a line of its own under their name, as company and product blogs print the author chip
 * ("Priya Natarajan" / "Staff Engineer, Build Infrastructure", "Developer Experience Lead", "Co-founder & CTO"): a
 * short line of capitalised words holding a role word, no sentence. It is header furniture only right under a
 * writer's name (see `readHeader`); anywhere else the same words may be a subheading.
 */

/** A title is a few words ("Senior Product Marketing Manager, Growth and Retention" is 7). */
const MAX_TITLE_WORDS = 8;
/**
 * After the comma, the unit the writer works in may be a long proper name, as think tanks print their people: "Senior
 * Policy Analyst, Grover M. Hermann Center for the Federal Budget" (three words, then eight). At most this many words
 * after the first comma, besides the title's own before it.
 */
const MAX_UNIT_WORDS = 8;
/**
 * The words of a job title as companies and newsrooms write them (`ROLE` must be one of them, the others capitalised):
 * "Senior Reporter", "Chief Political Correspondent" beside "Staff Engineer".
 */
const ROLE =
  /^(?:engineer|engineering|developer|designer|manager|lead|director|head|founder|co-?founder|ceo|cto|cfo|coo|cmo|cpo|vp|svp|evp|president|architect|scientist|analyst|advocate|evangelist|specialist|strategist|consultant|officer|researcher|marketer|writer|editor|reporter|correspondent|columnist|journalist|producer|photographer|contributor|intern|partner|principal|coordinator|associate|fellow|maintainer|recruiter|owner|chief|sre)s?$/i;
/** Words a title may hold in lower case: "Head of Design", "VP, Sales and Marketing", "Engineer at Ledgerline". */
const CONNECTOR = /^(?:of|and|&|at|for|the|in|on|to|\/|-|–|—)$/i;
/** A capitalised word, or an acronym with digits ("iOS", "AI", "ML", "B2B"). */
const CAPITALISED = /^(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}.'’&/+-]*$/u;
/** A sentence ends on these; a title does not. */
const SENTENCE_END = /[.!?:;…"”]$/u;
/** Commas and parentheses part a title's pieces ("Staff Engineer, Build Infrastructure"). */
const PUNCTUATION = /[,()]/g;
const SPACES = /\s+/;
/** A compound title's parts ("Co-founder", "Designer/Developer"). */
const COMPOUND = /[/-]/;

/**
 * Several posts held at once or in turn, parted by semicolons, as think tanks print their people: "Global Fellow,
 * Latin America Program; Former Minister of Mining". At most this many.
 */
const MAX_POSTS = 3;
const POST_SEPARATOR = /\s*;\s*/;

/**
 * True when a line is only a job title: a few capitalised words and connectors, one of them a role word; or a few
 * such posts parted by semicolons, one of them holding a role word.
 */
export function isJobTitle(text: string): boolean {
  const line = text.trim();
  if (line.length === 0 || SENTENCE_END.test(line)) return false;
  const posts = line.split(POST_SEPARATOR);
  if (posts.length > MAX_POSTS || !posts.every(isTitleShaped)) return false;
  return posts.some(holdsRole);
}

/** A post's shape: capitalised words and connectors, within the title's and its unit's word limits. */
function isTitleShaped(post: string): boolean {
  if (post.length === 0) return false;
  const words = wordsOf(post);
  const comma = post.indexOf(',');
  const titleWords = comma < 0 ? words.length : wordsOf(post.slice(0, comma)).length;
  if (words.length > MAX_TITLE_WORDS && (titleWords > MAX_TITLE_WORDS || words.length - titleWords > MAX_UNIT_WORDS))
    return false;
  return words.every((word) => CAPITALISED.test(word) || CONNECTOR.test(word));
}

/** A post naming a role ("Fellow", "Co-founder", "Designer/Developer"). */
function holdsRole(post: string): boolean {
  return wordsOf(post).some((word) => ROLE.test(word) || word.split(COMPOUND).some((part) => ROLE.test(part)));
}

/** The words of a title, its commas and brackets read as spaces. */
function wordsOf(text: string): string[] {
  return text.replace(PUNCTUATION, ' ').trim().split(SPACES);
}
