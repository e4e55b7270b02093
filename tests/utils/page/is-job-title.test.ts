import { describe, expect, it } from 'vitest';
import { isJobTitle } from '../../../utils/page/is-job-title';

describe('isJobTitle', () => {
  it.each([
    'Staff Engineer, Build Infrastructure',
    'Developer Experience Lead',
    'Co-founder & CTO',
    'Head of Design',
    'Senior Product Marketing Manager',
    'VP of Engineering at Ledgerline',
    'iOS Developer',
  ])('should read %j as a job title', (text) => {
    expect(isJobTitle(text)).toBe(true);
  });

  it.each([
    ['a sentence', 'Our engineers rebuilt the pipeline.'],
    ['a lower-case phrase', 'The lead engineer left in May'],
    ['capitalised words without a role', 'Build Infrastructure'],
    ['a subheading without a role', 'Where the Time Went'],
    ['a label with a colon', 'Lead Engineer:'],
    ['too many words', 'Senior Staff Principal Engineer For Build And Release Infrastructure Platforms'],
  ])('should not read %s as a job title', (_case, text) => {
    expect(isJobTitle(text)).toBe(false);
  });
});

describe('isJobTitle with a think tank’s unit after the comma', () => {
  it.each([
    'Senior Policy Analyst, Grover M. Hermann Center for the Federal Budget',
    'Senior Fellow and Director, Program on Energy Security and Climate Change',
  ])('should read %j as a job title', (text) => {
    expect(isJobTitle(text)).toBe(true);
  });

  it.each([
    [
      'too many words before the comma',
      'Senior Staff Principal Engineer For Build And Release Infrastructure, Platforms',
    ],
    [
      'too many words after the comma',
      'Senior Fellow, Center for the Study of the Economy and Trade Policy of the Americas Region',
    ],
    ['a subheading holding a role word', 'Why the Analyst Left, and What the Board Did Next.'],
  ])('should not read %s as a job title', (_case, text) => {
    expect(isJobTitle(text)).toBe(false);
  });
});

describe('isJobTitle with several posts parted by semicolons', () => {
  it.each([
    'Global Fellow, Latin America Program; Former Minister of Mining',
    'Senior Fellow; Director, Energy Security Program',
  ])('should read %j as a job title', (text) => {
    expect(isJobTitle(text)).toBe(true);
  });

  it.each([
    ['posts without a role word', 'Former Minister of Mining; Board Member'],
    ['a sentence after the semicolon', 'Senior Fellow; she joined the institute in 2019'],
    ['too many posts', 'Fellow; Adviser; Director; Trustee'],
    ['an empty post', 'Senior Fellow;'],
  ])('should not read %s as a job title', (_case, text) => {
    expect(isJobTitle(text)).toBe(false);
  });
});

describe('isJobTitle with newsroom titles', () => {
  it.each([
    'Senior Reporter',
    'Chief Political Correspondent',
    'Contributing Columnist',
    'Staff Photographer',
    'Data Journalist',
  ])('should read %j as a job title', (text) => {
    expect(isJobTitle(text)).toBe(true);
  });

  it.each([
    ['a sentence about a reporter', 'The reporter was detained overnight.'],
    ['a subheading with a verb in lower case', 'What the correspondent saw'],
  ])('should not read %s as a job title', (_case, text) => {
    expect(isJobTitle(text)).toBe(false);
  });
});
