import { describe, expect, it } from 'vitest';
import { readJoinedNames } from '../../../utils/page/read-joined-names';

const line = (text: string, start = 0) => ({ text, start, end: start + text.length });

describe('readJoinedNames', () => {
  it.each([
    ['Rugilė Vaitkutė and Ieva Gailiūtė', ['Rugilė Vaitkutė', 'Ieva Gailiūtė']],
    ['Noor Haddad & Wren Abbott', ['Noor Haddad', 'Wren Abbott']],
    ['Mary Ann Lee and Bo Roe', ['Mary Ann Lee', 'Bo Roe']],
  ])('should read the two writers of %j', (text, names) => {
    const read = readJoinedNames(line(text, 10), true);
    expect(read?.map((name) => name.text)).toEqual(names);
    for (const name of read ?? []) expect(text.slice(name.span!.start - 10, name.span!.end - 10)).toBe(name.text);
  });

  it.each([
    // A place, a firm, a single name, a phrase in lower case.
    ['Harbour Day and Night'],
    ['Smith and Sons'],
    ['Noor Haddad'],
    ['the mayor and the council'],
    ['Noor Haddad and the Harbour Council'],
    [''],
  ])('should not read %j', (text) => {
    expect(readJoinedNames(line(text), true)).toBeUndefined();
  });

  it('should not read two names that run on into the date with no separator', () => {
    expect(readJoinedNames(line('Noor Haddad and Wren Abbott'), false)).toBeUndefined();
  });
});
