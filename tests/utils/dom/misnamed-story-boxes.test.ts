import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classTokens } from '../../../utils/dom/class-tokens';
import { misnamedStoryBoxes } from '../../../utils/dom/misnamed-story-boxes';
import { articleLines } from './article-lines';

const STORY = [
  'The newest collection at the Oak Hollow branch does not fit on a bookshelf: drills, saws and ladders can be borrowed.',
  'The tool library fills what used to be the microfilm room, which had not been used since the papers were digitized.',
  'Branch manager Luis Ortega said the idea came from patrons who kept asking at the desk whether anyone lent ladders.',
  'Tools are checked out at the main desk like any other item, and borrowers must be eighteen or older to take them.',
  'The branch will host monthly repair workshops starting in January, led by volunteers from the makers guild in town.',
];
const BIO =
  'Dana Greer is the communications coordinator of the library district and writes its weekly branch news column.';

/** A text box as an unknown builder names it: its kind and the builder's word for every element, "widget". */
const textBox = (subheading: string, paragraphs: readonly string[]): string =>
  `<div class="nb-panel widget widget_nb-editor"><h3 class="widget-title">${subheading}</h3>` +
  `<div class="nimbus-widget-tinymce textwidget">${paragraphs.map((text) => `<p>${text}</p>`).join('')}</div></div>`;

function page(content: string, sidebar = ''): Document {
  const html =
    '<html><head><title>Tools</title></head><body><div id="content" class="site-content"><article>' +
    `<h1>Need a ladder? The library now lends tools</h1><div class="entry-content">${content}</div></article>` +
    `${sidebar}</div></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

describe('extractArticle on a story in text boxes an unknown builder names "widget"', () => {
  it('should read the boxes and their subheadings as the story', () => {
    const lines = articleLines(
      page(
        textBox('Where it started', STORY.slice(0, 2)) +
          textBox('How borrowing works', STORY.slice(2, 4)) +
          textBox('Workshops', STORY.slice(4)),
      ),
    );
    for (const line of [...STORY, 'How borrowing works', 'Workshops']) expect(lines).toContain(line);
  });

  it('should leave a sidebar’s widgets out beside a story the template does not name so', () => {
    const sidebar =
      `<aside class="sidebar"><section class="widget widget_text"><h3 class="widget-title">About</h3><p>${BIO}</p></section>` +
      `<section class="widget widget_text"><h3 class="widget-title">Hours</h3><p>${STORY[0]?.replace('newest', 'oldest')}</p></section></aside>`;
    const lines = articleLines(page(STORY.map((text) => `<p>${text}</p>`).join(''), sidebar));
    expect(lines.join('\n')).not.toContain(BIO);
    expect(lines.join('\n')).not.toContain('oldest');
  });
});

describe('misnamedStoryBoxes', () => {
  const root = (html: string): Element => {
    const doc = parseHTML(`<html><body><div id="r">${html}</div></body></html>`).document;
    const element = doc.getElementById('r');
    if (!element) throw new Error('no root');
    return element as unknown as Element;
  };
  const isWidget = (element: Element): boolean => /widget|author/.test(element.getAttribute('class') ?? '');

  it('should spare boxes sharing a name that hold more prose than the blocks kept', () => {
    const spared = misnamedStoryBoxes(
      root(textBox('A', STORY.slice(0, 2)) + textBox('B', STORY.slice(2))),
      isWidget,
      classTokens,
    );
    expect([...spared].filter((element) => element.classList.contains('nb-panel'))).toHaveLength(2);
  });

  it.each([
    ['one box only (an author box)', `<p>${STORY[0]}</p><p>${STORY[1]}</p><div class="author-box"><p>${BIO}</p></div>`],
    [
      'boxes that hold less prose than the story kept',
      `${STORY.map((text) => `<p>${text}</p>`).join('')}${textBox('X', [BIO])}${textBox('Y', [BIO])}`,
    ],
  ])('should spare nothing for %s', (_case, html) => {
    expect(misnamedStoryBoxes(root(html), isWidget, classTokens).size).toBe(0);
  });
});

describe('misnamedStoryBoxes and furniture-named boxes that trail a story', () => {
  const REPLY =
    'Our family has borrowed the long ladder twice already, and the staff showed us how to fold it into the car.';
  const isFurniture = (element: Element): boolean => /\breplies\b/.test(element.getAttribute('class') ?? '');

  /** The spared blocks of a root holding `html`, read with `isFurniture` above. */
  function spared(html: string): Set<Element> {
    const root = parseHTML(`<html><body><div id="root">${html}</div></body></html>`).document.getElementById('root');
    if (!root) throw new Error('no root');
    return misnamedStoryBoxes(root as unknown as Element, isFurniture, classTokens);
  }

  it('should spare no box when every named box comes after the story it kept', () => {
    const replies = [1, 2, 3, 4, 5].map((n) => `<div class="replies"><p>${n}. ${REPLY}</p></div>`).join('');
    expect(spared(`<p>${STORY[0]}</p><p>${STORY[1]}</p>${replies}`).size).toBe(0);
  });

  it('should spare the named boxes when the kept prose does not come before them all', () => {
    const replies = [1, 2, 3, 4, 5].map((n) => `<div class="replies"><p>${n}. ${REPLY}</p></div>`).join('');
    expect(spared(`${replies}<p>${STORY[0]}</p>`).size).toBeGreaterThan(0);
    expect(spared(replies).size).toBeGreaterThan(0);
  });
});
