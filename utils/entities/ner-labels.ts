/** The tagger's BIO labels, in the column order of the weight rows. `O` first so index 0 means "outside". */
export const NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;

/** One BIO label. */
export type NerLabel = (typeof NER_LABELS)[number];
