import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../utils/dom/read-page';
import { unwrapPostEmbeds } from '../../../utils/dom/unwrap-post-embeds';

/** The body's HTML after unwrapping. */
function unwrapped(html: string): string {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  unwrapPostEmbeds(doc);
  return doc.body.innerHTML;
}

const POST =
  '<blockquote class="instagram-media"><p>Pictures of the fire from across the river.</p><a href="https://instagram.example/p/x">A post shared by harbourlive</a></blockquote>';
const CAPTIONED =
  '<a href="https://instagram.example/p/y"><div></div><div>View this post on Instagram</div></a><p><a href="https://instagram.example/p/y">Back on the quay this morning.</a></p><p>A post shared by <a href="https://instagram.example/harbourlive">Harbour Live</a> (@harbourlive)</p>';
const TWEET =
  '<blockquote class="twitter-tweet"><p lang="en">The ferry is back on its timetable from 6am.</p>— Harbour Ferries (@harbourferries) <a href="https://x.example/s/1">November 28, 2026</a></blockquote>';

describe('unwrapPostEmbeds', () => {
  it.each([
    ['a post in one box', `<div class="embed">${POST}</div>`, POST],
    [
      'a post in two boxes with its script',
      `<div class="embed embed--x"><div class="x-post">${TWEET}<script src="https://platform.x.example/widgets.js"></script></div></div>`,
      `${TWEET}<script src="https://platform.x.example/widgets.js"></script>`,
    ],
    [
      "a captioned Instagram post's own box inside it",
      `<blockquote class="instagram-media"><div style="padding:16px;">${CAPTIONED}</div></blockquote>`,
      `<blockquote class="instagram-media">${CAPTIONED}</blockquote>`,
    ],
    [
      'an X post whose class a sanitiser took off, known by the link to the post',
      `<div class="css-1a2b"><blockquote><p>Ferries are back.</p>— Harbour Ferries (@harbourferries) <a href="https://twitter.com/harbourferries/status/1457825021845823490">November 8, 2021</a></blockquote></div>`,
      `<blockquote><p>Ferries are back.</p>— Harbour Ferries (@harbourferries) <a href="https://twitter.com/harbourferries/status/1457825021845823490">November 8, 2021</a></blockquote>`,
    ],
    [
      'a Facebook post whose classes a build hashed, known by the post it cites',
      '<div class="css-9f8e"><div class="css-7d6c"><blockquote cite="https://www.facebook.com/HarbourFerries/posts/2290417751"><p>Ferries are back from 6am.</p>Posted by <a href="https://www.facebook.com/HarbourFerries/">Harbour Ferries</a> on Monday</blockquote></div></div>',
      '<blockquote cite="https://www.facebook.com/HarbourFerries/posts/2290417751"><p>Ferries are back from 6am.</p>Posted by <a href="https://www.facebook.com/HarbourFerries/">Harbour Ferries</a> on Monday</blockquote>',
    ],
    [
      'a TikTok post without its class, known by the video it cites',
      '<div class="css-1a2b"><blockquote cite="https://www.tiktok.com/@harbourlive/video/6975312"><section><a href="https://www.tiktok.com/@harbourlive">@harbourlive</a> <p>first boat of the day</p></section></blockquote></div>',
      '<blockquote cite="https://www.tiktok.com/@harbourlive/video/6975312"><section><a href="https://www.tiktok.com/@harbourlive">@harbourlive</a> <p>first boat of the day</p></section></blockquote>',
    ],
    [
      'an Instagram post without its class, known by the link to the post it opens on',
      '<div class="css-3c4d"><blockquote><a href="https://www.instagram.com/p/BujAq3FhM2k/">View this post on Instagram</a><p>Back on the quay this morning.</p><p>A post shared by <a href="https://www.instagram.com/harbourlive/">Harbour Live</a></p></blockquote></div>',
      '<blockquote><a href="https://www.instagram.com/p/BujAq3FhM2k/">View this post on Instagram</a><p>Back on the quay this morning.</p><p>A post shared by <a href="https://www.instagram.com/harbourlive/">Harbour Live</a></p></blockquote>',
    ],
  ])('should take the boxes off %s', (_case, html, expected) => {
    expect(unwrapped(html)).toBe(expected);
  });

  it.each([
    [
      'a post without its text (the Instagram code with the script off)',
      '<div class="embed"><blockquote class="instagram-media"><div><a href="https://instagram.example/p/x">View this post on Instagram</a></div></blockquote></div>',
    ],
    [
      "a site's consent placeholder in a post's place, a box with its button",
      '<blockquote class="twitter-tweet"><div class="c-embed-consent"><p>This content is hosted by a third party (X). To view it, you need to accept cookies.</p><button>Accept</button></div></blockquote>',
    ],
    [
      'a box inside a post beside its text',
      '<blockquote class="twitter-tweet"><div><p>Ferries are back.</p></div><p>From 6am.</p></blockquote>',
    ],
    [
      "a quotation ending on a link to the speaker's profile, not to a post",
      '<div class="quote"><blockquote><p>We will rebuild.</p><a href="https://twitter.com/harbourferries">@harbourferries</a></blockquote></div>',
    ],
    [
      'a quotation with a post linked inside its text, ending on another link',
      '<div class="quote"><blockquote><p>As <a href="https://twitter.com/a/status/1">she posted</a>, we will rebuild.</p><a href="https://harbour.example/report">Report</a></blockquote></div>',
    ],
    [
      "a quotation opening on a link to the speaker's profile, not to a post",
      '<div class="quote"><blockquote><a href="https://www.instagram.com/harbourlive/">Harbour Live</a><p>We will rebuild.</p></blockquote></div>',
    ],
    [
      'a quotation citing a page that is no post',
      '<div class="quote"><blockquote cite="https://www.facebook.com/HarbourFerries/"><p>We will rebuild.</p></blockquote></div>',
    ],
    ['a box holding the post and a caption', `<div class="embed">${TWEET}<p>The operator’s post on Friday.</p></div>`],
    ['a box with its own text beside the post', `<div class="embed">Posted on X: ${TWEET}</div>`],
    [
      'a quotation that is no embedded post',
      '<div class="quote"><blockquote><p>We will rebuild.</p></blockquote></div>',
    ],
  ])('should leave %s as it is', (_case, html) => {
    expect(unwrapped(html)).toBe(html);
  });
});

