import { join } from 'node:path';
import { readBio, type BioSentence } from './read-bio';

/** The shared data folder, relative to the repo root (`/work/shared` next to the repo). */
export const NER_DATA = join(import.meta.dirname, '../../../shared/data/ner');
/** Share of wikigold (its first part, in file order) used for training; the rest is our dev set. */
const WIKIGOLD_TRAIN_SHARE = 0.8;
/** Times wikigold's training part is repeated: it is the only set written like news and annotated to CoNLL rules. */
const WIKIGOLD_REPEAT = Number(process.env.NER_WIKI_REPEAT ?? 3);

/** Train and dev splits. Test files of BTC and WNUT17 are never read: they are not ours to tune on. */
export function loadNerData(): { train: BioSentence[]; dev: Record<string, BioSentence[]> } {
  const wikigold = readBio(join(NER_DATA, 'train/wikigold.bio.tsv'));
  const cut = Math.floor(wikigold.length * WIKIGOLD_TRAIN_SHARE);
  return {
    train: [
      ...Array.from({ length: WIKIGOLD_REPEAT }, () => wikigold.slice(0, cut)).flat(),
      ...readBio(join(NER_DATA, 'train/btc.train.bio.tsv')),
      ...readBio(join(NER_DATA, 'train/wnut17.train.bio.tsv')),
    ],
    dev: {
      'wikigold (last 20%)': wikigold.slice(cut),
      'btc dev': readBio(join(NER_DATA, 'train/btc.dev.bio.tsv')),
      'wnut17 dev': readBio(join(NER_DATA, 'train/wnut17.dev.bio.tsv')),
    },
  };
}
