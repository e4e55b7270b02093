import type { Entity, TextSpan } from '../model';
import { addMissedMentionsSteps, type TokenRun } from './add-missed-mentions';
import { findAcronymDefinitions } from './find-acronym-definitions';
import { findTaggedMentions } from './find-tagged-mentions';
import { joinSplitNames } from './join-split-names';
import { loadNerResourcesSteps } from './load-ner-resources';
import { mergeMentionsSteps } from './merge-mentions';
import type { RawMention } from './raw-mention';
import { runSteps, type Steps } from '../steps/steps';
import { tokenize } from './tokenize';
import { truecaseTokens } from './truecase-tokens';

/** A piece of input text to search, with the comment it belongs to when it is comment text. */
export type EntitySegment = TextSpan & { commentId?: string };

/**
 * Finds people, places and organizations in the segments, merged into canonical entities. The steps, in order:
 * 1. tokenize each segment (offsets into the input), read lines in capitals in normal case, and tag it sentence by
 *    sentence with the perceptron;
 * 2. clean each tagged span (titles, articles, possessives) and pick up acronyms defined in parentheses;
 * 3. add untagged occurrences of names tagged elsewhere (a name is a name everywhere in the document);
 * 4. merge spellings and short forms into entities, typed by their long form's majority vote.
 */
export function extractEntities(segments: readonly EntitySegment[], scope: 'body' | 'comments'): Entity[] {
  return runSteps(extractEntitiesSteps(segments, scope));
}

/**
 * `extractEntities` step by step (see `Steps`): one step per segment tagged, so the panel can keep the page
 * responsive on pages with thousands of comments (the lead's change for issue #3: keep the `yield`).
 */
export function* extractEntitiesSteps(segments: readonly EntitySegment[], scope: 'body' | 'comments'): Steps<Entity[]> {
  if (!Array.isArray(segments) || segments.length === 0) return [];
  const resources = yield* loadNerResourcesSteps();
  const runs: TokenRun[] = [];
  const tagged: RawMention[] = [];
  for (const segment of segments) {
    if (typeof segment?.text !== 'string' || segment.text.length === 0) continue;
    const tokens = truecaseTokens(
      segment.text,
      segment.start,
      tokenize(segment.text, segment.start),
      resources.gazetteer,
    );
    const found = findTaggedMentions(tokens, resources, segment.commentId);
    const definitions = findAcronymDefinitions(tokens, found);
    const byStart = definitions.length
      ? new Map(found.map((mention) => [mention.tokens[0]?.start, mention]))
      : undefined;
    for (const definition of definitions) {
      const same = byStart?.get(definition.tokens[0]?.start);
      if (same && same.tokens.length === 1)
        Object.assign(same, { type: definition.type, definedAs: definition.definedAs });
      else if (!same) found.push(definition);
    }
    tagged.push(...found);
    runs.push({ tokens, ...(segment.commentId ? { commentId: segment.commentId } : {}) });
    yield;
  }
  const missed = yield* addMissedMentionsSteps(runs, tagged);
  const inOrder = [...tagged, ...missed].sort((a, b) => (a.tokens[0]?.start ?? 0) - (b.tokens[0]?.start ?? 0));
  yield;
  const all = joinSplitNames(inOrder);
  yield;
  const sorted = [...segments].filter((s) => typeof s?.text === 'string').sort((a, b) => a.start - b.start);
  return yield* mergeMentionsSteps(all, scope, (start, end) => sliceSegments(sorted, start, end));
}

/** The source text between two offsets, read from the segment that holds them (found by binary search). */
function sliceSegments(sorted: readonly EntitySegment[], start: number, end: number): string {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid]?.start ?? 0) <= start) lo = mid;
    else hi = mid - 1;
  }
  const segment = sorted[lo];
  return segment ? segment.text.slice(start - segment.start, end - segment.start) : '';
}
