import { describe, expect, it } from 'vitest';
import { SYNDICATION_NOTICE_LINES } from '../../../../utils/dom/boilerplate/syndication-notice-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => SYNDICATION_NOTICE_LINES.some((pattern) => pattern.test(line));

describe('SYNDICATION_NOTICE_LINES', () => {
  it.each([
    'AllAfrica publishes around 400 reports a day from more than 100 news organizations and over 500 other institutions and individuals, representing a diversity of positions on every topic. We publish news and views ranging from vigorous opponents of governments to government publications and spokespersons. Publishers named above each report are responsible for their own content, which AllAfrica does not have the legal right to edit or correct.',
    'We carry stories from 60 partner newsrooms. Partners are solely responsible for their own content.',
    'Articles and commentaries that identify allAfrica.com as the publisher are produced or commissioned by AllAfrica. To address comments or complaints, please Contact us.',
    'For corrections or complaints, please contact us.',
  ])('should drop the aggregator notice: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // A story about platforms' liability: attributed, or without the aggregator's "we publish".
    'Under the new law, publishers are responsible for their own content, the minister said.',
    'Publishers are responsible for their own content under the code, which takes effect in March.',
    'We publish the figures every month, and the ministry said publishers are responsible for their own content.',
    // A story's contact line names someone else.
    'For complaints about the water supply, residents should call the council on 0800 123 456.',
  ])('should keep the story: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
