import { describe, expect, it } from 'vitest';
import { authorKey, authorNameKey } from '../../../utils/threads/author-key';
import { makeComments } from '../noise/make-comments';

describe('authorKey', () => {
  it.each([
    ['case', 'Ana Silva', 'ana silva'],
    ['surrounding space', '  ana silva ', 'ana silva'],
    ['inner punctuation kept', 'Ricardo P.', 'ricardo p.'],
    ['no name', '', ''],
  ])('should fold %s', (_name, author, expected) => {
    const [comment] = makeComments([{ author, text: 'text' }]);
    expect(comment && authorKey(comment)).toBe(expected);
  });
});

describe('authorNameKey', () => {
  it.each([
    ['Yrral', 'yrral'],
    ['  Ana ', 'ana'],
    ['José Ramón', 'josé ramón'],
    ['', ''],
  ])('should key %j as %j', (name, key) => {
    expect(authorNameKey(name)).toBe(key);
  });
});
