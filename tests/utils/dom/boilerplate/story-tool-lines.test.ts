import { describe, expect, it } from 'vitest';
import { STORY_TOOL_LINES } from '../../../../utils/dom/boilerplate/story-tool-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => STORY_TOOL_LINES.some((pattern) => pattern.test(line));

describe('STORY_TOOL_LINES', () => {
  it.each([
    'Print this',
    'Print This »',
    'Font size: − +',
    'Text size: A A',
    'Text Size: A- A+',
    'Font size: -A | +A',
    'Text size A A A',
    'Font size: Small Medium Large',
  ])('drops the story-tools button: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // Sentences about printing and type sizes stay.
    'Print this and keep it on the fridge, she said.',
    'Print this week was down 4 percent.',
    'Font size: 12 points is the minimum the court accepts.',
    'Text size matters for older readers, the study found.',
    'Font size A is what the agency recommends.',
  ])('keeps the sentence: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});

describe("STORY_TOOL_LINES: K2's worded text resizer and a short-link line", () => {
  it.each([
    'font size decrease font size increase font size',
    'decrease font size increase font size',
    'Short link: https://english.ahram.org.eg/News/556677.aspx',
    'Short URL: example.com/n/5566',
  ])('drops: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Readers asked the paper to increase font size in the print edition, the editor said.',
    'Short link: the bridge is the only road between the two towns.',
    'Short links between villages were cut by the floods.',
  ])('keeps: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
