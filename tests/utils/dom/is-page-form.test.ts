import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { isPageForm, unwrapPageForms } from '../../../utils/dom/is-page-form';

const STORY = `<p>${'The council voted on Tuesday to rebuild the harbour wall before the winter storms. '.repeat(30)}</p>`;
const docOf = (body: string): Document =>
  parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;

describe('isPageForm', () => {
  it.each([
    [
      'an ASP.NET page form around the story',
      `<form id="aspnetForm" method="post"><div class="story">${STORY}</div></form>`,
    ],
    ['a moderation form around a thread', `<form class="InlineModForm"><ol><li>${STORY}</li></ol></form>`],
  ])('should take %s', (_case, html) => {
    const form = docOf(html).querySelector('form');
    expect(form && isPageForm(form)).toBe(true);
  });

  it.each([
    ['a comment form', '<form><label>Comment</label><textarea></textarea><p>Be kind.</p><button>Post</button></form>'],
    [
      'a newsletter form',
      '<form><p>Get our morning briefing in your inbox.</p><input type="email"><button>Sign up</button></form>',
    ],
  ])('should leave %s a form', (_case, html) => {
    const form = docOf(html).querySelector('form');
    expect(form && isPageForm(form)).toBe(false);
  });
});

describe('unwrapPageForms', () => {
  it('should turn a page form into a block with its attributes and children, and say which form it replaced', () => {
    const doc = docOf(
      `<form id="aspnetForm" class="page"><div class="story">${STORY}</div></form><form><input></form>`,
    );
    const replaced = unwrapPageForms(doc);
    expect(replaced.size).toBe(1);
    const [block, form] = [...replaced][0] ?? [];
    expect(block?.tagName).toBe('DIV');
    expect(block?.getAttribute('id')).toBe('aspnetForm');
    expect(block?.querySelector('.story')).not.toBeNull();
    expect(form?.tagName).toBe('FORM');
    expect(doc.getElementsByTagName('form').length).toBe(1);
  });
});
