import type { Span } from '../model';
import { TextMap } from './text-map';

/** Runs of whitespace and runs of anything else: whitespace collapses to one space, the rest is copied. */
const RUNS = /(\s+)|\S+/g;

/**
 * Builds the parser's input one line at a time while recording where each character came from. Whitespace inside a
 * line collapses to single spaces, lines are trimmed and joined with "\n", and a line can be rejected (boilerplate)
 * before it is committed, taking its mapping with it.
 */
export class TextBuilder {
  readonly map = new TextMap();
  private readonly parts: string[] = [];
  private committed = 0;
  private line = '';
  private pendingSpace = false;
  private last = '';
  private lineLinkChars = 0;

  /** Length of the text committed so far (the offset the next line starts at). */
  get length(): number {
    return this.committed;
  }

  /** The whole text built so far, committed lines only. */
  toString(): string {
    return this.parts.join('');
  }

  /**
   * Appends a text node's characters to the current line, collapsing whitespace. `source` maps back to the page;
   * `inLink` counts the characters as link text (for the line's link density); `offset` is where `data` starts in
   * the source node, when it is a piece of it.
   */
  appendText(data: string, source?: Text, inLink = false, offset = 0): void {
    RUNS.lastIndex = 0;
    for (let match = RUNS.exec(data); match; match = RUNS.exec(data)) {
      const run = match[0];
      if (match[1] !== undefined) {
        if (this.line.length > 0) this.pendingSpace = true;
        continue;
      }
      if (this.pendingSpace) {
        this.line += ' ';
        this.pendingSpace = false;
      }
      if (source) this.map.add(this.committed + this.line.length, run.length, source, offset + match.index);
      this.line += run;
      if (inLink) this.lineLinkChars += run.length;
    }
  }

  /**
   * Takes the end of the line being built off when it matches `pattern` (anchored at the end: a separator left
   * hanging once what it joined was left out), with its mapping.
   */
  trimLineEnd(pattern: RegExp): void {
    const match = pattern.exec(this.line);
    if (!match || match.index + match[0].length !== this.line.length) return;
    this.line = this.line.slice(0, match.index);
    this.map.truncate(this.committed + this.line.length);
    this.pendingSpace = false;
  }

  /** Drops every committed line from `offset` on (an offset `length` returned earlier), with their mapping. */
  rollback(offset: number): void {
    while (this.committed > offset && this.parts.length >= 2) {
      this.parts.pop();
      this.committed -= (this.parts.pop()?.length ?? 0) + 1;
    }
    this.map.truncate(this.committed);
    this.line = '';
    this.pendingSpace = false;
    this.lineLinkChars = 0;
  }

  /** The text of the last committed line. */
  get lastLine(): string {
    return this.last;
  }

  /** The text of the line being built, not yet committed. */
  get currentLine(): string {
    return this.line;
  }

  /**
   * Ends the current line. When it is non-empty and `keep` accepts it (given the line and how many of its characters
   * are link text), commits it and returns its span; otherwise
   * discards it (and its mapping) and returns undefined.
   */
  endLine(keep: (line: string, linkChars: number) => boolean = () => true): Span | undefined {
    const line = this.line;
    const linkChars = this.lineLinkChars;
    this.line = '';
    this.pendingSpace = false;
    this.lineLinkChars = 0;
    if (line.length === 0) return undefined;
    if (!keep(line, linkChars)) {
      this.map.truncate(this.committed);
      return undefined;
    }
    const start = this.committed;
    this.last = line;
    this.parts.push(line, '\n');
    this.committed += line.length + 1;
    return { start, end: start + line.length };
  }
}
