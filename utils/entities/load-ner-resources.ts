import { runSteps, type Steps } from '../steps/steps';
import { decodeModelSteps, type StoredModel } from './decode-model';
import { buildGazetteerSteps, type Gazetteer, type GazetteerData } from './gazetteer';
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
  return runSteps(loadNerResourcesSteps());
}

/**
 * `loadNerResources` step by step (see `Steps`): the first entity pass of the panel decodes the model and builds the
 * name lists a few ms a step, where a single step was one task of tens of ms on the host page (more in Firefox).
 */
export function* loadNerResourcesSteps(): Steps<NerResources> {
  if (cached) return cached;
  const weights = yield* decodeModelSteps(storedModel as StoredModel);
  yield;
  const gazetteer = yield* buildGazetteerSteps(storedGazetteer as GazetteerData);
  // Built meanwhile by a synchronous caller (the steps are paused between tasks): keep the objects handed out first.
  cached ??= { weights, gazetteer };
  return cached;
}
