import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isWikiChrome } from '../../../utils/dom/is-wiki-chrome';

/** The element marked `data-probe` in a small page whose `<body>` has the given attributes. */
const probeOf = (html: string, body = ''): Element => {
  const doc = parseHTML(`<html><body ${body}>${html}</body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return element;
};

describe('isWikiChrome', () => {
  it.each([
    [
      "MediaWiki's section edit link",
      '<h2><span class="mw-headline">Background</span><span data-probe class="mw-editsection">[<a href="?action=edit">edit</a>]</span></h2>',
      '',
    ],
    [
      "MediaWiki's tagline",
      '<div id="siteSub" class="noprint" data-probe>From Wikinews, the free news source</div>',
      '',
    ],
    ["MediaWiki's skip link", '<a class="mw-jump-link" href="#mw-head" data-probe>Zur Navigation springen</a>', ''],
    [
      'a notice box the wiki keeps out of print',
      '<div class="mw-parser-output"><div class="ambox noprint" data-probe>This article features breaking news.</div><p>Text.</p></div>',
      '',
    ],
    [
      'an infobox table in the parsed text',
      '<div class="mw-parser-output"><table class="infobox" data-probe><tr><th>Operator</th><td>Westmarch</td></tr></table></div>',
      '',
    ],
    [
      "DokuWiki's page id",
      '<div class="dokuwiki"><div class="pageId" data-probe><span>news:2026:show</span></div></div>',
      '',
    ],
    [
      "DokuWiki's last-modified line",
      '<div class="dokuwiki"><div class="docInfo" data-probe>Last modified: 2026/11/28 by jp</div></div>',
      '',
    ],
    [
      "Confluence's page metadata",
      '<div class="page-metadata" data-probe><ul><li>Created by <a>Ann Lee</a>, last modified on Nov 27, 2026</li></ul></div>',
      'id="com-atlassian-confluence"',
    ],
  ])('should read %s as chrome', (_case, html, body) => {
    expect(isWikiChrome(probeOf(html, body))).toBe(true);
  });

  it.each([
    ['a news site\'s "noprint" share row', '<div class="noprint" data-probe>Share this story</div>', ''],
    [
      "a news site's infobox",
      '<div class="infobox" data-probe><p>The council meets on Tuesday to vote on the plan.</p></div>',
      '',
    ],
    [
      'a paragraph of the parsed text',
      '<div class="mw-parser-output"><p data-probe class="lead">Rail services were suspended.</p></div>',
      '',
    ],
    ['a page-metadata block outside Confluence', '<div class="page-metadata" data-probe>By Ann Lee</div>', ''],
    ['an element with no class or id', '<div class="mw-parser-output"><div data-probe>Text.</div></div>', ''],
  ])('should leave %s to the other rules', (_case, html, body) => {
    expect(isWikiChrome(probeOf(html, body))).toBe(false);
  });
});

describe('isWikiChrome on more engines', () => {
  it.each([
    [
      "MediaWiki's table of contents",
      '<div class="mw-parser-output"><div id="toc" class="toc" data-probe><h2>Contents</h2></div></div>',
    ],
    [
      "the mobile skin's contents heading",
      '<div class="mw-parser-output"><div id="toc" class="toc-mobile" data-probe><h2>Contents</h2></div></div>',
    ],
    [
      "MediaWiki's subpage trail",
      '<div id="mw-content-subtitle" data-probe><div class="subpages">&lt; <a>Wikipedia:Wikipedia Signpost</a></div></div>',
    ],
    [
      "XWiki's page information",
      '<div id="xwikimaincontainer"><div id="document-info" data-probe>Last modified by Lena Brandt on 2026/11/27 10:14</div></div>',
    ],
    [
      "XWiki's floating box",
      '<div id="xwikimaincontainer"><div class="box floatinginfobox" data-probe><p>Did you know?</p></div></div>',
    ],
    ["Wiki.js's side column", '<div class="page-col-sd flex lg3" data-probe><div>Last edited by</div></div>'],
  ])('should read %s as chrome', (_case, html) => {
    expect(isWikiChrome(probeOf(html))).toBe(true);
  });

  it.each([
    ['a news site\'s "toc" box', '<div class="toc" data-probe><a href="#a">Jump to section</a></div>'],
    ['a document-info block outside XWiki', '<div id="document-info" data-probe>By Ann Lee</div>'],
  ])('should leave %s to the other rules', (_case, html) => {
    expect(isWikiChrome(probeOf(html))).toBe(false);
  });
});
