import { describe, expect, it } from 'vitest';
import { isSummaryBox } from '../../../utils/dom/is-summary-box';
import { elementOf } from './element-of';

const BULLETS = '<ul><li>Fares rise 4% in January.</li><li>Two routes close for repairs.</li></ul>';

describe('isSummaryBox', () => {
  it.each([
    ['a "Summary" heading over bullets', `<section><h2>Summary</h2>${BULLETS}</section>`],
    [
      'a callout whose label and list sit in wrappers',
      `<div class="callout"><div class="callout-heading"><h3>Key Takeaways</h3></div><div class="callout-body">${BULLETS}</div></div>`,
    ],
    ['a "What to know:" box', `<div><h3>What to know:</h3>${BULLETS}</div>`],
    ['a health story’s "Key findings" box', `<div class="css-summary"><p>Key findings</p>${BULLETS}</div>`],
    ['a bold "Highlights" label', `<aside><p><strong>Highlights</strong></p>${BULLETS.replace(/ul>/g, 'ol>')}</aside>`],
    [
      'a machine-written digest under its AI note, in hashed classes',
      `<div class="wpds-c-hUBtDd"><p class="wpds-c-bzJPMF">Summary is AI-generated, newsroom-reviewed.</p>${BULLETS}</div>`,
    ],
    ['an "AI-generated summary" label', `<div><p>AI-generated summary</p>${BULLETS}</div>`],
    ['a "Takeaways by … AI" label', `<section><h2>Takeaways by Harbour News AI</h2>${BULLETS}</section>`],
    [
      'a fact-check’s "Quick Take" over a paragraph',
      '<div class="x1"><h5>Quick Take</h5><p>Both candidates misstated what the state spends on home care.</p></div>',
    ],
    ['an "If Your Time is short" box of bullets', `<div><h4>If Your Time is short</h4>${BULLETS}</div>`],
    [
      'a Spanish-language station’s "Lo que debes saber" box',
      `<div class="article-summary"><h2 class="article-summary__title">Lo que debes saber</h2>${BULLETS}</div>`,
    ],
    ['a "Puntos clave:" box', `<section><p><strong>Puntos clave:</strong></p>${BULLETS}</section>`],
  ])('should find %s', (_case, html) => {
    expect(isSummaryBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a "Summary" heading over paragraphs',
      '<section><h2>Summary</h2><p>The ferry will run twice a day from January.</p><p>Fares rise 4%.</p></section>',
    ],
    [
      'a summary label over a list and a paragraph of prose',
      `<div><h3>Key Points</h3>${BULLETS}<p>The council will vote on the plan on Friday.</p></div>`,
    ],
    ['a single bullet', '<div><h3>Summary</h3><ul><li>Fares rise 4% in January.</li></ul></div>'],
    ['a list of facts under another heading', `<div><h3>Timetable changes</h3>${BULLETS}</div>`],
    ['a list with no label', `<div>${BULLETS}</div>`],
    ['the list itself', BULLETS],
    [
      'a paragraph about AI summaries over a list of facts',
      `<div><p>The summary the agency generated with AI tools was wrong in two places, the report found.</p>${BULLETS}</div>`,
    ],
    [
      'an AI note over a list and a paragraph of prose',
      `<div><p>Summary is AI-generated, newsroom-reviewed.</p>${BULLETS}<p>The council will vote on Friday.</p></div>`,
    ],
    [
      'a "Quick Take" heading over a section of the story',
      '<section><h3>Quick take</h3><p>The ferry will run twice a day.</p><p>Fares rise 4%.</p><p>The quay opens in May.</p></section>',
    ],
    [
      'a "Quick Take" heading over a subheading and prose',
      '<div><h3>Quick take</h3><h4>Fares</h4><p>The ferry will run twice a day from January.</p></div>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(isSummaryBox(elementOf(html))).toBe(false);
  });
});

describe('isSummaryBox: one paragraph led by a bold summary label', () => {
  const TLDR =
    '<p><strong>TL;DR:</strong> Most landing pages lose visitors because of small, fixable things. Fix the form first.</p>';

  it.each([
    ['a TL;DR widget, wrappers and all', `<div class="widget"><div class="widget-container">${TLDR}</div></div>`],
    ['a TL;DR box', `<aside>${TLDR}</aside>`],
    ['an "In short:" box', '<div><p><b>In short:</b> The ferry runs twice a day from January.</p></div>'],
    ['a "Key takeaways:" box', '<section><p><strong>Key takeaways:</strong> Fares rise; routes close.</p></section>'],
  ])('should take %s', (_case, html) => {
    expect(isSummaryBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'the story block whose first paragraph is a TL;DR',
      `<div>${TLDR}<p>Over the past year our team reviewed 140 pages.</p></div>`,
    ],
    ['a box whose bold label has no colon', '<div><p><strong>In short</strong> the ferry runs twice a day.</p></div>'],
    [
      'a paragraph with text before the label',
      '<div><p>Our view. <strong>In short:</strong> the ferry runs.</p></div>',
    ],
    ['a label alone', '<div><p><strong>TL;DR:</strong></p></div>'],
    [
      'a bold label on a long paragraph',
      `<div><p><strong>In brief:</strong> ${'The council met again. '.repeat(40)}</p></div>`,
    ],
    ['another bold label', '<div><p><strong>Update:</strong> The ferry now runs twice a day.</p></div>'],
  ])('should keep %s', (_case, html) => {
    expect(isSummaryBox(elementOf(html))).toBe(false);
  });
});

describe('isSummaryBox, foreign and AI-noted digests', () => {
  it.each([
    [
      'a <details> digest whose <summary> label carries a "KI" badge, with its AI note under the bullets',
      `<details open><summary>Das Wichtigste in Kürze <span>KI</span></summary>${BULLETS}<p>Diese Zusammenfassung wurde mithilfe künstlicher Intelligenz erstellt und von der Redaktion geprüft.</p></details>`,
    ],
    [
      'a Spanish AI digest with a closing reviewed-by-an-editor note',
      `<div><p><strong>Resumen generado con IA</strong></p>${BULLETS}<p><em>Este resumen fue generado por inteligencia artificial y revisado por un editor. Puede contener errores.</em></p></div>`,
    ],
    [
      "Schibsted's Norwegian digest with its note",
      `<section><h2>Kortversjonen</h2>${BULLETS}<p>Oppsummeringen er laget med KI og kvalitetssikret av journalister.</p></section>`,
    ],
    [
      'an English digest closing on its AI note',
      `<div><h3>Key Points</h3>${BULLETS}<p>AI-generated summary.</p></div>`,
    ],
  ])('should take %s', (_case, html) => {
    expect(isSummaryBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a digest label over bullets and a paragraph of the story',
      `<section><h2>Das Wichtigste in Kürze</h2>${BULLETS}<p>Der Stadtrat tagt am Montag erneut.</p></section>`,
    ],
    [
      'a story section that opens with bullets and ends on a sentence about AI',
      `<div><h2>Summary</h2>${BULLETS}<p>The council said the summary was written by staff, not by AI tools.</p></div>`,
    ],
    [
      'a <details> block of the story under another label',
      `<details><summary>Die Vorgeschichte</summary>${BULLETS}</details>`,
    ],
    [
      'a label ending on a word like a badge that is not one',
      `<div><h3>Resumen generado con</h3>${BULLETS}<p>Una nota cualquiera.</p></div>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isSummaryBox(elementOf(html))).toBe(false);
  });
});

describe('isSummaryBox on "The big picture" boxes', () => {
  it('should take a "The big picture" heading over bullets alone', () => {
    expect(isSummaryBox(elementOf(`<div class="BigPicture"><h2>The big picture</h2>${BULLETS}</div>`))).toBe(true);
  });

  it.each([
    [
      'an Axios paragraph opening on "The big picture:" in bold',
      '<div><p><strong>The big picture:</strong> Fare-free summer programs pulled in riders who had never used the system.</p></div>',
    ],
    [
      'a story section under "The big picture" with prose beside its bullets',
      `<section><h2>The big picture</h2><p>Ridership is still below its 2019 level.</p>${BULLETS}</section>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isSummaryBox(elementOf(html))).toBe(false);
  });
});

describe('isSummaryBox on "What we know" boxes', () => {
  const STORY_P =
    '<p>A ridge of high pressure has parked over the southern plains for nearly a week, forecasters said on Friday.</p>';
  const box = (label: string) => `<div class="wwk"><h2>${label}</h2>${BULLETS}</div>`;
  const boxIn = (html: string): Element => {
    const article = elementOf(html);
    const found = article.querySelector('.wwk');
    if (!found) throw new Error('no box');
    return found;
  };

  it.each(['What we know so far', 'What we know:', 'What we know and don’t know'])(
    'should take a "%s" box over bullets alone that leads the story',
    (label) => {
      expect(
        isSummaryBox(
          boxIn(
            `<article><h1>Heat dome stalls</h1><div class="byline">By Ann Lee</div><div>${box(label)}${STORY_P}</div></article>`,
          ),
        ),
      ).toBe(true);
    },
  );

  it('should keep a "What we know" section after the story’s paragraphs', () => {
    expect(
      isSummaryBox(boxIn(`<article><h1>Heat dome stalls</h1><div>${STORY_P}${box('What we know')}</div></article>`)),
    ).toBe(false);
  });

  it('should keep a leading "What we know" box with prose beside its bullets', () => {
    expect(
      isSummaryBox(
        boxIn(
          `<article><div class="wwk"><h2>What we know</h2><p>Some facts are not in dispute.</p>${BULLETS}</div>${STORY_P}</article>`,
        ),
      ),
    ).toBe(false);
  });
});

describe('isSummaryBox on web components standing for <details>', () => {
  it.each([
    [
      'a Shoelace box labelled by its `summary` attribute',
      `<sl-details summary="Key takeaways">${BULLETS}</sl-details>`,
    ],
    [
      'a Web Awesome box with a spelled-out "Too long; didn’t read" label',
      `<wa-details class="tldr" summary="Too long; didn't read">${BULLETS}</wa-details>`,
    ],
    [
      'a Shoelace box whose label is a child in its `summary` slot',
      `<sl-details><span slot="summary">Key Points</span>${BULLETS}</sl-details>`,
    ],
  ])('should find %s', (_case, html) => {
    expect(isSummaryBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a box of FAQ answers under a question',
      `<sl-details summary="How do I renew my permit?">${BULLETS}</sl-details>`,
    ],
    [
      'a "Summary" box with prose beside its bullets',
      `<sl-details summary="Summary"><p>The council met on Monday.</p>${BULLETS}</sl-details>`,
    ],
    ['a single bullet', '<sl-details summary="Key takeaways"><ul><li>Fares rise 4% in January.</li></ul></sl-details>'],
    [
      'an element with a `summary` attribute that is no disclosure',
      `<my-card summary="Key takeaways">${BULLETS}</my-card>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isSummaryBox(elementOf(html))).toBe(false);
  });
});

describe('isSummaryBox on live pages’ digests', () => {
  it.each([
    [
      'a live page’s "Here’s what you need to know:" box',
      `<div><h2>Here’s what you need to know:</h2>${BULLETS}</div>`,
    ],
    [
      'Le Monde’s "Les informations à retenir" over bullets in wrappers',
      `<section><div><span>Les informations à retenir</span></div><div>${BULLETS}</div></section>`,
    ],
    ['a French "L’essentiel" box', `<aside><p>L’essentiel</p>${BULLETS}</aside>`],
    ['a French "Ce qu’il faut retenir" box', `<div><h3>Ce qu’il faut retenir</h3>${BULLETS}</div>`],
  ])('should find %s', (_case, html) => {
    expect(isSummaryBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a pinned post headed "What you need to know today" over prose and a list',
      `<div><h2>What you need to know today</h2><p>Total fire bans are in place across the whole of Victoria today.</p>${BULLETS}</div>`,
    ],
    [
      'a French "L’essentiel" heading over the story’s paragraphs',
      '<div><h2>L’essentiel</h2><p>La Garonne a atteint 10,40 m à Agen.</p><p>Le pic est attendu dans la nuit.</p></div>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(isSummaryBox(elementOf(html))).toBe(false);
  });
});
