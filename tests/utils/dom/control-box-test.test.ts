import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { controlBoxTest } from '../../../utils/dom/control-box-test';

/** A reader call-out's fields, hints and consent note: well past a sign-up box's 400 characters. */
const CALLOUT_FORM =
  '<form>' +
  '<label>Your experience</label><p>Please include how long you have waited and what difference it would make to you.</p><textarea></textarea>'.repeat(
    3,
  ) +
  '<label>Name</label><input type="text"><p>You do not need to use your full name. Your contact details will only be seen by our reporters.</p>' +
  '<button>Share with us</button></form>';
const CALLOUT_INTRO =
  '<p>We would like to hear from people who are waiting for adaptations to be fitted, or who have paid for the work themselves.</p>';
const CONSENT =
  '<p>You can get in touch by filling in the form below, anonymously if you wish. We will use what you send only for this story and delete your details afterwards.</p>';

const LONG_PARAGRAPH =
  'The council met twice in March to agree the budget for the rebuild, and residents were invited to send questions by email before each meeting. '.repeat(
    4,
  );

function testFor(html: string): { inBox: (element: Element) => boolean; box: Element } {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const box = doc.getElementById('box');
  if (!box) throw new Error('no #box');
  return { inBox: controlBoxTest(doc), box };
}

describe('controlBoxTest', () => {
  it.each([
    [
      'a newsletter sign-up',
      '<div id="box"><p>Never miss a story! Get our morning briefing in your inbox.</p><form><input type="email"><input type="submit" value="Sign up"></form></div>',
    ],
    ['a field without a form', '<div id="box"><p>Enter your email below for free updates</p><input type="text"></div>'],
    [
      "a reader call-out form embedded as a figure (the Guardian's callout block)",
      `<figure id="box"><details open><summary><h4>Are you waiting for a home adaptation?</h4>${CALLOUT_INTRO}</summary>${CONSENT}${CALLOUT_FORM}</details></figure>`,
    ],
    ['a tip form set in an aside', `<aside id="box"><h3>Got a tip?</h3>${CONSENT}${CALLOUT_FORM}</aside>`],
    ['the disclosure around such a form', `<details id="box" open><summary>Tell us</summary>${CALLOUT_FORM}</details>`],
  ])('should read %s as a control box', (_case, html) => {
    const { inBox, box } = testFor(html);
    expect(inBox(box)).toBe(true);
  });

  it.each([
    ['a block without controls', '<div id="box"><p>Sign up for our newsletter at the front desk.</p></div>'],
    ['a block with only a hidden field', '<div id="box"><p>Short note.</p><input type="hidden" value="1"></div>'],
    ['a block with a button', '<div id="box"><p>Short note.</p><button>Show more</button></div>'],
    [
      'the article around a comment form',
      `<div id="box"><p>${LONG_PARAGRAPH}</p><form><textarea></textarea></form></div>`,
    ],
    [
      'a plain block around a call-out form and the story',
      `<div id="box">${CALLOUT_INTRO}${CONSENT}<p>${LONG_PARAGRAPH}</p>${CALLOUT_FORM}</div>`,
    ],
    [
      'an aside holding a long text beside its form',
      `<aside id="box"><p>${LONG_PARAGRAPH.repeat(4)}</p><form><input type="email"></form></aside>`,
    ],
    ['a figure without controls', `<figure id="box">${CALLOUT_INTRO}${CONSENT}<p>${LONG_PARAGRAPH}</p></figure>`],
  ])('should not read %s as a control box', (_case, html) => {
    const { inBox, box } = testFor(html);
    expect(inBox(box)).toBe(false);
  });
});

describe('controlBoxTest on the text half of a box', () => {
  /** Whether the element `#text` is read as part of a control box. */
  function textInBox(html: string): boolean {
    const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
    const text = doc.getElementById('text');
    if (!text) throw new Error('no #text');
    return controlBoxTest(doc)(text);
  }

  it('should read the heading block beside a petition form as the box', () => {
    expect(
      textInBox(
        '<div class="enform-wrap"><div id="text"><h2>Protect our oceans – add your name</h2><p>Tell the minister to act.</p></div><form><input type="email"><button>Add your name</button></form></div>',
      ),
    ).toBe(true);
  });

  it.each([
    [
      'a block beside a form in a long article',
      `<div><div id="text"><p>${LONG_PARAGRAPH}</p></div><form><textarea></textarea></form></div>`,
    ],
    [
      'a block beside a form and another block of text',
      '<div><div id="text"><h2>Take part</h2></div><p>Short note.</p><form><input type="email"></form></div>',
    ],
    ['a block with no form beside it', '<div><div id="text"><h2>Take part</h2></div><p>Short note.</p></div>'],
  ])('should not read %s as the box', (_case, html) => {
    expect(textInBox(html)).toBe(false);
  });
});
