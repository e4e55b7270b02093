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

describe('clearWikiChrome on other engines', () => {
  it("should put the mobile skin's heading in place of its wrapper and the empty expand arrow", () => {
    expect(
      bodyAfter(
        '<div class="mw-parser-output"><div class="mw-heading mw-heading2 section-heading" onclick="mfTempOpenSection(1)"><span class="indicator mf-icon mf-icon-expand"></span><h2 id="On_board">On board</h2><span class="mw-editsection"><a role="button">edit</a></span></div><section class="mf-section-1"><p>Text.</p></section></div>',
      ),
    ).toBe(
      '<div class="mw-parser-output"><h2 id="On_board">On board</h2><section class="mf-section-1"><p>Text.</p></section></div>',
    );
  });

  it('should leave a wrapper holding other text as it is', () => {
    const page =
      '<div class="mw-parser-output"><div class="mw-heading"><h2>Dates</h2><span>Updated daily</span></div></div>';
    expect(bodyAfter(page)).toBe(page);
  });

  it("should take out XWiki's page information and Wiki.js's side column", () => {
    expect(
      bodyAfter(
        '<div id="xwikimaincontainer"><div id="document-info"><div class="xdocLastModification">Last modified by Lena Brandt</div></div><div id="xwikicontent"><p>Text.</p><div class="box floatinginfobox"><p>Did you know?</p></div></div><div id="xdocFooter">Created by Lena Brandt</div></div><div class="layout"><div class="page-col-sd"><div>Last edited by</div></div><div class="page-col-content"><p>Text.</p></div></div>',
      ),
    ).toBe(
      '<div id="xwikimaincontainer"><div id="xwikicontent"><p>Text.</p></div></div><div class="layout"><div class="page-col-content"><p>Text.</p></div></div>',
    );
  });
});
