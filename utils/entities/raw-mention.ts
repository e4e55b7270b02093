import type { EntityType } from '../model';
import type { Token } from './tokenize';

/** A tagged name before merging: its tokens (cleaned), type and where it is. */
export interface RawMention {
  tokens: Token[];
  type: EntityType;
  commentId?: string;
  /** Set for a short form the text itself defines ("(KCNA)"): the key of the long form it stands for. */
  definedAs?: string;
}

/** Distinct words whose keys are remembered before the cache is emptied (bounded memory on huge pages). */
const CACHE_LIMIT = 50_000;
const CURLY = /’/g;
const keys = new Map<string, string>();

/** One word's key: lowercased, curly apostrophes straightened (cached: the same words recur all through a page). */
export function wordKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = text.toLowerCase();
    if (key.includes('’')) key = key.replace(CURLY, "'");
    if (keys.size >= CACHE_LIMIT) keys.clear();
    keys.set(text, key);
  }
  return key;
}

/** Normalised lookup key of a name: words lowercased, curly apostrophes straightened, single spaces. */
export function nameKey(tokens: readonly Token[]): string {
  let key = wordKey(tokens[0]?.text ?? '');
  for (let i = 1; i < tokens.length; i++) key += ` ${wordKey(tokens[i]?.text ?? '')}`;
  return key;
}
