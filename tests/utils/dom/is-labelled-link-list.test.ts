import { describe, expect, it } from 'vitest';
import { isLabelledLinkList } from '../../../utils/dom/is-labelled-link-list';
import { elementOf } from './element-of';

describe('isLabelledLinkList', () => {
  it.each([
    '<p><strong>Read more from Harbour News:</strong><br><a href="/a">Flu cases rise</a><br><a href="/b">GP waits grow</a></p>',
    '<p><b>Related:</b> <a href="/a">Ferry fares to rise</a></p>',
    '<div>See also: <a href="/a">How the pier was built</a><br><a href="/b">The pier in pictures</a></div>',
    '<p><strong>Read more from Harbour News on the ferry:</strong> <a href="/a">Fares to rise</a> | <a href="/b">New timetable</a></p>',
  ])('should find a label and links only in %s', (html) => {
    expect(isLabelledLinkList(elementOf(html))).toBe(true);
  });

  it.each([
    '<p>Read more: the council report, <a href="/r">published on Friday</a>, says the pier needs £14m.</p>',
    '<p><a href="/a">Flu cases rise</a><br><a href="/b">GP waits grow</a></p>',
    '<p><strong>Council leader:</strong><br><a href="/a">Ann Lee</a></p>',
    '<p>Read more about the storm in our <a href="/s">live coverage</a>.</p>',
    '<li><strong>Related:</strong> <a href="/a">Ferry fares</a></li>',
    '<p><strong>Read more:</strong></p>',
    '<p><strong>Read more:</strong> <a href="/a">Fares to rise</a> and <a href="/b">the new timetable</a></p>',
    '<p><strong>Related:</strong> | <a href="/a">Fares to rise</a></p>',
  ])('should keep %s', (html) => {
    expect(isLabelledLinkList(elementOf(html))).toBe(false);
  });
});
