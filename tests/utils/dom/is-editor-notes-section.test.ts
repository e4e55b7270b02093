import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isEditorNotesSection } from '../../../utils/dom/is-editor-notes-section';

const STORY =
  '<p>The charity said on Thursday that its clinics had treated 1,200 children in October, twice as many as a year ago.</p>';
const NOTES =
  '<p>The report is available to download from the charity’s website.</p>' +
  '<p>Spokespeople are available for interview.</p>' +
  '<h3>Contact information</h3><p>Ann Lee | press@example.org | +44 20 7946 0000</p>';
const LONG =
  'The figures come from the ministry of health, which counted admissions at every hospital in the region over the winter, and from the charity’s own clinics. '.repeat(
    5,
  );

/** Whether each element of the page's `<main>` marked `data-t` is part of a notes section, in document order. */
function marked(html: string): boolean[] {
  const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
  return Array.from(document.querySelectorAll('[data-t]')).map((element) =>
    isEditorNotesSection(element as unknown as Element),
  );
}

describe('isEditorNotesSection', () => {
  it.each([
    ['a "Notes to editors" heading with its notes and contacts', `${STORY}<h3 data-t>Notes to editors</h3>${NOTES}`],
    ['a "NOTES TO EDITORS:" label in bold', `${STORY}<p data-t><strong>NOTES TO EDITORS:</strong></p>${NOTES}`],
    ['an "Editors\' notes" heading', `${STORY}<h2 data-t>Editors' notes</h2>${NOTES}`],
    [
      'a "Notes to editors" heading set as a styled div',
      `${STORY}<div class="subhead" data-t>Notes to editors</div>${NOTES}`,
    ],
  ])('should find the heading of %s', (_case, html) => {
    expect(marked(html)).toEqual([true]);
  });

  it('should find each note under the heading', () => {
    const html = `${STORY}<h3>Note to editors</h3>${NOTES.replaceAll('<p>', '<p data-t>')}`;
    expect(marked(html)).toEqual([true, true, true]);
  });

  it.each([
    [
      'a singular "Editor\'s note" over a note to readers',
      `${STORY}<h3 data-t>Editor's note</h3><p data-t>This story was updated on Friday.</p>`,
    ],
    ['a notes heading over a long paragraph', `${STORY}<h3 data-t>Notes to editors</h3><p data-t>${LONG}</p>`],
    ['a notes heading over a table', `${STORY}<h3 data-t>Notes to editors</h3><table><tr><td>1</td></tr></table>`],
    ['a story paragraph with no heading before it', `<p data-t>Notes to editors were sent on Friday.</p>${STORY}`],
    ['a div holding the notes heading with its notes', `${STORY}<div data-t><h3>Notes to editors</h3>${NOTES}</div>`],
  ])('should leave %s', (_case, html) => {
    expect(marked(html).some(Boolean)).toBe(false);
  });
});
