import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isSectionLabel, opensStory, storyOpeningHeading } from '../../../utils/dom/story-opening-heading';

const docOf = (body: string): Document =>
  parseHTML(`<html><head><title>The Valley Ledger | Local News</title></head><body>${body}</body></html>`)
    .document as unknown as Document;

const PROSE =
  '<p>The county board on Tuesday approved a permit that will let the hatchery nearly double in size, despite ' +
  'objections from neighbours who fear for their wells.</p>';
const PROSE2 =
  '<p>The hatchery now draws about 300 gallons a minute from two wells, and the plan calls for a third well and ' +
  'more at peak times in summer.</p>';
const BYLINE =
  '<p class="text-muted"><small>By Dana Whitcomb, Staff Writer · Posted March 13, 2019 at 10:42 am</small></p>';
const PHOTO =
  '<div class="photo"><img src="a.jpg"><p class="caption">The hatchery on Quarry Road (Ledger photo / Dana Whitcomb)</p></div>';

describe('storyOpeningHeading', () => {
  it.each([
    [
      'a headline h2 under a logo h1, past its byline, share row and photo',
      `<h1 class="brand"><a class="navbar-brand" href="/"><img alt="The Valley Ledger"></a></h1><h2>Hatchery expansion wins county approval</h2>${BYLINE}<div class="share"><a>Share</a> <a>Tweet</a></div>${PHOTO}<div class="text">${PROSE}${PROSE2}</div><h3>Comments (3)</h3>`,
      'Hatchery expansion wins county approval',
    ],
    [
      'a story in a layout cell, its text set with <br>',
      `<table><tr><td><h3>Water tower plan gets a second look</h3><br>The council voted on Tuesday to send the water tower plan back to its committee, after residents asked for more time.<br><br>More text.</td></tr></table>`,
      'Water tower plan gets a second look',
    ],
  ])('should take %s', (_case, body, expected) => {
    expect(storyOpeningHeading(docOf(body))?.textContent).toBe(expected);
  });

  it.each([
    [
      'a subheading inside a story whose title is in no heading',
      `<p class="title">Hatchery expansion wins approval</p>${PROSE}<h2>What the neighbours fear most</h2>${PROSE2}`,
    ],
    [
      'a box heading over links',
      '<h2>Most read this week</h2><ul><li><a>One story</a></li><li><a>Another</a></li></ul>',
    ],
    ['a short label over prose', `<h2>About us</h2>${PROSE}`],
    ['a heading in an aside over a blurb', `<aside><h2>About the Valley Ledger</h2>${PROSE}</aside>`],
    [
      'a heading with another heading under it before any prose',
      `<h2>Hatchery expansion wins approval</h2><h3>Its dek</h3>${PROSE}`,
    ],
  ])('should find none with %s', (_case, body) => {
    expect(storyOpeningHeading(docOf(body))).toBeUndefined();
  });

  it('should look only after the heading it is given', () => {
    const doc = docOf(
      `<h2>Hatchery expansion wins county approval</h2>${PROSE}<h1>Member Bulletins</h1><p>07/2019</p>`,
    );
    expect(storyOpeningHeading(doc, doc.querySelector('h1') ?? undefined)).toBeUndefined();
  });
});

describe('isSectionLabel', () => {
  it.each([
    [
      'a section name over the bulletin',
      '<h1>Member Bulletins</h1><p>Bulletin 07/2019 | Issued 14 March 2019</p><h2>New rules</h2>',
      true,
    ],
    ['a short headline over its story', `<h1>Ceasefire collapses overnight</h1>${BYLINE}${PROSE}`, false],
    [
      'a long headline with a dek heading',
      '<h1>New labelling rules for treated timber take effect</h1><h2>Dek</h2>',
      false,
    ],
  ])('should tell %s', (_case, body, expected) => {
    expect(isSectionLabel(docOf(body).querySelector('h1') as Element)).toBe(expected);
  });
});

describe('opensStory', () => {
  it('should pass over a caption that is no sentence to the prose under it', () => {
    const doc = docOf(`<h2>Hatchery expansion wins approval</h2>${PHOTO}${PROSE}`);
    expect(opensStory(doc.querySelector('h2') as Element)).toBe(true);
  });
});
