import { describe, expect, it } from 'vitest';
import { withoutMaskedIp } from '../../../utils/page/masked-ip';
import { splitStampedAuthor } from '../../../utils/page/split-stamped-author';

describe('withoutMaskedIp', () => {
  it.each([
    ['Зочин (202.131.xxx.xxx)', 'Зочин'],
    ['ㅇㅇ(118.235)', 'ㅇㅇ'],
    ['网友 (61.148.*.*)', '网友'],
    ['guest (10.0.0.1)', 'guest'],
  ])('should take the address off %j', (text, name) => {
    expect(withoutMaskedIp(text)).toBe(name);
  });

  it.each(['Ann Berg', 'Ann (Berg)', 'Version (2.0 beta)', 'Ann (3)'])('should leave %j as it is', (text) => {
    expect(withoutMaskedIp(text)).toBe(text);
  });
});

describe('splitStampedAuthor: a guest with a masked address', () => {
  const line = (text: string) => ({ text, start: 10, end: 10 + text.length });

  it('should split "Зочин (202.131.xxx.xxx) 2026-11-29 10:58" into the name and the stamp', () => {
    const split = splitStampedAuthor(line('Зочин (202.131.xxx.xxx) 2026-11-29 10:58'));
    expect(split?.name.text).toBe('Зочин');
    expect(split?.stamp?.text).toBe('2026-11-29 10:58');
  });

  it('should not split a sentence ending on an address and a date', () => {
    expect(splitStampedAuthor(line('the server moved to (10.0.0.1) 2026-11-29 10:58'))).toBeUndefined();
  });
});
