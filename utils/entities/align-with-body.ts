import type { Entity } from '../model';
import { byProminence } from './by-prominence';

const SPACES = /\s+/gu;
const DOTS = /\./gu;
/** Compares names the way readers mean them: case, spacing and abbreviation dots aside ("US" is "U.S."). */
const nameKey = (name: string): string => name.replace(DOTS, '').trim().replace(SPACES, ' ').toLowerCase();

/**
 * Gives the comments' entities the article's canonical names: readers write "Putin" and "Kim" where the article has
 * "Vladimir Putin" and "Kim Jong Un". A comment entity whose name is a body entity's name, alias or (for one person
 * only) surname takes that
 * entity's name and type (the article's typing has more context than a one-line comment); entities that then share
 * a name and type are merged, mentions in page order. Others are kept as they are.
 */
export function alignWithBody(commentEntities: readonly Entity[], bodyEntities: readonly Entity[]): Entity[] {
  const canonical = new Map<string, Entity>();
  for (const entity of bodyEntities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = nameKey(name);
      // The first (most mentioned) body entity keeps an ambiguous short form.
      if (!canonical.has(key)) canonical.set(key, entity);
    }
  }
  // A surname alone ("Trump") names the article's person when exactly one of its people has it.
  const surnames = new Map<string, Entity | null>();
  for (const entity of bodyEntities) {
    const words = nameKey(entity.name).split(' ');
    const last = words[words.length - 1];
    if (entity.type !== 'person' || words.length < 2 || !last) continue;
    surnames.set(last, surnames.has(last) ? null : entity);
  }
  for (const [surname, entity] of surnames) if (entity && !canonical.has(surname)) canonical.set(surname, entity);
  const merged = new Map<string, Entity>();
  for (const entity of commentEntities) {
    const body = canonical.get(nameKey(entity.name));
    const name = body?.name ?? entity.name;
    const type = body?.type ?? entity.type;
    const id = `comments:${type}:${name}`;
    const seen = merged.get(id);
    const aliases = new Set([...(seen?.aliases ?? []), ...entity.aliases]);
    if (entity.name !== name) aliases.add(entity.name);
    const mentions = [...(seen?.mentions ?? []), ...entity.mentions].sort((a, b) => a.start - b.start);
    merged.set(id, { id, name, type, aliases: [...aliases], count: mentions.length, mentions });
  }
  return [...merged.values()].sort(byProminence);
}
