import { describe, expect, it } from 'vitest';
import { monthsByName, namesPattern } from '../../../utils/page/month-names';

describe('monthsByName', () => {
  it('should number each spelling of a month by its place', () => {
    const months = monthsByName(['ጥር', 'የካቲት', 'መጋቢት', 'ሚያዝያ ሚያዚያ']);
    expect(months.get('ሚያዝያ')).toBe(4);
    expect(months.get('ሚያዚያ')).toBe(4);
    expect(months.get('ጥር')).toBe(1);
    expect(months.size).toBe(5);
  });

  it('should split on another separator where a name has a space', () => {
    const months = monthsByName(['كانون الثاني', 'شباط'], '|');
    expect(months.get('كانون الثاني')).toBe(1);
  });
});

describe('namesPattern', () => {
  it('should put a longer spelling before one it starts with', () => {
    const pattern = new RegExp(`^(?:${namesPattern(['ጳጉሜ', 'ጳጉሜን'])})`, 'u');
    expect(pattern.exec('ጳጉሜን 3')?.[0]).toBe('ጳጉሜን');
  });
});
