import { describe, expect, it } from 'vitest';
import { scoreNewsStyle } from '../../../utils/summary/score-news-style';
import { splitSentences } from '../../../utils/text/split-sentences';

const NEWS = `PORTVALE, Norland (AP) — The city of Portvale on Monday opened a movable flood barrier across its harbor mouth, officials said. The mayor said it cost 1.4 billion crowns. Critics said the gates could trap river water. The agency said pumps would prevent that.`;
const BLOG = `I have been baking bread for ten years now. Some loaves were great and some were bricks. Here is what I learned about flour. Good flour matters less than patience.`;

describe('scoreNewsStyle', () => {
  it('should score wire news above a personal blog post', () => {
    const news = scoreNewsStyle(splitSentences(NEWS), 0.5, 0.4);
    const blog = scoreNewsStyle(splitSentences(BLOG), 0.3, 0.4);
    expect(news).toBeGreaterThan(0.8);
    expect(blog).toBeLessThan(0.2);
  });

  it.each([
    ['no sentence', '', 0],
    ['a blog post', BLOG, 0],
  ])('should give %s a zero score', (_name, text, expected) => {
    expect(scoreNewsStyle(splitSentences(text), 0, 1)).toBe(expected);
  });

  it('should stay within 0 and 1', () => {
    const score = scoreNewsStyle(splitSentences(NEWS), 1, 0);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
  });
});
