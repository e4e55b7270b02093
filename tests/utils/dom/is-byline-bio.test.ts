import { describe, expect, it } from 'vitest';
import { isBylineBio } from '../../../utils/dom/is-byline-bio';

describe('isBylineBio', () => {
  it.each([
    ['Thandi Mokoena', 'Thandi Mokoena is a journalist at the Harbour Courier.'],
    ['Ann Lee', 'Ann Lee was the paper’s education editor until 2024.'],
    ['Sipho van der Berg', '  Sipho van der Berg covers courts and crime.'],
    ['Ann Lee', 'Ann joined the paper in 2019 and edits its weekend pages.'],
  ])('should read "%s" then "%s" as the byline name and its bio', (name, text) => {
    expect(isBylineBio(name, text)).toBe(true);
  });

  it.each([
    ['Thandi Mokoena', 'Cyril Xaba is a mayor under pressure after the floods.'],
    ['By Thandi Mokoena', 'Thandi Mokoena is a journalist at the Harbour Courier.'],
    ['27 Nov 2026', '27 Nov 2026 is the date the council set.'],
    ['Thandi Mokoena', 'Thandi Mokoena said the council had failed.'],
    ['Thandi', 'Thandi is a reporter.'],
  ])('should keep "%s" then "%s"', (name, text) => {
    expect(isBylineBio(name, text)).toBe(false);
  });
});
