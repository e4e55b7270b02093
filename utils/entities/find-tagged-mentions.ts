import type { EntityType } from '../model';
import { cleanMention } from './clean-mention';
import { extendOrgNames } from './extend-org-names';
import { findHeadedOrgs } from './find-headed-orgs';
import { findKnownOrgs } from './find-known-orgs';
import { findDatelinePlaces, findScoreTeams } from './find-score-teams';
import { findTitledPeople } from './find-titled-people';
import { isEverydayWord } from './is-everyday-word';
import type { NerResources } from './load-ner-resources';
import type { RawMention } from './raw-mention';
import { retypeMatchTeams } from './retype-match-teams';
import { reviseMentions } from './revise-mentions';
import { splitPlacePairs } from './split-place-pairs';
import { splitTokenSentences } from './split-token-sentences';
import { NER_LABELS } from './ner-labels';
import { tagSentenceIndices } from './tag-sentence';
import type { Token } from './tokenize';

/** Tagger types shown as entities; MISC (nationalities, events, works) is tagged only to keep it out of the rest. */
const TYPES: Record<string, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };

/** Per label index: whether it is an inside (`I-`) label, and the index of its type in `KIND_NAMES`. */
const INSIDE = NER_LABELS.map((label) => (label.startsWith('I-') ? 1 : 0));
const KIND_NAMES = [...new Set(NER_LABELS.map((label) => label.slice(2)))];
const KIND = NER_LABELS.map((label) => KIND_NAMES.indexOf(label.slice(2)));

/** Punctuation no name contains: a span across it is two names ("Ukraine — Donetsk"). */
const HARD_PUNCTUATION = /^[,;:!?()[\]{}"“”«»—–…|/]$/u;

/**
 * Lowercase words that may stand inside a name ("Bank of England", "Vincent van Gogh"); "and" is not one of them: news
 * coordinates two names ("Apple and Samsung") far more often than it names "Marks and Spencer".
 */
const INNER_LOWERCASE = new Set(
  'of for & the on at in de du des del della di da do van von der den ter la le bin ibn al el y e'.split(' '),
);
const LOWERCASE = /^\p{Ll}/u;
/** Lowercase prefixes glued to a name ("al-Assad", "d'Estaing"). */
const NAME_PARTICLE = /^\p{Ll}+[-'’]\p{Lu}/u;

/** Whether a token cuts a tagged span: hard punctuation, or a lowercase word no name has inside it ("service"). */
function cuts(token: Token): boolean {
  if (HARD_PUNCTUATION.test(token.text)) return true;
  if (!LOWERCASE.test(token.text)) return false;
  return !INNER_LOWERCASE.has(token.text) && !NAME_PARTICLE.test(token.text);
}

/**
 * Cuts a tagged span into the pieces between hard punctuation and common lowercase words ("Metrobus service of
 * the regional Washington Metropolitan Area Transit Authority", "South Korean company Amuseworld").
 */
function splitAtPunctuation(span: readonly Token[]): Token[][] {
  const pieces: Token[][] = [[]];
  for (const token of span) {
    if (cuts(token)) pieces.push([]);
    else pieces[pieces.length - 1]?.push(token);
  }
  return pieces.filter((piece) => piece.length > 0);
}

/** Tags one segment's tokens sentence by sentence and returns the cleaned person/place/organization mentions. */
export function findTaggedMentions(
  tokens: readonly Token[],
  resources: NerResources,
  commentId?: string,
): RawMention[] {
  const mentions: RawMention[] = [];
  for (const [from, to] of splitTokenSentences(tokens)) {
    const words: string[] = [];
    for (let i = from; i < to; i++) words.push(tokens[i]?.text ?? '');
    const labels = tagSentenceIndices(words, resources.weights, resources.gazetteer);
    let start = -1;
    let kind = 0;
    for (let i = 0; i <= labels.length; i++) {
      const label = i < labels.length ? (labels[i] ?? 0) : 0;
      const continues = INSIDE[label] === 1 && KIND[label] === kind;
      if (start >= 0 && !continues) {
        const type = TYPES[KIND_NAMES[kind] ?? ''];
        for (const piece of type ? splitAtPunctuation(tokens.slice(from + start, from + i)) : []) {
          const kept = type ? cleanMention(piece, type) : undefined;
          if (kept) mentions.push({ ...kept, ...(commentId ? { commentId } : {}) });
        }
        start = -1;
      }
      if (label !== 0 && !continues) [start, kind] = [i, KIND[label] ?? 0];
    }
  }
  const titled = findTitledPeople(tokens, mentions, resources.gazetteer).map((mention) => ({
    ...mention,
    ...(commentId ? { commentId } : {}),
  }));
  const ordered = [...mentions, ...titled].sort((a, b) => (a.tokens[0]?.start ?? 0) - (b.tokens[0]?.start ?? 0));
  const paired = splitPlacePairs(findKnownOrgs(tokens, ordered), tokens, resources.gazetteer).map((mention) =>
    commentId ? { ...mention, commentId } : mention,
  );
  const revised = retypeMatchTeams(
    findHeadedOrgs(
      extendOrgNames(reviseMentions(paired, tokens, resources.gazetteer), tokens, resources.gazetteer),
      tokens,
      resources.gazetteer,
    ),
    tokens,
    resources.gazetteer,
  ).filter((mention) => !isEverydayWord(mention, resources.gazetteer));
  return withScoreTeams(revised, tokens, resources, commentId);
}

/** Replaces what the tagger found in lines of sports results and in datelines with their teams and places. */
function withScoreTeams(
  mentions: RawMention[],
  tokens: readonly Token[],
  resources: NerResources,
  commentId?: string,
): RawMention[] {
  const teams = [...findScoreTeams(tokens, resources.gazetteer), ...findDatelinePlaces(tokens)];
  if (teams.length === 0) return mentions;
  const taken = new Set<number>();
  for (const team of teams) for (const token of team.tokens) taken.add(token.start);
  const rest = mentions.filter((mention) => !mention.tokens.some((token) => taken.has(token.start)));
  const added = teams.map((team) => (commentId ? { ...team, commentId } : team));
  return [...rest, ...added].sort((a, b) => (a.tokens[0]?.start ?? 0) - (b.tokens[0]?.start ?? 0));
}
