import { readFileSync } from 'node:fs';
import { tokenize } from '../../utils/entities/tokenize';
import type { BioSentence } from './read-bio';

/** A sentence of the marked-up dev set: plain text, gold spans (offsets into it) and the same as BIO over tokens. */
export interface MarkedSentence extends BioSentence {
  text: string;
  spans: Array<{ type: string; start: number; end: number }>;
}

const MARK = /\[(PER|LOC|ORG|MISC) ([^\]]+)\]/g;

/** Reads `[PER name]`-style marked sentences (one per line, `#` comments) into text, gold spans and BIO labels. */
export function readMarked(path: string): MarkedSentence[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  return lines
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const spans: MarkedSentence['spans'] = [];
      let text = '';
      let last = 0;
      for (const match of line.matchAll(MARK)) {
        text += line.slice(last, match.index);
        spans.push({ type: match[1] ?? '', start: text.length, end: text.length + (match[2] ?? '').length });
        text += match[2] ?? '';
        last = (match.index ?? 0) + match[0].length;
      }
      text += line.slice(last);
      const tokens = tokenize(text);
      const labels = tokens.map((token) => {
        const span = spans.find((s) => token.start >= s.start && token.end <= s.end);
        if (!span) return 'O';
        return `${token.start === span.start ? 'B' : 'I'}-${span.type}`;
      });
      return { text, spans, words: tokens.map((token) => token.text), labels };
    });
}
