// The generated news page (generate-comments-page.ts) as HTML in the demo article's shape: JSON-LD NewsArticle, an
// <article> with paragraphs, then a flat comment list (div.comment > div.user + p). Used to time the extension on a
// page with thousands of comments in a real browser (scripts/bench/panel-large-page.ts).
import { generatePageParts } from './generate-comments-page';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as HTML character data or a double-quoted attribute value. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ENTITIES[char] ?? char);
}

/** An HTML news page with `count` comments; the same count and seed always give the same page. */
export function generateCommentsHtml(count: number, seed = 42): string {
  const page = generatePageParts(count, seed);
  const headline = `Bench Wire: ${page.lead.split('.')[0] ?? 'the generated article'}`;
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    datePublished: '2026-01-15',
    publisher: { '@type': 'Organization', name: 'Bench Wire' },
  });
  const comments = page.comments.map(
    (comment) =>
      `<div class="comment"><div class="user">${escapeHtml(comment.author)}</div>` +
      comment.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('') +
      '</div>',
  );
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8" />',
    `<title>${escapeHtml(headline)}</title>`,
    '<meta property="og:type" content="article" />',
    `<script type="application/ld+json">${jsonLd.replace(/</g, '\\u003c')}</script>`,
    '</head><body>',
    '<article>',
    `<h1>${escapeHtml(headline)}</h1>`,
    '<div class="dateline"><time datetime="2026-01-15">January 15, 2026</time></div>',
    `<p>${escapeHtml(page.lead)}</p>`,
    ...page.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
    `<p class="credits">${escapeHtml(page.credits)}</p>`,
    '</article>',
    '<section class="comments" id="comments">',
    `<h2>${count} Comments</h2>`,
    '<p class="login">Login to comment</p>',
    ...comments,
    '</section>',
    '</body></html>',
    '',
  ].join('\n');
}
