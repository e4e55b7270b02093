import { describe, expect, it } from 'vitest';
import { READER_CALLOUT_LINES } from '../../../../utils/dom/boilerplate/reader-callout-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => READER_CALLOUT_LINES.some((pattern) => pattern.test(line));

describe('READER_CALLOUT_LINES', () => {
  it.each([
    "Tell us: Has your district changed its calendar? Share your story with the Ledger's education desk.",
    'Tell us: have you been affected by the rail strikes?',
    'Tell us — what would you ask the candidates? Fill in the form below.',
  ])('drops a newsroom’s call-out to readers: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // A quote opens on its quotation mark.
    '“Tell us: where did the money go?” the protesters chanted outside the town hall.',
    // A sentence of the story using the words.
    'Tell us what you saw, the officer said, and the boy pointed at the van.',
    // The label with no question to the reader.
    'Tell us: the new schedule starts on Monday.',
  ])('keeps a story’s sentence: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
