import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';
import { REUSE_PERMISSION_LINES } from '../../../../utils/dom/boilerplate/reuse-permission-lines';

const matches = (line: string) => REUSE_PERMISSION_LINES.some((pattern) => pattern.test(line));

describe('REUSE_PERMISSION_LINES', () => {
  it.each([
    'Republishing and referencing',
    'Reprints and permissions',
    'Reuse & Permissions:',
    'Harbour Forum considers itself a public good and takes no institutional standpoint. Anyone is free to republish and/or quote this post without prior consent. Please provide a full reference, clearly stating the source.',
    'You are free to reproduce this commentary without further permission, provided the author is credited.',
    'This work, Sustainment brigade opens new field kitchen lane, by SGT Ann Lee, identified by DVIDS, must comply with the restrictions shown on https://www.dvidshub.net/about/copyright.',
    'This image, Cooks prepare first meal, by Spc. Bo Chen, must comply with the terms shown on https://example.mil/copyright.',
    'From The Glasshouse Year by Ann Lee. Used with permission of the publisher, Harrow & Quill. Copyright © 2021 by Ann Lee.',
    'Excerpted from The Salt Road: A Memoir by Bo Ek. Copyright © 2020 by Bo Ek. Reprinted by permission of Harrow & Quill, a division of Northfield Books. All rights reserved.',
    'Adapted from The Salt Road by Bo Ek (Harrow & Quill, 2020). Reprinted with permission.',
    'Excerpt from THE SALT ROAD by Bo Ek, reprinted with permission from Harrow & Quill.',
    'From the book Night Shift by Amara Quist, published by Fenwick & Rowe. Copyright © 2022 Amara Quist.',
  ])('should match %j', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Republishing and referencing old maps was how the society paid its bills.',
    'Reprints of the 1911 plan sold out within a week.',
    'Anyone is free to quote the minister, her office said.',
    'Readers are free to reuse the library’s scans, the archivist said, but must ask first.',
    'This work must comply with the restrictions in the permit, the county said.',
    'The work, the contractor said, must comply with the restrictions set by the base.',
    'From 1990 to 2004, photos by Ann Lee were used with permission of the agency.',
    'From 1990, photos by Ann Lee, used with permission of the agency, hung in the lobby.',
    'Excerpted from a speech by Mayor Ann Lee, the passage was reprinted with permission in the program.',
    'From the archive by Ann Lee. The letters were published by her family in 1998, and nobody asked permission.',
    'From The Glasshouse Year by Ann Lee, the first chapter.',
  ])('should not match %j', (line) => {
    expect(matches(line)).toBe(false);
  });
});
