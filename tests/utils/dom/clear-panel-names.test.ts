import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearPanelNames } from '../../../utils/dom/clear-panel-names';

/** The class attributes of the page's elements after `clearPanelNames`, in page order. */
function classesAfter(html: string): string[] {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  clearPanelNames(document as unknown as Document);
  return [...document.querySelectorAll('[class]')].map((element) => element.getAttribute('class') ?? '');
}

describe('clearPanelNames', () => {
  it("should take Readability's 'widget' names off a story panel and the wrappers in it", () => {
    expect(
      classesAfter(
        '<div class="so-panel widget widget_sow-editor panel-first-child"><div class="so-widget-sow-editor ' +
          'so-widget-sow-editor-base"><div class="siteorigin-widget-tinymce textwidget"><p>Text.</p></div></div></div>',
      ),
    ).toEqual(['so-panel panel-first-child', '', '']);
  });

  it('should keep the names of a panel of another kind', () => {
    const html =
      '<div class="so-panel widget widget_sow-button"><div class="so-widget-sow-button ' +
      'so-widget-sow-button-flat-8d0e"><a class="sowb-button">Browse</a></div></div>';
    expect(classesAfter(html)).toEqual([
      'so-panel widget widget_sow-button',
      'so-widget-sow-button so-widget-sow-button-flat-8d0e',
      'sowb-button',
    ]);
  });

  it('should keep the names of a sidebar widget', () => {
    expect(classesAfter('<aside class="widget widget_text"><div class="textwidget">Hours</div></aside>')).toEqual([
      'widget widget_text',
      'textwidget',
    ]);
  });
});
