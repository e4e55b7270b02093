import { describe, expect, it } from 'vitest';
import { echoesAltText } from '../../../utils/dom/echoes-alt-text';
import { elementOf } from './element-of';

const picture = elementOf(
  '<p><img src="a.png" alt="The new bank rule editor with a split across three categories"></p>',
);

describe('echoesAltText', () => {
  it.each([
    ['a caption saying the same', 'The bank rule editor, splitting one payment across three categories.'],
    ['a caption sharing most of its words', 'Bank rule editor'],
  ])('should find %s', (_case, line) => {
    expect(echoesAltText(line, picture)).toBe(true);
  });

  it.each([
    ['a line about something else', 'We made the switch faster in response to a request in our forum.'],
    ['a line sharing one word', 'Three weeks later the change reached every account.'],
  ])('should not find %s', (_case, line) => {
    expect(echoesAltText(line, picture)).toBe(false);
  });

  it('should find nothing for a picture without alt text', () => {
    expect(echoesAltText('Bank rule editor', elementOf('<p><img src="a.png" alt=""></p>'))).toBe(false);
  });
});
