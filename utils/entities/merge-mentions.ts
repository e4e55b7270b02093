import type { Entity, EntityType, Mention } from '../model';
import { acronymLetters, initialsOf } from './find-acronym-definitions';
import { nameKey, type RawMention } from './raw-mention';
import { byProminence } from './by-prominence';
import { endsBlock, runSteps, type Steps } from '../steps/steps';

/**
 * Shortest all-capitals name matched to a longer name by its initials, in letters: two-letter ones ("US") match too
 * much by chance.
 */
const MIN_ACRONYM = 3;
const ALL_CAPS = /^[\p{Lu}\p{N}.&]+$/u;

/** A name written in capitals throughout, longer than an acronym ("LONDON", "GENERAL MOTORS"). */
const SHOUTED = /^(?=(?:.*\p{Lu}){5})[^\p{Ll}]+$/u;
const SPACES = /\s+/g;

/** All mentions written the same way (same `nameKey`). */
interface Group {
  key: string;
  mentions: RawMention[];
  words: string[];
  type: EntityType;
  parent?: Group;
}

const root = (group: Group): Group => (group.parent ? root(group.parent) : group);
const startOf = (mention: RawMention): number => mention.tokens[0]?.start ?? 0;
const endOf = (mention: RawMention): number => mention.tokens[mention.tokens.length - 1]?.end ?? 0;

/** Most frequent type among the mentions (ties go to the type seen first). */
function votedType(mentions: readonly RawMention[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const mention of mentions) counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
  let best: EntityType = mentions[0]?.type ?? 'misc';
  for (const [type, count] of counts) if (count > (counts.get(best) ?? 0)) best = type;
  return best;
}

/** Keeps, per key, the group with the most mentions: the likeliest long form when a short one is ambiguous. */
function indexBest(index: Map<string, Group>, key: string, group: Group): void {
  const current = index.get(key);
  if (!current || group.mentions.length > current.mentions.length) index.set(key, group);
}

/**
 * Builds lookups from short forms to long names: people's names by their leading and trailing word runs ("kim",
 * "peskov", "kim jong"), and any multi-word name by its initials ("KCNA").
 */
function indexLongForms(groups: Iterable<Group>): { parts: Map<string, Group>; initials: Map<string, Group> } {
  const parts = new Map<string, Group>();
  const initials = new Map<string, Group>();
  for (const group of groups) {
    const first = group.mentions[0];
    if (!first || group.words.length < 2) continue;
    indexBest(initials, initialsOf(first.tokens), group);
    if (group.type !== 'person') continue;
    for (let k = 1; k < group.words.length; k++) {
      indexBest(parts, group.words.slice(0, k).join(' '), group);
      indexBest(parts, group.words.slice(-k).join(' '), group);
    }
  }
  return { parts, initials };
}

/** The long form a group is a short form of: the name it was defined for, the name its letters abbreviate, or a
 * person's full name it is part of. */
function findParent(group: Group, groups: ReadonlyMap<string, Group>, index: ReturnType<typeof indexLongForms>) {
  const defined = group.mentions.find((mention) => mention.definedAs)?.definedAs;
  const definedGroup = defined === undefined ? undefined : groups.get(defined);
  if (definedGroup) return definedGroup;
  const text = group.mentions[0]?.tokens[0]?.text ?? '';
  const letters = acronymLetters(text);
  // Dotted short forms ("U.S.", "U.N.") are unambiguous abbreviations even with two letters.
  const long = letters.length >= MIN_ACRONYM || (letters.length >= 2 && text.includes('.'));
  if (group.words.length === 1 && ALL_CAPS.test(text) && long) {
    const spelled = index.initials.get(letters);
    if (spelled) return spelled;
  }
  return index.parts.get(group.key);
}

/**
 * Merges mentions into entities: same spelling first, then short forms into their long form (defined acronyms,
 * acronyms matching a name's initials, parts of a person's name). Each entity takes its long form's most frequent
 * type, and the long form's first spelling as name.
 */
export function mergeMentions(
  mentions: readonly RawMention[],
  scope: 'body' | 'comments',
  textOf: (start: number, end: number) => string,
): Entity[] {
  return runSteps(mergeMentionsSteps(mentions, scope, textOf));
}

/** `mergeMentions` step by step (see `Steps`): a step per block of mentions grouped, then per entity built. */
export function* mergeMentionsSteps(
  mentions: readonly RawMention[],
  scope: 'body' | 'comments',
  textOf: (start: number, end: number) => string,
): Steps<Entity[]> {
  const groups = new Map<string, Group>();
  for (const [i, mention] of mentions.entries()) {
    const key = nameKey(mention.tokens);
    const group = groups.get(key) ?? { key, mentions: [], words: key.split(' '), type: mention.type };
    group.mentions.push(mention);
    groups.set(key, group);
    if (endsBlock(i)) yield;
  }
  for (const group of groups.values()) group.type = votedType(group.mentions);
  const index = indexLongForms(groups.values());
  for (const group of groups.values()) {
    const parent = findParent(group, groups, index);
    if (parent && parent !== group && root(parent) !== group) group.parent = parent;
  }
  const clusters = new Map<Group, Group[]>();
  for (const group of groups.values()) {
    const head = root(group);
    const members = clusters.get(head) ?? [];
    members.push(group);
    clusters.set(head, members);
  }

  // The first spelling not in capitals throughout: "London" over a dateline's "LONDON" (an acronym keeps its own).
  // Read lazily: a name mentioned thousands of times is spelled by its first mentions.
  const spelling = (group: Group): string => {
    let first: string | undefined;
    for (const mention of group.mentions) {
      const text = textOf(startOf(mention), endOf(mention)).replace(SPACES, ' ');
      if (!SHOUTED.test(text)) return text;
      first ??= text;
    }
    return first ?? group.key;
  };
  yield;
  const entities: Entity[] = [];
  for (const [head, members] of clusters) {
    const name = spelling(head);
    const aliases = [...new Set(members.filter((member) => member !== head).map(spelling))].filter((a) => a !== name);
    const list: Mention[] = members
      .flatMap((member) => member.mentions)
      .sort((a, b) => startOf(a) - startOf(b))
      .map((mention) => ({
        text: textOf(startOf(mention), endOf(mention)),
        start: startOf(mention),
        end: endOf(mention),
        ...(mention.commentId ? { commentId: mention.commentId } : {}),
      }));
    entities.push({
      id: `${scope}:${head.type}:${name}`,
      name,
      type: head.type,
      aliases,
      count: list.length,
      mentions: list,
    });
    yield;
  }
  return entities.sort(byProminence);
}
