import type { MetaText } from '../model';
import { isNameShaped } from './is-name-shaped';
import type { Line } from './split-lines';

/** A byline longer than this (in words) is a sentence starting with "By", not a credit line. */
const BYLINE_MAX_WORDS = 12;

/**
 * The credit words of a byline line: "By", "Posted by", "Written By:", "Story by", a press wire's "News provided by"
 * over the issuing company, an interview's "Interview by"/"Interview conducted by", the piece's kind as think tanks and
 * opinion desks print it ("Blog Post by", "Commentary by", "Analysis by", "Op-Ed by"), and the Spanish and Portuguese
 * "Por" ("Por Lucía Benítez", as Latin American papers sign). The "Author:" label of Slavic templates too, with its
 * colon only ("Автор: Мария Орлова", "Аутор: Иван Петровић", "Autor: Jan Nowak"): "Автор книги …" opens a sentence;
 * and the English label local TV templates print over the name (TEGNA's "Author: Ann Lee"), with its colon only too.
 */
export const CREDIT_WORDS = String.raw`(?:(?:(?:posted|written|published|submitted|story|words|reported|(?:news\s+)?provided|interview(?:ed|\s+conducted)?|(?:blog\s+)?post|article|commentary|analysis|op-?ed|essay|column)\s+)?by|por|(?:(?:автор|аутор|autor)(?:и|ы|zy)?|authors?)(?=\s*:))\s*:?`;
const BYLINE = new RegExp(String.raw`^${CREDIT_WORDS}\s+`, 'iu');
// Names are separated by commas, "and" or "&"; each separator is consumed whole so spans stay on the names. A spaced
// slash sets the writer's role apart as a comma does, as Taiwanese papers print it: "By Ann Lee / Staff reporter".
const SEPARATOR = /\s*(?:,\s*and\s+|,|\s+and\s+|\s*&\s*|\s+\/\s+)\s*/giu;
const SENTENCE_END = /[.!?;:]$/;
const SPACES = /\s+/;
// A name starts with a capital; "By 2025, …" or "By contrast" are sentences.
const NAME_START = /^\p{Lu}/u;
// A part after the first name that says who the writer works for, not another writer: "By JOHN SMITH, Associated
// Press", "By Ana López, Staff Writer"; in Spanish and Portuguese ("Por Ana López, corresponsal", "Por Ana Lima, da
// Redação") and a lower-case outlet with a digit, as Brazilian portals sign ("Por Ana Lima, g1 SP"). Parish, school
// and club newsletters sign with the writer's group: "By Theresa Quill, Parish Outreach Committee", "…, Booster Club".
// Think tanks sign with the writer's post: "By Ann Lee, Research Fellow for Defence and Military Analysis"; what
// follows the post ("Military Analysis") is still the post, not another writer (see `readByline`).
const AFFILIATION =
  /^the\s|^\p{Ll}+\d|\b(?:committee|council|association|society|club|bureau|desk|department|office|press|news|reuters|afp|ap|bloomberg|agency|staff|writer|correspondent|reporter|editor|columnist|contributor|manager|director|founder|professor|analyst|(?:fellow|researcher|scholar|economist|advis[eo]r|lecturer)s?|producer|times|post|journal|tribune|herald|wire|corresponsal|correspondente|enviad[oa] especial|redacci[oó]n|reda[cç][aã]o|agencia|ag[eê]ncia|efe|periodista|rep[oó]rter)\b|\.com$/iu;
// Where the names end: "By Ann Lee in Kyiv", "Posted by ann in News, Reviews" (a place or a category follows).
// A comment count or a wire agency run on after the name: "By Ann Lee 1 Comment", "By ANN LEE Associated Press".
// The writer's e-mail address after the name, as local papers print it: "By Ann Lee alee@courier.com".
// A writer's handle after the name: "By RUSSELL GOLDMAN (@GoldmanRussell) and …".
const HANDLE = /\s*\(?@\w+\)?$/u;
// The editor or reviewer credited after the writer: "By Ann Lee edited by Jo Roe", "By Ann Lee; Reviewed by Jo Roe, MD"
// (science and health templates). They edited the story, they did not write it.
const EDITOR_CREDIT = /\s*[,;|·•]?\s+(?:edited|reviewed|medically reviewed|fact[- ]checked)\s+by\s+.{1,80}$/iu;
// The photographer or illustrator credited after the writer, as photo essays and longform templates print it: "Words by
// Ann Lee · Photography by Bo Roe", "Story by Ann Lee | Photos by Bo Roe". They made the pictures, not the text.
const PICTURE_WORDS = String.raw`(?:photo(?:graph)?s|photography|pictures|images|illustrations?|graphics|video)\s+by`;
// The picture maker named by trade after "and", as broadcasters' long reads and magazines credit the photographer
// beside the writer: "By Ann Lee and photographer Bo Roe", "By Ann Lee with illustrator Bo Roe".
const PICTURE_MAKER = String.raw`,?\s+(?:and|with)\s+(?:photographer|photojournalist|illustrator|videographer|camera\s*(?:man|woman|operator))s?`;
const PICTURE_CREDIT = new RegExp(String.raw`(?:\s*[,;|·•]?\s+${PICTURE_WORDS}|${PICTURE_MAKER})\s+.{1,80}$`, 'iu');
/** The picture credit alone, as a byline row's part after a separator: "Photography by Bo Roe". */
const PICTURE_CREDIT_PART = new RegExp(String.raw`^${PICTURE_WORDS}\s+(.{1,80})$`, 'iu');

