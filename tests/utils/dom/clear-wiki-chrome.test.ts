import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearWikiChrome } from '../../../utils/dom/clear-wiki-chrome';

/** The page's `<body>` after `clearWikiChrome`, as HTML with white space between tags taken out. */
function bodyAfter(html: string, body = ''): string {
  const { document } = parseHTML(`<html><body ${body}>${html}</body></html>`);
  clearWikiChrome(document as unknown as Document);
  return (document.body.innerHTML ?? '').replace(/>\s+</g, '><');
}

describe('clearWikiChrome', () => {
  it("should take MediaWiki's edit links out and put a wrapped heading in its wrapper's place", () => {
    expect(
      bodyAfter(
        '<div class="mw-parser-output"><p>Text.</p><div class="mw-heading mw-heading2"><h2 id="Sources">Sources</h2><span class="mw-editsection">[<a>edit</a>]</span></div><ul><li>A source</li></ul></div>',
      ),
    ).toBe('<div class="mw-parser-output"><p>Text.</p><h2 id="Sources">Sources</h2><ul><li>A source</li></ul></div>');
  });

  it("should take the legacy skins' edit link out of the heading", () => {
    expect(
      bodyAfter(
        '<h2><span class="mw-headline" id="Kosten">Kosten</span><span class="mw-editsection">[<a>Bearbeiten</a>]</span></h2>',
      ),
    ).toBe('<h2><span class="mw-headline" id="Kosten">Kosten</span></h2>');
  });

  it("should take Confluence's layout names off its columns", () => {
    expect(
      bodyAfter(
        '<div class="wiki-content"><h1 id="CommunityNewsletter-Events">Events</h1><div class="columnLayout two-right-sidebar"><p>Text.</p></div></div>',
        'id="com-atlassian-confluence"',
      ),
    ).toBe(
      '<div class="wiki-content"><h1 id="CommunityNewsletter-Events">Events</h1><div class="columnLayout"><p>Text.</p></div></div>',
    );
  });

  it('should leave a news page alone', () => {
    const page =
      '<div class="noprint">Share</div><div class="mw-heading-like"><h2 id="Community-Events">Events</h2><p>Text.</p></div><div class="two-right-sidebar"><p>Text.</p></div>';
    expect(bodyAfter(page)).toBe(page);
  });
});
