import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

describe('brand studio disclosures on a paid post (SPONSORED_CONTENT_LINES)', () => {
  it.each([
    'This content is paid for by an advertiser and published by WP Creative Group. The Washington Post newsroom was not involved in the creation of this content. Learn more about WP Creative Group.',
    'The Washington Post newsroom was not involved in the creation of this content.',
    'The news and editorial staffs of The New York Times had no role in this post’s preparation.',
    'The Wall Street Journal news organization was not involved in the creation of this content.',
    'Reuters editorial and news staff had no role in the production of this content.',
    'This article is sponsored by Ridgeline Credit Union.',
    'This post was paid for by Acme Energy and produced by our brand studio.',
    'This is sponsored content.',
    'This is a paid post.',
    'Paid content is paid for and controlled by an advertiser and produced by the Guardian Labs team.',
    'Sponsored content is produced by our brand studio on behalf of an advertiser.',
  ])('drops the disclosure: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // Stories about sponsors, newsrooms and paid content.
    'The festival was sponsored by Ridgeline Credit Union for the third year running.',
    'This year’s parade is sponsored by three downtown banks, the organisers said.',
    'The newsroom was not involved in the decision to sell the paper, the union said.',
    'Editors said the newsroom had no role in the advertising deal, which the business side signed in May.',
    'Sponsored content is growing faster than display advertising at most regional publishers.',
    'Paid content is produced by a separate team at most publishers, she said, and readers often cannot tell.',
    'The report was paid for by the county and written by an outside firm.',
    'This story is part of a series on rural hospitals.',
  ])('keeps the story’s sentence: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
