import { parseHTML } from 'linkedom';
import { readPage } from '../../utils/dom/read-page';
import type { ParseOptions } from '../../utils/model';
import { detectInputKind, type InputKind } from './detect-input-kind';

/** An input made ready for `parsePageText`. */
export interface ParseInput {
  kind: InputKind;
  /** The text to parse: the input itself, or for HTML the text the page reader built from it. */
  text: string;
  options: ParseOptions;
}

/**
 * The one switch between input kinds: saved page text is parsed as is; saved HTML is parsed by linkedom and read by
 * the extension's own DOM adapter (`readPage`), so the CLI sees a saved page the way the panel sees it live.
 */
export function readInput(text: string, name: string): ParseInput {
  if (detectInputKind(text) === 'text') return { kind: 'text', text, options: { kind: 'text', name } };
  const { document } = parseHTML(text);
  const reading = readPage(document as unknown as Document);
  return { kind: 'html', text: reading.text, options: { ...reading.options, name } };
}
