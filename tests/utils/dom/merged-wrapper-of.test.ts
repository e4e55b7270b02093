import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { mergedChainOf, mergedWrapperOf } from '../../../utils/dom/merged-wrapper-of';
import { articleLines } from './article-lines';

const STORY = [
  'Harlan County commissioners on Tuesday put off a decision on whether to buy the former textile mill by the river.',
  'The county holds an option to buy the four-acre property for $1.2 million, negotiated last spring with its owner.',
  'Commissioners voted 4-1 to pay for an environmental study, which is expected back in early February next year.',
  'The next commissioners meeting is on December 9 at 6 p.m. at the county office building on Main Street.',
];

/** A page with `box` after the story's paragraphs, read as `extractArticle` reads it. */
const lines = (box: string): string[] => {
  const html =
    '<html><head><title>Commissioners delay mill vote</title></head><body><main><article>' +
    '<h1>Commissioners delay vote on buying the old mill</h1><div class="entry-content">' +
    STORY.map((paragraph) => `<p>${paragraph}</p>`).join('') +
    `${box}</div></article></main></body></html>`;
  return articleLines(parseHTML(html).document as unknown as Document);
};

/** A Crowdsignal (Polldaddy) poll as its script renders it: wrappers around one block each, results in the last. */
const POLL =
  '<div class="CSS_Poll PDS_Poll" id="PDI_container1"><div class="css-box pds-box"><div class="pds-box-outer">' +
  '<div class="pds-box-inner"><div class="pds-box-top"><div class="pds-question-top">Should the county buy the mill?</div>' +
  '<div class="pds-answer-group"><div class="pds-feedback-group"><span class="pds-answer-text">Yes</span>' +
  '<span class="pds-feedback-votes">(214 votes)</span></div><div class="pds-feedback-group">' +
  '<span class="pds-answer-text">No</span><span class="pds-feedback-votes">(255 votes)</span></div></div>' +
  '<div class="pds-total-votes">Total Votes: <span>469</span></div></div></div></div></div>' +
  '<noscript><a href="https://poll.fm/1">Take Our Poll</a></noscript></div>';

describe('mergedWrapperOf', () => {
  const doc = parseHTML(
    '<div class="outer" id="o"><div class="middle"><div class="inner">Poll text</div></div></div>',
  ).document;
  const inner = doc.querySelector('.inner') as unknown as Element;

  it('should find the page wrapper whose class and id a merged copy carries', () => {
    const copy = inner.cloneNode(true) as Element;
    copy.setAttribute('class', 'outer');
    copy.setAttribute('id', 'o');
    expect(mergedWrapperOf(copy, inner)).toBe(doc.querySelector('.outer'));
  });

  it('should find none for a copy named as its own page element', () => {
    expect(mergedWrapperOf(inner.cloneNode(true) as Element, inner)).toBeUndefined();
  });

  it('should find none above a wrapper that holds more text than the copy (content Readability took out)', () => {
    const page = parseHTML(
      '<div class="layout sidebar-layout"><div class="story">Story text</div><div>' +
        'A rail of other stories, with far more text than the copy holds, which Readability dropped.</div></div>',
    ).document;
    const story = page.querySelector('.story') as unknown as Element;
    const copy = story.cloneNode(true) as Element;
    copy.setAttribute('class', 'layout sidebar-layout');
    expect(mergedWrapperOf(copy, story)).toBeUndefined();
  });
});

describe('extractArticle on a block Readability merged with its named wrappers', () => {
  it("should leave out a Crowdsignal poll's results, named only on its outer container", () => {
    const body = lines(POLL);
    expect(body).toEqual(expect.arrayContaining(STORY));
    expect(body.join('\n')).not.toMatch(/Should the county buy|votes|Take Our Poll/);
  });

  it('should keep story paragraphs whose wrappers bear no furniture name', () => {
    const closing =
      'Residents can comment on the plan at the county office until the end of the month, officials said.';
    const body = lines(
      `<div class="story-block"><div class="story-block-inner"><div><p>${closing}</p></div></div></div>`,
    );
    expect(body).toContain(closing);
  });
});

describe('mergedWrapperOf on an indented page', () => {
  it("should not count the page's indentation between the wrapper's blocks as text Readability took out", () => {
    const page = parseHTML(
      '<section class="cta-band" id="s-cta">\n      <div class="container">\n        <div class="box">' +
        '<h2>Help us</h2><p>Join today.</p></div>\n        <div class="buttons">\n          ' +
        '<a href="/join/">Join</a>\n        </div>\n      </div>\n    </section>',
    ).document;
    const box = page.querySelector('.box') as unknown as Element;
    const copy = box.cloneNode(true) as Element;
    copy.setAttribute('class', 'cta-band');
    copy.setAttribute('id', 's-cta');
    expect(mergedWrapperOf(copy, box)).toBe(page.querySelector('section'));
  });
});

describe('mergedChainOf', () => {
  it('should give the page elements from the block up to the wrapper Readability merged it with', () => {
    const doc = parseHTML(
      '<html><body><div id="a" class="module"><div id="b" class="callout-inner"><div id="c"><p>x</p></div></div></div></body></html>',
    ).document as unknown as Document;
    const [a, c] = [doc.getElementById('a'), doc.getElementById('c')];
    if (!a || !c) throw new Error('fixture');
    expect(mergedChainOf(c, a).map((element) => element.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('extractArticle on a builder’s call-to-action box Readability merged into its module', () => {
  it('should leave out the box named as furniture on a wrapper between the module and its text', () => {
    const box =
      '<div class="module module-callout"><div class="callout-inner"><div class="callout-content">' +
      '<h3>Questions about the new schedule?</h3><p>Read the full FAQ, including bus times for each neighborhood.</p></div>' +
      '<div class="callout-button"><a class="ui builder_button" href="/faq/">Read the FAQ</a></div></div></div>';
    expect(lines(box).join('\n')).not.toContain('Questions about the new schedule?');
  });
});