describe('readPage on a post whose box Readability would drop', () => {
  const STORY = [
    'A fire broke out on Sunday evening in an empty warehouse on the quay, and could be seen from across the river.',
    'Firefighters fought the flames for four hours from a ladder truck, and nobody was hurt, the fire service said.',
    'The owner of the building has been asked by the city to secure it, which he says he has been trying to do for years.',
  ];
  it("should keep the post's text and leave its credit link out", () => {
    const html = `<html><head><title>Fire on the quay</title></head><body><article><h1>Fire on the quay</h1><div class="text"><p>${STORY[0]}</p><div class="embed embed--instagram">${POST}</div><p>${STORY[1]}</p><p>${STORY[2]}</p></div></article></body></html>`;
    const { document } = parseHTML(html);
    const { text } = readPage(document as unknown as Document);
    expect(text).toContain('Pictures of the fire from across the river.');
    expect(text).not.toContain('A post shared by');
  });

  it("should keep a captioned Instagram post's caption and leave its script-off lines out", () => {
    const post = `<blockquote class="instagram-media" data-instgrm-captioned><div style="padding:16px;">${CAPTIONED}</div></blockquote>`;
    const html = `<html><head><title>Fire on the quay</title></head><body><article><h1>Fire on the quay</h1><div class="text"><p>${STORY[0]}</p>${post}<p>${STORY[1]}</p><p>${STORY[2]}</p></div></article></body></html>`;
    const { document } = parseHTML(html);
    const { text } = readPage(document as unknown as Document);
    expect(text).toContain('Back on the quay this morning.');
    expect(text).not.toContain('View this post on Instagram');
    expect(text).not.toContain('A post shared by');
  });
});
