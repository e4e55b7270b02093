import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isFurnitureElement } from '../../../utils/dom/is-furniture-element';
import { readPage } from '../../../utils/dom/read-page';
import { retagNoteAsides } from '../../../utils/dom/retag-note-asides';
import { elementOf } from './element-of';

const STORY = [
  'Every client library has a retry loop somewhere, usually a few lines long and written on a Friday afternoon.',
  'Backoff limits how fast one client retries, but not how many clients do, so we cap retries as a share of traffic.',
  'A retry is only safe if doing the operation twice has the same effect as doing it once, so we ask three questions.',
  'Review your retries with the same care as any other part of your failure handling, and test them against a slow server.',
];

const page = (box: string): Document =>
  parseHTML(
    `<html><body><main><article><h1>Designing retries</h1><div class="prose"><p>${STORY[0]}</p><p>${STORY[1]}</p>${box}<p>${STORY[2]}</p><p>${STORY[3]}</p></div></article></main></body></html>`,
  ).document as unknown as Document;

describe('retagNoteAsides', () => {
  it('should make each role="note" aside a div, keeping its attributes and text', () => {
    const doc = page('<aside role="note" class="callout"><p>A budget of ten percent is a good start.</p></aside>');
    const replaced = retagNoteAsides(doc);
    const [div] = [...replaced.keys()];
    expect(replaced.size).toBe(1);
    expect(div?.tagName.toUpperCase()).toBe('DIV');
    expect(div?.getAttribute('role')).toBe('note');
    expect(div?.textContent).toBe('A budget of ten percent is a good start.');
  });

  it('should leave other asides alone', () => {
    expect(retagNoteAsides(page('<aside><p>Related: our pricing page.</p></aside>')).size).toBe(0);
  });
});

describe('readPage on a callout aside marked as a note', () => {
  const note = 'A budget of ten percent is a good starting point for most services we have measured.';

  it('should keep the callout’s text in the story, without its kind label', () => {
    const { text } = readPage(page(`<aside role="note"><div><p>Note</p><p>${note}</p></div></aside>`));
    expect(text).toContain(note);
    expect(text.split('\n')).not.toContain('Note');
  });

  it('should still leave out a plain aside', () => {
    const { text } = readPage(page(`<aside><p>${note}</p></aside>`));
    expect(text).not.toContain(note);
  });
});

describe('isFurnitureElement on a note aside', () => {
  it('should not take a role="note" aside for furniture by its tag', () => {
    expect(isFurnitureElement(elementOf('<aside role="note"><p>A note.</p></aside>'))).toBe(false);
  });

  it('should still take a role="note" aside named as furniture for furniture', () => {
    expect(isFurnitureElement(elementOf('<aside role="note" class="newsletter-signup"><p>Sign up.</p></aside>'))).toBe(
      true,
    );
  });
});
