import { decodeModel, type StoredModel } from './decode-model';
import { buildGazetteer, type Gazetteer, type GazetteerData } from './gazetteer';
import storedGazetteer from './model/ner-gazetteer.json';
import storedModel from './model/ner-model.json';
import type { WeightTable } from './tag-sentence';

/** What the tagger needs at run time: the weight table and the gazetteer sets. */
export interface NerResources {
  weights: WeightTable;
  gazetteer: Gazetteer;
}

let cached: NerResources | undefined;

/** Decodes the bundled model and name lists on first use (a few tens of ms), then returns the same objects. */
export function loadNerResources(): NerResources {
  cached ??= {
    weights: decodeModel(storedModel as StoredModel),
    gazetteer: buildGazetteer(storedGazetteer as GazetteerData),
  };
  return cached;
}
