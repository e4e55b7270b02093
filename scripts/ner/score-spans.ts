/** Precision, recall and F1 (percent) of one entity type, with the counts behind them. */
export interface TypeScore {
  type: string;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Entity spans of a BIO sequence as `type:start:end` keys. */
export function spanKeys(labels: readonly string[], offset = 0): string[] {
  const keys: string[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= labels.length; i++) {
    const label = labels[i] ?? 'O';
    const continues = label.startsWith('I-') && label.slice(2) === type;
    if (start >= 0 && !continues) {
      keys.push(`${type}:${offset + start}:${offset + i}`);
      start = -1;
    }
    if (label !== 'O' && !continues) [start, type] = [i, label.slice(2)];
  }
  return keys;
}

/** Exact-span, exact-type scores per type (and `ALL` over `types`), CoNLL style. */
export function scoreSpans(
  gold: readonly string[],
  predicted: readonly string[],
  types: readonly string[],
): TypeScore[] {
  const goldSet = new Set(gold);
  const result = (type: string, keep: (key: string) => boolean): TypeScore => {
    const g = gold.filter(keep).length;
    const p = predicted.filter(keep).length;
    const c = predicted.filter((key) => keep(key) && goldSet.has(key)).length;
    const precision = p ? (100 * c) / p : 0;
    const recall = g ? (100 * c) / g : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { type, gold: g, predicted: p, correct: c, precision, recall, f1 };
  };
  const typeOf = (key: string): string => key.slice(0, key.indexOf(':'));
  return [
    ...types.map((type) => result(type, (key) => typeOf(key) === type)),
    result('ALL', (key) => types.includes(typeOf(key))),
  ];
}
