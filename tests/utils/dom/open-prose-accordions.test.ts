import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { openProseAccordions } from '../../../utils/dom/open-prose-accordions';

/** The body's HTML after opening. */
function opened(html: string): string {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  openProseAccordions(doc);
  return doc.body.innerHTML;
}

const ANSWER =
  'Yes, for most homeowners, but by less than last year. The budget keeps the tax rate flat, but rising assessments mean the typical homeowner will pay about $64 more.';

/** A Kadence accordion pane: the question on a button in a header wrap, the answer in a panel hidden by class. */
const kadence = (question: string, answer: string): string =>
  `<div class="wp-block-kadence-accordion"><div class="kt-accordion-wrap kt-pane-header-alignment-left"><div class="kt-accordion-pane"><div class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header" type="button"><span class="kt-blocks-accordion-title">${question}</span></button></div><div class="kt-accordion-panel kt-accordion-panel-hidden"><div class="kt-accordion-panel-inner"><p>${answer}</p></div></div></div></div></div>`;

describe('openProseAccordions', () => {
  it('should take the furniture words off an accordion holding prose and its question off the button', () => {
    const html = opened(kadence('Will my property tax bill go up?', ANSWER));
    expect(html).not.toContain('<button');
    expect(html).toContain('<span class="kt-blocks-accordion-title">Will my property tax bill go up?</span>');
    expect(html).not.toMatch(/header|hidden/);
    expect(html).toContain(ANSWER);
  });

  it.each([
    [
      'an accordion menu of links',
      '<div class="menu-accordion"><div class="accordion-header"><button>Sections</button></div><ul class="accordion-panel-hidden"><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li></ul></div>',
    ],
    [
      'an accordion holding only a short answer',
      '<div class="faq"><div class="faq-header"><button>Open?</button></div><div class="faq-hidden"><p>Yes.</p></div></div>',
    ],
    [
      'a page whose body names its FAQ, beside its header',
      `<div class="page-faq"><h1>Questions</h1><header class="site-header"><button>Menu</button></header><p>${ANSWER}</p></div>`,
    ],
  ])('should leave %s', (_case, html) => {
    expect(opened(html)).toBe(html);
  });

  it('should keep the names and buttons of the story outside the accordion', () => {
    const html = `<div class="share-row"><button>Share</button></div>${kadence('Are water rates changing?', ANSWER)}`;
    expect(opened(html)).toContain('<div class="share-row"><button>Share</button></div>');
  });

  it('should leave a button beside other text in the accordion', () => {
    const html = opened(
      kadence('Are water rates changing?', `${ANSWER} <span>Share this answer <button>Copy</button></span>`),
    );
    expect(html).toContain('<button>Copy</button>');
  });
});
