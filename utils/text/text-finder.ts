import { endsBlock, runSteps, type Steps } from '../steps/steps';

/**
 * Finds which of many strings occur in a text, in one pass over the text however many strings there are: a trie of
 * the strings with, at each node, where to go on when the next character does not follow (Aho–Corasick).
 */
export class TextFinder {
  /** Each node's children by UTF-16 code unit; node 0 is the root. */
  private readonly next: Map<number, number>[] = [new Map()];
  /** Each node's fallback: the node of its longest proper suffix that is also in the trie. */
  private readonly fallback: number[] = [0];
  /** The strings (by index) that end at each node, its fallbacks' included. */
  private readonly ends: number[][] = [[]];

  constructor(texts: readonly string[] = []) {
    runSteps(this.fill(texts));
  }

  /**
   * A finder built step by step (see `Steps`): the strings a block a step, then the fallbacks a block of nodes a step.
   * The panel's line tables hold thousands of strings, whose trie took one task of tens of ms on the host page.
   */
  static *buildSteps(texts: readonly string[]): Steps<TextFinder> {
    const finder = new TextFinder();
    yield* finder.fill(texts);
    return finder;
  }

  /** Adds the strings to the (empty) trie, then links it. */
  private *fill(texts: readonly string[]): Steps<void> {
    for (let index = 0; index < texts.length; index++) {
      const text = texts[index]!;
      let node = 0;
      for (let at = 0; at < text.length; at++) {
        const unit = text.charCodeAt(at);
        let child = this.next[node]!.get(unit);
        if (child === undefined) {
          child = this.next.push(new Map()) - 1;
          this.fallback.push(0);
          this.ends.push([]);
          this.next[node]!.set(unit, child);
        }
        node = child;
      }
      this.ends[node]!.push(index);
      if (endsBlock(index)) yield;
    }
    yield* this.link();
  }

  /** Sets each node's fallback breadth first, so a node's fallback is always set before its children look at it. */
  private *link(): Steps<void> {
    const queue = [...this.next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      if (endsBlock(head)) yield;
      const node = queue[head]!;
      for (const [unit, child] of this.next[node]!) {
        let fallback = this.fallback[node]!;
        while (fallback !== 0 && !this.next[fallback]!.has(unit)) fallback = this.fallback[fallback]!;
        const target = this.next[fallback]!.get(unit);
        this.fallback[child] = target !== undefined && target !== child ? target : 0;
        this.ends[child]!.push(...this.ends[this.fallback[child]!]!);
        queue.push(child);
      }
    }
  }

  /** Calls `found` with the index of every string that occurs in the text (once per occurrence). */
  find(text: string, found: (index: number) => void): void {
    let node = 0;
    for (let at = 0; at < text.length; at++) {
      const unit = text.charCodeAt(at);
      while (node !== 0 && !this.next[node]!.has(unit)) node = this.fallback[node]!;
      node = this.next[node]!.get(unit) ?? 0;
      for (const index of this.ends[node]!) found(index);
    }
  }
}