/** True for a byline row's part that credits the pictures ("Photography by Bo Roe"), not the text. */
export function isPictureCredit(text: string): boolean {
  const names = PICTURE_CREDIT_PART.exec(text.trim())?.[1];
  return names !== undefined && NAME_START.test(names) && !SENTENCE_END.test(names);
}
const NAMES_END =
  /\s+(?:in(?:\s+\S+){1,4}|\d+\s+comments?|associated\s+press|reuters|afp|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/iu;
// An outlet written as an acronym after the names: "By Jane Doe and John Roe, CNN", "By Ann Lee, BBC".
const ACRONYM = /^\p{Lu}{2,5}$/u;
// Who the writer is, set after the name as op-ed pages do: "By Ann Lee, a senior fellow at the Harbour Institute."
// Only a role word makes it a bio: "By Monday, a deal was reached." is a sentence.
const BIO =
  /,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,4}(?:fellow|professor|writer|reporter|editor|correspondent|columnist|contributor|journalist|analyst|director|researcher|lecturer|economist|scholar|historian|lawyer|adviser|advisor)(?:\s+(?:at|of|for|with|in|on|and)\s[^;|]{1,150})?\.?$/iu;

/**
 * A blog engine's own credit line, "Posted by" or "Submitted by", names the account that posted: a lower-case handle
 * there ("Posted by tmatt", "Submitted by admin") is the writer's, as a one-word name. A bare "By" opens sentences too.
 */
const ACCOUNT_CREDIT = /^(?:posted|submitted)\s+by\b/iu;
const ONE_WORD = /^\S+$/u;

/** How a byline is read: `anyCase` takes a lower-case handle ("by randfish") when a date on the line vouches for it. */
export interface BylineOptions {
  anyCase?: boolean;
}

/** Reads "By Jim Heintz and Hyung-Jin Kim" into one entry per name, each with its span; undefined otherwise. */
export function readByline(line: Line, options: BylineOptions = {}): MetaText[] | undefined {
  const prefix = BYLINE.exec(line.text);
  const credit = line.text.replace(BIO, '');
  if (!prefix || credit.split(SPACES).length > BYLINE_MAX_WORDS) return undefined;
  // "Posted by Ann in News." ends on the category, not the name: only the names' own end must not be a sentence's.
  const text = credit.replace(EDITOR_CREDIT, '').replace(PICTURE_CREDIT, '').replace(NAMES_END, '');
  if (SENTENCE_END.test(text)) return undefined;
  const names: MetaText[] = [];
  let from = prefix[0].length;
  // Past the first writer's affiliation, the parts are that affiliation's ("…, Research Fellow for Defence and
  // Military Analysis"): co-writers come before it ("By Ann Lee and Bo Roe, Student Council").
  let affiliated = false;
  const pushName = (to: number): void => {
    const name = text.slice(from, to).trim().replace(HANDLE, '');
    if (!name || affiliated) return;
    if (names.length > 0 && (AFFILIATION.test(name) || ACRONYM.test(name))) {
      affiliated = true;
      return;
    }
    const start = line.start + text.indexOf(name, from);
    names.push({ text: name, span: { start, end: start + name.length } });
  };
  for (const separator of text.slice(from).matchAll(SEPARATOR)) {
    const at = prefix[0].length + separator.index;
    pushName(at);
    from = at + separator[0].length;
  }
  pushName(text.length);
  const account = ACCOUNT_CREDIT.test(line.text);
  const named = (name: MetaText): boolean =>
    isNameShaped(name.text) &&
    (NAME_START.test(name.text) || options.anyCase === true || (account && ONE_WORD.test(name.text)));
  return names.length > 0 && names.every(named) ? names : undefined;
}
