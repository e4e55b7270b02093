import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findHeadline } from '../../../utils/dom/find-headline';

const docOf = (title: string, body: string): Document =>
  parseHTML(`<html><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('findHeadline', () => {
  it.each([
    [
      'the blog name comes first in the title and the page',
      'Pebble Notes: Backwards!',
      '<h1>Pebble Notes</h1><h2>Monday, March 3, 2025</h2><h3>Backwards!</h3><p>Post text.</p>',
      'Backwards!',
    ],
    [
      'a section label is part of the title',
      'Harbour ferries return to the north quay - Local news - Tidewater Daily',
      '<h1>Local news</h1><h1>Harbour ferries return to the north quay</h1>',
      'Harbour ferries return to the north quay',
    ],
    [
      'the site name comes last in the title',
      'Why I keep a paper diary « Wren on Things',
      '<h1>Wren on Things</h1><h2>Why I keep a paper diary</h2><h2>Categories</h2>',
      'Why I keep a paper diary',
    ],
    [
      'the heading is longer than a cut title',
      'Volunteers rebuild the old',
      '<h2>Menu</h2><h2>Volunteers rebuild the old mill wheel by hand</h2>',
      'Volunteers rebuild the old mill wheel by hand',
    ],
    [
      'no heading matches the title',
      'Something else entirely',
      '<h2>Menu</h2><h1>Cold snap closes mountain passes</h1>',
      'Cold snap closes mountain passes',
    ],
    [
      'the title names only the site and section, and the headline is an h2 under a logo h1',
      'The Valley Ledger | Local News',
      '<h1 class="brand">The Valley Ledger</h1><h4>Most Read</h4><ul><li>One</li></ul><h2>Hatchery expansion wins county approval</h2><p>By Dana Whitcomb</p><p>The county board on Tuesday approved a permit that will let the hatchery nearly double in size, despite objections.</p>',
      'Hatchery expansion wins county approval',
    ],
    [
      "the page's h1 only names the section over the story's own title",
      'Bulletin 07/2019 - Timber Merchants',
      '<h1>Member Bulletins</h1><p>Bulletin 07/2019 | Issued 14 March 2019</p><h2>New labelling rules for treated timber</h2><p>Members who sell treated timber will need to change how it is labelled from 1 June, when the code changes.</p>',
      'New labelling rules for treated timber',
    ],
    [
      'a short h1 is the headline over its story, with a subheading later',
      'Parish news',
      '<h1>Ceasefire collapses overnight</h1><p>The truce between the two villages lasted four hours before the first tractor was driven across the line.</p><h2>How the talks began</h2><p>More text follows here, long enough to be a paragraph of the story as well.</p>',
      'Ceasefire collapses overnight',
    ],
  ])('should pick the headline when %s', (_case, title, body, expected) => {
    expect(findHeadline(docOf(title, body))?.textContent).toBe(expected);
  });

  it('should leave a declared headline that names no heading to the parser, not to the heading the story opens under', () => {
    const doc = docOf(
      'Dwayne Allen on the locker room speech - Sports Blog',
      '<h2><span>Network</span> Dwayne Allen says the locker room went quiet</h2><p>The rookie tight end caught the record-setting pass on Sunday and talked about the speech on Monday morning.</p>',
    );
    expect(findHeadline(doc, 'Official Blog of the League')).toBeUndefined();
  });

  it.each([
    [
      'the footer names the site after the story’s heading',
      'Obituary of Dorothy J. Kessler | Whitcomb-Lyle Funeral Home | Serving Lapeer',
      'Obituary of Dorothy J. Kessler',
      '<h1>Dorothy J. Kessler</h1><p>Notice.</p><footer><h4>Whitcomb-Lyle Funeral Home</h4></footer>',
      'Dorothy J. Kessler',
    ],
    [
      'the blog’s name comes first and is declared as the headline',
      'Ed Lane - Updating the licence server',
      'Ed Lane',
      '<h1>Ed Lane</h1><h2>Updating the licence server</h2><p>Post text.</p><footer><p>© Ed Lane</p></footer>',
      'Updating the licence server',
    ],
    [
      'the site’s name heads a content-info block after the story',
      'Harbour ferries return | Tidewater Daily',
      'Harbour ferries return',
      '<h1>Harbour ferries return</h1><p>Story.</p><div role="contentinfo"><h2>Tidewater Daily</h2></div>',
      'Harbour ferries return',
    ],
  ])('should pick the headline when %s', (_case, title, declared, body, expected) => {
    expect(findHeadline(docOf(title, body), declared)?.textContent).toBe(expected);
  });

  it('should prefer the declared headline over the title', () => {
    const doc = docOf('Tidewater Daily', '<h2>Tidewater Daily</h2><h2>Quay reopens after repairs</h2>');
    expect(findHeadline(doc, 'Quay reopens after repairs')?.textContent).toBe('Quay reopens after repairs');
  });

  it.each([
    ['only short section labels', 'Tidewater Daily', '<h1>News</h1><h2>Menu</h2>'],
    ['a heading that is only part of a title word', 'Sunflowers in autumn', '<h2>Sun</h2><h2>Flow</h2>'],
    ['no headings', 'A quiet page', '<p>Text only.</p>'],
  ])('should find none with %s', (_case, title, body) => {
    expect(findHeadline(docOf(title, body))).toBeUndefined();
  });
});

describe('findHeadline with a logo heading', () => {
  it("should pass over the site's name set as a heading", () => {
    const doc = docOf(
      'news:2026:harvest_show_results [Millbrook Allotment Society]',
      '<h1 class="logo"><a href="/doku.php?id=start"><span>Millbrook Allotment Society</span></a></h1><div class="page"><h1 id="harvest">Harvest Show 2026: results and thanks</h1><p>Our show.</p></div>',
    );
    expect(findHeadline(doc)?.textContent).toBe('Harvest Show 2026: results and thanks');
  });
});

describe('findHeadline on a newsletter whose subject line names one of the story’s sections', () => {
  const PROSE =
    '<p>Every plot on the site will have its own water meter by April, after members voted at the autumn meeting.</p>';

  it('should pick the only h1 over a subheading of its story that the title names', () => {
    const doc = docOf(
      'Fernhill news: water meters and the waiting list',
      `<h1>Water meters are coming to every plot next spring</h1>${PROSE}<h2>The waiting list</h2>${PROSE}`,
    );
    expect(findHeadline(doc)?.textContent).toBe('Water meters are coming to every plot next spring');
  });

  it.each([
    [
      'a blog logo h1 with no paragraph before the post title',
      'Pies | Ann’s Kitchen Adventures in Baking and Everyday Life',
      `<h1>Ann Bakes at Home</h1><nav><a href="/">Home</a></nav><h2>Pies</h2>${PROSE}`,
      'Pies',
    ],
    [
      'a blog logo h1 in the header, its tagline a long paragraph',
      'Wheels up « Joe’s Blog about photography on the road',
      `<header><h1>Joe Photography</h1>${PROSE}</header><div><h2>Wheels up</h2>${PROSE}</div>`,
      'Wheels up',
    ],
    [
      'a heading covering most of the title',
      'The waiting list - Fernhill',
      `<h1>Water meters are coming to every plot next spring</h1>${PROSE}<h2>The waiting list</h2>`,
      'The waiting list',
    ],
    [
      'two h1 headings',
      'Fernhill news: water meters and the waiting list',
      `<h1>Fernhill Allotment Society</h1><h1>Water meters are coming to every plot</h1>${PROSE}<h2>The waiting list</h2>`,
      'The waiting list',
    ],
  ])('should keep the matched heading with %s', (_case, title, body, expected) => {
    expect(findHeadline(docOf(title, body))?.textContent).toBe(expected);
  });
});

describe('findHeadline on a heading set as a kicker and a title in two spans', () => {
  const TITLE = 'Warnstreik im Nahverkehr: Busse und Bahnen stehen still - DER SPIEGEL';
  const DECLARED = 'Warnstreik im Nahverkehr: Busse und Bahnen stehen still';

  it('should match the declared "Kicker: Title" on the spans read apart', () => {
    const doc = docOf(
      TITLE,
      '<div class="badge">News-Blog</div><h2 class="title"><span class="block">Warnstreik im Nahverkehr</span><span class="align-middle">Busse und Bahnen stehen still</span></h2><h2>Verkehrsverbünde rechnen mit normalem Betrieb</h2>',
    );
    expect(findHeadline(doc, DECLARED)?.className).toBe('title');
  });

  it('should still match a heading whose word runs across an inline element', () => {
    const doc = docOf('Backwards! - Pebble Notes', '<h2>Back<em>wards</em>!</h2><h2>Other notes from the week</h2>');
    expect(findHeadline(doc, 'Backwards!')?.textContent).toBe('Backwards!');
  });
});

describe('findHeadline without a heading', () => {
  it("should take the block whose own text is the declared headline (Wiki.js's div.headline)", () => {
    const doc = docOf(
      'Club station moves to Gull Point | Harbour ARC Wiki',
      '<div class="page-header-section"><div class="headline">Club station moves to Gull Point</div><div class="caption">After eleven years.</div></div><div class="contents"><h2>The new site</h2><p>Text.</p></div>',
    );
    expect(findHeadline(doc, 'Club station moves to Gull Point')?.className).toBe('headline');
  });

  it('should keep a heading that shows the title', () => {
    const doc = docOf(
      'Club station moves to Gull Point',
      '<div class="headline">Club station moves to Gull Point</div><h1>Club station moves to Gull Point</h1>',
    );
    expect(findHeadline(doc, 'Club station moves to Gull Point')?.tagName).toBe('H1');
  });
});
