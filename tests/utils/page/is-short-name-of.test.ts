import { describe, expect, it } from 'vitest';
import { isShortNameOf } from '../../../utils/page/is-short-name-of';

describe('isShortNameOf', () => {
  it.each([
    ['Register', 'Pine Hollow Register'],
    ['Times', 'The Harbour Times'],
    ['Gulf Courier', 'Gulf Courier Media'],
    ['register', 'Pine Hollow Register'],
  ])('should read %j as a short form of %j', (short, full) => {
    expect(isShortNameOf(short, full)).toBe(true);
  });

  it.each([
    ['Associated Press', 'Harbour Press Club'],
    ['Press', 'Harbour Press Club'],
    ['Pine Hollow Register', 'Pine Hollow Register'],
    ['Reuters', 'The Harbour Times'],
    ['', 'The Harbour Times'],
    ['Regis', 'Pine Hollow Register'],
  ])('should not read %j as a short form of %j', (short, full) => {
    expect(isShortNameOf(short, full)).toBe(false);
  });
});
