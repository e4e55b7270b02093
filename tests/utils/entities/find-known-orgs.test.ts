import { describe, expect, it } from 'vitest';
import { findKnownOrgs } from '../../../utils/entities/find-known-orgs';
import { tokenize } from '../../../utils/entities/tokenize';

/** Known organizations found in an untagged sentence, as text. */
const found = (text: string): string[] =>
  findKnownOrgs(tokenize(text), []).map((mention) => mention.tokens.map((token) => token.text).join(' '));

describe('findKnownOrgs', () => {
  it.each([
    ['Analysts at Commerzbank and the Bundesbank disagreed.', ['Commerzbank', 'Bundesbank']],
    ['Talks between Fatah and the PLO resumed.', ['Fatah', 'PLO']],
    ['Shares rose on the New York Stock Exchange.', ['New York Stock Exchange']],
    ['Juventus drew with AC Milan.', ['Juventus', 'AC Milan']],
  ])('should find organizations of the hand-written list: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Who said the bank was closed?'],
    ['Inter alia, the new york stock exchange rules apply.'],
    ['Santos scored twice.'],
  ])('should not take everyday or ambiguous words for organizations: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
