import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isCreditedPhotoBox } from '../../../utils/dom/is-credited-photo-box';

const box = (html: string): Element => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const element = document.body.firstElementChild;
  if (!element) throw new Error('no element');
  return element as unknown as Element;
};

const IMG = '<img src="a.jpg" alt="">';

describe('isCreditedPhotoBox', () => {
  it.each([
    [
      'a layout table with the caption in the row under the picture',
      `<table><tbody><tr><td>${IMG}</td></tr><tr><td>Cranes stand at the port on Nov. 20. (Harbour Agency)</td></tr></tbody></table>`,
    ],
    [
      'a div with the picture and a paragraph ending on a credit line',
      `<div>${IMG}<p>A train leaves the station on Thursday.<br>Photo: Harbour Agency</p></div>`,
    ],
    [
      'a layout table with a caption in square brackets',
      `<table><tr><td><a href="/p">${IMG}</a></td></tr><tr><td>A pharmacist arranges medicine on Thursday. [HARBOUR]</td></tr></table>`,
    ],
    [
      'a div with the caption beside the picture’s wrapper, ending on an agency in square brackets',
      `<div><div>${IMG}</div><span>A pharmacist arranges medicine on Thursday. [HARBOUR NEWS]</span></div>`,
    ],
    [
      'a caption ending on a photographer credit',
      `<div>${IMG}<p>Workers inspect boards at a plant. Photo by Ann Lee</p></div>`,
    ],
  ])('should read %s as a photo box', (_case, html) => {
    expect(isCreditedPhotoBox(box(html))).toBe(true);
  });

  it.each([
    [
      'a paragraph with the picture inside its text',
      `<div><p>${IMG}The council met on Monday. (It had not met since May.)</p></div>`,
    ],
    [
      'a div whose caption ends on a credit in brackets (kept as the caption’s last words on 2012 pages)',
      `<div>${IMG}<p>A train leaves the station on Thursday. (Harbour Agency Photo by Ann Lee)</p></div>`,
    ],
    [
      'a div whose caption ends on a note in square brackets',
      `<div>${IMG}<p>Figure 1. The new backup screen. [click to enlarge]</p></div>`,
    ],
    ['a caption with no credit', `<div>${IMG}<p>A train leaves the station on Thursday.</p></div>`],
    [
      'a box holding two pictures',
      `<div>${IMG}${IMG}<p>Trains leave the station on Thursday. (Harbour Agency)</p></div>`,
    ],
    [
      'a box with story text past a caption’s length',
      `<div>${IMG}<p>${'The council approved the budget on Monday after a long debate. '.repeat(6)}(Harbour Agency)</p></div>`,
    ],
    ['a box with a list beside the picture', `<div>${IMG}<ul><li>Photo: Harbour Agency</li></ul></div>`],
    [
      'a dek beside a thumbnail with its credit',
      `<div><div><p>The app has hit 100 million downloads. The maker still gives no totals.</p></div><div>${IMG}<span>photo: Harbour Agency</span></div></div>`,
    ],
    ['a paragraph', `<p>${IMG}<span>A train leaves the station. (Harbour Agency)</span></p>`],
  ])('should not read %s as a photo box', (_case, html) => {
    expect(isCreditedPhotoBox(box(html))).toBe(false);
  });
});
