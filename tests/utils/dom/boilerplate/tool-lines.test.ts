import { describe, expect, it } from 'vitest';
import { TOOL_LINES } from '../../../../utils/dom/boilerplate/tool-lines';

const isToolLine = (line: string): boolean => TOOL_LINES.some((pattern) => pattern.test(line));

describe('TOOL_LINES: a share row with Viber', () => {
  it.each(['Facebook Viber Telegram', 'Share Facebook Viber WhatsApp'])('should read %j as a share row', (line) => {
    expect(isToolLine(line)).toBe(true);
  });

  it('should keep a sentence about Viber', () => {
    expect(isToolLine('Viber and Telegram are the most used messengers in the country, the survey found.')).toBe(false);
  });
});
