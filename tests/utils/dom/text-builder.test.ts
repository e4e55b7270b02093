import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { appendBlocks } from '../../../utils/dom/append-blocks';
import { TextBuilder } from '../../../utils/dom/text-builder';

const bodyOf = (html: string): HTMLElement =>
  (parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document).body;

describe('TextBuilder', () => {
  it('should collapse whitespace and trim lines', () => {
    const builder = new TextBuilder();
    builder.appendText('  two   words\n\t here ');
    expect(builder.endLine()).toEqual({ start: 0, end: 14 });
    expect(builder.toString()).toBe('two words here\n');
  });

  it('should drop a rejected line with its mapping', () => {
    const builder = new TextBuilder();
    const node = bodyOf('x').ownerDocument.createTextNode('Advertisement');
    builder.appendText(node.data, node);
    expect(builder.endLine(() => false)).toBeUndefined();
    expect(builder.toString()).toBe('');
    expect(builder.map.size).toBe(0);
  });
});

describe('TextBuilder rollback', () => {
  it('should drop committed lines back to a mark', () => {
    const builder = new TextBuilder();
    builder.appendText('kept');
    builder.endLine();
    const mark = builder.length;
    builder.appendText('author');
    builder.endLine();
    builder.appendText('date');
    builder.endLine();
    builder.rollback(mark);
    builder.appendText('next');
    expect(builder.endLine()).toEqual({ start: 5, end: 9 });
    expect(builder.toString()).toBe('kept\nnext\n');
  });
});

describe('appendBlocks', () => {
  it.each([
    ['paragraphs', '<p>One.</p><p>Two.</p>', 'One.\nTwo.\n'],
    ['inline elements', '<p>A <b>bold</b> <i>move</i>.</p>', 'A bold move.\n'],
    ['line breaks', '<p>Line one<br>line two</p>', 'Line one\nline two\n'],
    ['nested blocks', '<div>Intro<div>Inner</div>Outro</div>', 'Intro\nInner\nOutro\n'],
  ])('should write %s one block per line', (_label, html, text) => {
    const builder = new TextBuilder();
    appendBlocks(builder, bodyOf(html));
    expect(builder.toString()).toBe(text);
  });

  it.each([
    ['scripts', '<p>Seen</p><script>var x = 1;</script>'],
    ['forms', '<p>Seen</p><form><textarea>typed</textarea><button>Send</button></form>'],
    ['hidden elements', '<p>Seen</p><p hidden>gone</p><p style="display: none">gone</p><p aria-hidden="true">gone</p>'],
  ])('should leave out %s', (_label, html) => {
    const builder = new TextBuilder();
    appendBlocks(builder, bodyOf(html));
    expect(builder.toString()).toBe('Seen\n');
  });
});

describe('TextBuilder.trimLineEnd', () => {
  it('should take a hanging separator off the line being built, with its mapping', () => {
    const builder = new TextBuilder();
    builder.appendText('Pellman (PLMN) - ');
    builder.trimLineEnd(/\s*[-–]\s*$/u);
    builder.appendText(' fell 20%.');
    builder.endLine();
    expect(builder.toString()).toBe('Pellman (PLMN) fell 20%.\n');
  });

  it('should leave a line that does not end on the pattern', () => {
    const builder = new TextBuilder();
    builder.appendText('Harbour Board - annual report');
    builder.trimLineEnd(/\s*[-–]\s*$/u);
    builder.endLine();
    expect(builder.toString()).toBe('Harbour Board - annual report\n');
  });
});
