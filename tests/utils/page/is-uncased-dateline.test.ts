import { describe, expect, it } from 'vitest';
import { isUncasedDateline } from '../../../utils/page/is-uncased-dateline';

describe('isUncasedDateline', () => {
  it.each([
    ['ڕووداو - هەولێر', '- ١٠:٠٥'],
    ['ڕووداو - هەولێر', undefined],
    ['تهران', undefined],
    ['خبرگزاری مهر', '۱۰:۲۴'],
  ])('should read %j before a date as a dateline', (lead, rest) => {
    expect(isUncasedDateline(lead, rest)).toBe(true);
  });

  it.each([
    ['WESTPORT', undefined],
    ['Rudaw - Erbil', undefined],
    ['گفت‌وگوها از این هفته در تهران ادامه دارد تا', undefined],
    ['ڕووداو - هەولێر', 'وەزیر گوتی کارەکان بەردەوام دەبن.'],
    ['', undefined],
  ])('should not read %j (rest %j) so', (lead, rest) => {
    expect(isUncasedDateline(lead, rest)).toBe(false);
  });
});
