import type { Entity, Span } from '../model';

/** Entities named fewer times than this are side characters, not what the text is about. */
const MIN_MAIN_ENTITY_MENTIONS = 2;

/**
 * For each span (in source order), how much of the text's main cast it names: the sum over distinct main entities
 * mentioned inside it of log(1 + mentions), so the protagonist weighs more than a bit player. Mentions are matched
 * to spans in one sorted sweep, O((spans + mentions) log mentions).
 */
export function scoreEntityCoverage(spans: readonly Span[], entities: readonly Entity[]): number[] {
  const scores = spans.map(() => 0);
  const mentions = entities
    .filter((entity) => entity.count >= MIN_MAIN_ENTITY_MENTIONS)
    .flatMap((entity, e) =>
      entity.mentions.map((mention) => ({ at: mention.start, e, weight: Math.log(1 + entity.count) })),
    )
    .sort((a, b) => a.at - b.at);
  let next = 0;
  spans.forEach((span, i) => {
    const seen = new Set<number>();
    while (next < mentions.length && mentions[next]!.at < span.start) next++;
    for (let m = next; m < mentions.length && mentions[m]!.at < span.end; m++) {
      const mention = mentions[m]!;
      if (!seen.has(mention.e)) scores[i]! += mention.weight;
      seen.add(mention.e);
    }
  });
  return scores;
}
