import { describe, expect, it } from 'vitest';
import { trimBylineTitle } from '../../../utils/page/trim-byline-title';

describe('trimBylineTitle', () => {
  it('should keep the declared name of a byline with its job title run on', () => {
    const byline = { text: 'Megan Laurent Staff Writer', span: { start: 63, end: 89 } };
    expect(trimBylineTitle(byline, ['Curtis Obi', 'Megan Laurent'])).toEqual({
      text: 'Megan Laurent',
      span: { start: 63, end: 76 },
    });
  });

  it('should keep the case the page prints', () => {
    expect(trimBylineTitle({ text: 'MEGAN LAURENT Staff Writer' }, ['Megan Laurent'])).toEqual({
      text: 'MEGAN LAURENT',
    });
  });

  it.each([
    ['no name is declared', 'Megan Laurent Staff Writer', []],
    ['the byline is the declared name', 'Megan Laurent', ['Megan Laurent']],
    ['the rest is no job title', 'Megan Laurent Smith', ['Megan Laurent']],
    ['the declared name ends inside a word', 'Megan Laurentis Writer', ['Megan Laurent']],
    ['another writer is named', 'Ann Lee Staff Writer', ['Megan Laurent']],
  ])('should leave the byline as it is when %s', (_case, text, known) => {
    const byline = { text, span: { start: 0, end: text.length } };
    expect(trimBylineTitle(byline, known)).toBe(byline);
  });
});

describe('trimBylineTitle with a newsroom title', () => {
  it.each([
    ['Megan Laurent Senior Reporter', 'Megan Laurent'],
    ['Curtis Obi Chief Political Correspondent', 'Curtis Obi'],
  ])('should keep the declared name of %j', (text, name) => {
    expect(trimBylineTitle({ text }, ['Megan Laurent', 'Curtis Obi'])).toEqual({ text: name });
  });
});
