import { describe, expect, it } from 'vitest';
import { isSponsorBox } from '../../../utils/dom/is-sponsor-box';
import { elementOf } from './element-of';

describe('isSponsorBox', () => {
  it.each([
    [
      'a bordered section under a bold label',
      '<div class="section" style="border-width:1px"><p><span><b>TOGETHER WITH RIDGELINE CREDIT UNION</b></span></p>' +
        '<h3>A savings account that pays you back</h3><p>Members earn 4.1% on everyday savings.</p>' +
        '<div class="button"><a href="https://ridgeline.example/">Open an account</a></div></div>',
    ],
    [
      'a slot whose label links to the sponsor',
      '<section><p>Sponsored by <a href="https://acme.example/">Acme Tools</a></p><p>Fix it once, fix it right.</p></section>',
    ],
    [
      'a table cell slot labelled for the issue',
      '<table><tbody><tr><td><p>This issue is brought to you by Northwind</p><p>Fly the coast for less.</p></td></tr></tbody></table>',
    ],
    [
      'a whitepaper card among the paragraphs',
      '<div><div>Whitepaper</div><div><a href="/resources/nurse-spending">Five ways to cut agency nurse spending</a></div>' +
        '<div>Sponsored by a software vendor</div><a href="/resources/nurse-spending">Download now</a></div>',
    ],
    [
      'a webinar card',
      '<div><span>On-demand webinar</span><h4><a href="/webinars/rates">Freight rates in 2027</a></h4></div>',
    ],
  ])('should read %s as a sponsor box', (_case, html) => {
    expect(isSponsorBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a paragraph opening with the words',
      '<p>Together with the county, the school board will hire an outside evaluator next year.</p>',
    ],
    [
      'a section whose first sentence opens with the words',
      '<div><p>Together with two neighbouring districts, Ridgeway applied for a state grant to study the four-day week.</p><p>The grant was approved.</p></div>',
    ],
    ['a label with nothing under it', '<div><p>Presented by the Valley Arts Council</p></div>'],
    [
      'a long section of the story',
      `<div><p>Sponsored by the council</p><p>${'The festival drew record crowds to the riverside this weekend. '.repeat(12)}</p></div>`,
    ],
    [
      'a box opening with a heading of the story',
      '<div><h3>What the sponsors said</h3><p>They were pleased.</p></div>',
    ],
    [
      'a section of the story headed by a resource word, linking nowhere',
      '<div><h3>Webinar</h3><p>The county will hold a public webinar on the budget on Tuesday evening.</p></div>',
    ],
    [
      'a section opening with a sentence about a whitepaper',
      '<div><p>Whitepaper authors at the agency <a href="/report">warned of delays</a>.</p><p>The ministry disagreed.</p></div>',
    ],
  ])('should not read %s as a sponsor box', (_case, html) => {
    expect(isSponsorBox(elementOf(html))).toBe(false);
  });
});

/** The box under test: the element after the label paragraph. */
const boxAfterLabel = (html: string): Element => {
  const element = elementOf(html).nextElementSibling;
  if (!element) throw new Error('no box after the label');
  return element;
};

describe('isSponsorBox under a label paragraph', () => {
  it.each([
    [
      'a newsletter sponsor message after its bold label',
      '<p><b>A message from Lakeshore Health Alliance:</b></p><div><img src="ad.jpg" alt=""><p>Nurses are stretched ' +
        'thin. We are training 3,000 more. <a href="https://sponsor.example/">See how.</a></p></div>',
    ],
    [
      'a box after a "Presented by" label',
      '<p>Presented by Northwind</p><div><p>Fly the coast for less.</p><a href="https://northwind.example/">Book</a></div>',
    ],
  ])('should read %s as a sponsor box', (_case, html) => {
    expect(isSponsorBox(boxAfterLabel(html))).toBe(true);
  });

  it.each([
    [
      'a quoted message with no link under its label',
      '<p>A message from the mayor:</p><div><p>Stay off the roads tonight and check on your neighbours.</p></div>',
    ],
    [
      'a box after a sentence that opens with the words',
      '<p>A message from the mayor was read aloud at the start of the meeting.</p><div><p>The council then voted. ' +
        '<a href="/minutes">Minutes</a></p></div>',
    ],
  ])('should not read %s as a sponsor box', (_case, html) => {
    expect(isSponsorBox(boxAfterLabel(html))).toBe(false);
  });
});
