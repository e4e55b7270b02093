import { describe, expect, it } from 'vitest';
import { READER_CALLOUT_LINES } from '../../../../utils/dom/boilerplate/reader-callout-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => READER_CALLOUT_LINES.some((pattern) => pattern.test(line));

describe('READER_CALLOUT_LINES', () => {
  it.each([
    "Tell us: Has your district changed its calendar? Share your story with the Ledger's education desk.",
    'Tell us: have you been affected by the rail strikes?',
    'Tell us — what would you ask the candidates? Fill in the form below.',
    'This story is part of Curious Valley, in which KVRN answers questions from listeners. Have a question about the valley? Ask it here.',
    'Bay Wonders answers your questions about the region. Got one? Submit it below.',
    'Our Curious Desk series tackles questions from readers. Have a question for the desk? Send it to us.',
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
    // The ask alone: a service story's advice to the reader.
    'Have a question about your bill? Ask the utility before you pay.',
    // The series' own answer, no ask.
    'The county answers questions from residents at a town hall every month.',
    // A quote that names the series' work and asks.
    '“We answer questions from listeners every week. Got one? Send it,” the host said on air.',
  ])('keeps a story’s sentence: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
