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

/** Normalised lookup key of a name: words lowercased, curly apostrophes straightened, single spaces. */
export function nameKey(tokens: readonly Token[]): string {
  return tokens.map((token) => token.text.toLowerCase().replace(/’/g, "'")).join(' ');
}
