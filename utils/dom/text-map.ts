import type { Span } from '../model';

/** One run of the built text that copies a text node character for character. */
interface Piece {
  /** Offset of the run in the built text. */
  start: number;
  length: number;
  node: Text;
  /** Offset of the run's first character inside `node.data`. */
  nodeOffset: number;
}

/**
 * Maps offsets in the text the DOM adapter built back to the page's text nodes. Text that came from nowhere in the
 * DOM (line breaks, an author read from an attribute) has no piece and maps to nothing.
 */
export class TextMap {
  /** Sorted by `start`, never overlapping: the builder appends in text order. */
  private readonly pieces: Piece[] = [];

  /** Records that `length` characters at `start` copy `node.data` from `nodeOffset`. */
  add(start: number, length: number, node: Text, nodeOffset: number): void {
    const last = this.pieces.at(-1);
    if (
      last &&
      last.node === node &&
      last.start + last.length === start &&
      last.nodeOffset + last.length === nodeOffset
    ) {
      last.length += length;
      return;
    }
    this.pieces.push({ start, length, node, nodeOffset });
  }

  /** Forgets every piece at or after `offset` (the builder dropped that text). */
  truncate(offset: number): void {
    while (this.pieces.length > 0) {
      const last = this.pieces.at(-1);
      if (!last || last.start + last.length <= offset) return;
      if (last.start >= offset) this.pieces.pop();
      else last.length = offset - last.start;
    }
  }

  /** How many text-node pieces are mapped (for tests and stats). */
  get size(): number {
    return this.pieces.length;
  }

  /** The pieces overlapping `span`, clipped to it, in text order. */
  private overlapping(span: Span): Piece[] {
    const out: Piece[] = [];
    let lo = 0;
    let hi = this.pieces.length;
    // Binary search for the first piece ending after span.start: keeps lookups logarithmic on 10 MB pages.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const piece = this.pieces[mid];
      if (piece && piece.start + piece.length <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.pieces.length; i++) {
      const piece = this.pieces[i];
      if (!piece || piece.start >= span.end) break;
      const from = Math.max(span.start, piece.start);
      const to = Math.min(span.end, piece.start + piece.length);
      if (to > from)
        out.push({ ...piece, start: from, length: to - from, nodeOffset: piece.nodeOffset + from - piece.start });
    }
    return out;
  }

  /** One live DOM Range per text-node piece of `span` (for highlighting); empty when nothing maps. */
  rangesFor(span: Span): Range[] {
    const ranges: Range[] = [];
    for (const piece of this.overlapping(span)) {
      const doc = piece.node.ownerDocument;
      if (!doc || typeof doc.createRange !== 'function') continue;
      const range = doc.createRange();
      // Select the node first so each boundary move stays inside it (happy-dom collapses otherwise).
      range.selectNodeContents(piece.node);
      range.setStart(piece.node, piece.nodeOffset);
      range.setEnd(piece.node, piece.nodeOffset + piece.length);
      ranges.push(range);
    }
    return ranges;
  }

  /** The smallest element containing every mapped piece of `span`, or undefined when nothing maps. */
  elementFor(span: Span): Element | undefined {
    const pieces = this.overlapping(span);
    let element = pieces[0]?.node.parentElement ?? undefined;
    for (const piece of pieces) {
      while (element && !element.contains(piece.node)) element = element.parentElement ?? undefined;
    }
    return element;
  }
}
