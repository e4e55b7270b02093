import type { Line } from './split-lines';

/** Lines a signature block may take under the writer's name: a role, a desk or city, a social handle. */
const MAX_LINES_UNDER_NAME = 3;
/** A line under the name is a label, not a sentence: at most this many words. */
const MAX_WORDS_UNDER_NAME = 6;
const SPACES = /\s+/;
const SENTENCE_END = /[.!?;:…"”»]$/u;
/**
 * The writer's handle under the signature, as Latin American and Spanish papers print it: "En Twitter: @ana_lee",
 * "Twitter: @ana_lee", "En X: @ana_lee", "@ana_lee"; a name or address may follow the handle's label in other
 * languages too ("Auf Twitter: @…", "Sur Twitter : @…").
 */
const HANDLE_LINE =
  /^(?:(?:en|on|auf|sur|su|no|na)\s+)?(?:twitter|x|instagram|threads|bluesky|facebook)\s*:\s*@[\w.]+$|^@[\w.]+$/iu;

/**
 * The lines of the writer's signature block closing a story, as Latin American papers sign their correspondents'
 * stories (El Tiempo, El Heraldo, El Comercio): the name of a writer the byline or metadata gives (`authors`), in any
 * case ("JULIANA OSPINA GAVIRIA"), alone on its line, then up to three short lines: the role ("Corresponsal de EL
 * TIEMPO", "Enviado especial"), the city, the writer's handle ("En Twitter: @…"). Returns how many of the last lines
 * it takes, 0 when the story does not close so. The name must be the whole line and a full name (two words at least):
 * a sentence or a quote under the name is the story's.
 */
export function readSignatureBlock(lines: readonly Line[], authors: readonly string[]): number {
  const names = new Set(
    authors.map((name) => name.trim().toLowerCase()).filter((name) => name.split(SPACES).length >= 2),
  );
  if (names.size === 0) return 0;
  if (isOneLineSignature(lines[lines.length - 1]?.text.trim() ?? '', names)) return 1;
  for (let under = 0; under <= MAX_LINES_UNDER_NAME && under < lines.length; under++) {
    const at = lines.length - 1 - under;
    const text = lines[at]?.text.trim() ?? '';
    if (names.has(text.toLowerCase())) return under + 1;
    if (!isSignatureLine(text)) return 0;
  }
  return 0;
}

/** A line of a signature block under the name: a handle, or a short label with no sentence end. */
function isSignatureLine(text: string): boolean {
  if (HANDLE_LINE.test(text)) return true;
  return text.length > 0 && text.split(SPACES).length <= MAX_WORDS_UNDER_NAME && !SENTENCE_END.test(text);
}

/** The writer's handle inside a one-line signature ("@mroussel_libe"). */
const HANDLE = /(?:^|\s)@[\w.]+(?=\s|$)/u;
const HANDLES = new RegExp(HANDLE.source, 'gu');

/**
 * The signature set on one line, as French dailies close a story (Libération's `p.article-signature`: "Mathilde
 * Roussel @mroussel_libe Correspondante à Grenoble"): the name of a writer the byline gives, the writer's handle, and
 * at most a short label (role, city) with no sentence end. The handle is what tells it from a sentence that opens with
 * the writer's name.
 */
function isOneLineSignature(text: string, names: ReadonlySet<string>): boolean {
  const lower = text.toLowerCase();
  for (const name of names) {
    if (!lower.startsWith(`${name} `)) continue;
    const rest = text.slice(name.length);
    if (!HANDLE.test(rest)) continue;
    const label = rest.replace(HANDLES, ' ').trim();
    if (label.length === 0 || isSignatureLine(label)) return true;
  }
  return false;
}
