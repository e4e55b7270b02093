import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readClone } from '../../../utils/dom/read-clone';
import { spareHeadings } from '../../../utils/dom/spare-headings';

const PARAGRAPH =
  '<p>The orchard group came back in September with a notebook, a friend and a bag of labels, and spent the ' +
  'afternoon going from tree to tree, cutting apples in half and writing down old names.</p>';

const documentOf = (body: string): Document =>
  parseHTML(`<html><head><title>Apples</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('spareHeadings', () => {
  it('should take the "header" name off section headings only', () => {
    const doc = documentOf(
      '<h2 class="header-anchor-post">Grafting</h2><h3 id="section-header-2">Costs</h3>' +
        '<h1 class="post-header">Title</h1><div class="site-header">Menu</div><h2 class="wp-block-heading">Next</h2>',
    );
    spareHeadings(doc);
    const [grafting, costs, next] = [...doc.querySelectorAll('h2, h3')];
    expect(grafting?.hasAttribute('class')).toBe(false);
    expect(costs?.hasAttribute('id')).toBe(false);
    expect(doc.querySelector('h1')?.getAttribute('class')).toBe('post-header');
    expect(doc.querySelector('div')?.getAttribute('class')).toBe('site-header');
    expect(next?.getAttribute('class')).toBe('wp-block-heading');
  });

  it('should turn subheadings into h3, keeping their text nodes, but not the headline or a repeat of it', () => {
    const doc = documentOf(
      '<h2 id="title">The apples nobody had a name for</h2><p>Intro</p><h2>A name for a tree</h2>' +
        '<h2>The apples nobody had a name for</h2>',
    );
    const subheading = doc.querySelectorAll('h2')[1];
    const text = subheading?.firstChild;
    const renamedFrom = spareHeadings(doc, doc.getElementById('title') ?? undefined);
    expect([...doc.querySelectorAll('h2, h3')].map((heading) => heading.tagName)).toEqual(['H2', 'H3', 'H2']);
    const renamed = doc.querySelector('h3');
    expect(renamed?.firstChild).toBe(text);
    expect([...renamedFrom]).toEqual([[renamed, subheading]]);
  });

  it('should let Readability keep a subheading whose template names it a header, the page left unchanged', () => {
    const doc = documentOf(
      `<article><div class="body markup">${PARAGRAPH}${PARAGRAPH}<h2 class="header-anchor-post">Grafting in February</h2>${PARAGRAPH}${PARAGRAPH}</div></article>`,
    );
    const { content } = readClone(doc, [], undefined, 1);
    expect(content?.textContent).toContain('Grafting in February');
    expect(doc.querySelector('h2')?.getAttribute('class')).toBe('header-anchor-post');
  });

  it('should let Readability keep a subheading that shares most of its words with the title', () => {
    const doc = parseHTML(
      '<html><head><title>The apples nobody had a name for</title></head><body><header class="post-header">' +
        `<h1>The apples nobody had a name for</h1></header><article>${PARAGRAPH}${PARAGRAPH}` +
        `<h2>A name for a tree</h2>${PARAGRAPH}${PARAGRAPH}</article></body></html>`,
    ).document as unknown as Document;
    const { content } = readClone(doc, [], doc.querySelector('h1') ?? undefined, 1);
    expect(content?.textContent).toContain('A name for a tree');
  });
});
