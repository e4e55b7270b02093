import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isHelpBoxSection } from '../../../utils/dom/is-help-box-section';

const STORY =
  '<p>The judge said the offending was planned and sustained, and sentenced him to two years and four months.</p>';
const SERVICES =
  '<ul><li><strong>Lifeline</strong> – 0800 543 354 or free text 4357 (HELP)</li>' +
  '<li><strong>1737, Need to talk?</strong> – Free call or text 1737 any time</li>' +
  '<li>If you or someone else is in immediate danger, call 111.</li></ul>';
const LONG =
  'The council said the new centre would open in the former library in March, with staff from three charities working there five days a week, and that it hoped to add evening hours once more volunteers had been trained. '.repeat(
    3,
  );

/** Whether each element of the page's `<main>` marked `data-t` is part of a helplines box, in document order. */
function marked(html: string): boolean[] {
  const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
  return Array.from(document.querySelectorAll('[data-t]')).map((element) =>
    isHelpBoxSection(element as unknown as Element),
  );
}

describe('isHelpBoxSection', () => {
  it.each([
    [
      'a "Where to get help" box over a list of services',
      `${STORY}<div><h3 data-t>Where to get help</h3>${SERVICES}</div>`,
    ],
    ['a "Need help?" heading', `${STORY}<div><h4 data-t>Need help?</h4>${SERVICES}</div>`],
    [
      'a bold "Where to get help:" label over one line per service',
      `${STORY}<p data-t><strong>Where to get help:</strong></p><p>Samaritans: 116 123 (free, 24 hours)</p><p>National Domestic Violence Hotline: 1-800-799-7233</p>`,
    ],
    ['a "Crisis resources" heading', `${STORY}<h3 data-t>Crisis resources</h3><p>Call or text 988 at any time.</p>`],
    ['a title set as a bare div', `${STORY}<div><div data-t>Where to get help</div>${SERVICES}</div>`],
  ])('should find the heading of %s', (_case, html) => {
    expect(marked(html)).toEqual([true]);
  });

  it('should find each service under the heading', () => {
    const html = `${STORY}<h3>Where to get help</h3><p data-t>Lifeline: 13 11 14</p><p data-t>Beyond Blue: 1300 22 4636</p>`;
    expect(marked(html)).toEqual([true, true]);
  });

  it.each([
    [
      'a story section on where residents can turn, with no number',
      `${STORY}<h3 data-t>Where to get help</h3><p data-t>The Red Cross has opened a shelter at the high school, and the county says more beds are coming.</p>`,
    ],
    [
      'a section whose only figures are a year and a sum',
      `${STORY}<h2 data-t>Getting help</h2><p data-t>Since 2019 the fund has paid out $4,500 to each family that applied.</p>`,
    ],
    [
      'a heading over long prose with a number',
      `${STORY}<h2 data-t>Getting help</h2><p data-t>${LONG} Call 555 0142.</p>`,
    ],
    [
      'a story paragraph before any heading',
      `<p data-t>Where to get help was the question every family asked.</p>${STORY}`,
    ],
  ])('should leave %s', (_case, html) => {
    expect(marked(html).some(Boolean)).toBe(false);
  });
});
