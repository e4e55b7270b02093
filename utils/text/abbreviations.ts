/**
 * Words whose trailing period is part of the word rather than the end of a sentence: lower-case, without the period.
 * Kept apart from the splitter so the lists can grow without touching its logic.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Titles and words that are always followed by more of the same sentence ("Mr. Kim", "Gen. Ri", "vs. Russia"). */
export const TITLE_ABBREVIATIONS = words(`
  mr mrs ms messrs dr prof gen gens sen sens rep reps gov lt col sgt capt cmdr adm maj cpl pvt rev hon pres supt det
  insp vs cf
`);

/** Abbreviations that never end a sentence before a number ("No. 5", "Jan. 6", "pp. 12"). */
export const NUMBER_ABBREVIATIONS = words(`
  no nos nr vol p pp fig art sec ch jan feb mar apr jun jul aug sep sept oct nov dec
`);

/**
 * Abbreviations that may end a sentence ("… Apple Inc. The company …") or not ("Apple Inc. shares"): the splitter
 * decides by the next word.
 */
export const AMBIGUOUS_ABBREVIATIONS = words(`
  jr sr inc co corp ltd llc plc bros etc st ave blvd rd mt ft dept univ est approx govt assn intl natl ca al ed eds
`);

/**
 * Capitalised words that typically open a new sentence. After an ambiguous abbreviation or a dotted acronym
 * ("U.S.", "p.m.", an initial), the period ends the sentence only when one of these follows: "in the U.S. The talks"
 * splits, "U.S. President Biden" does not.
 */
export const SENTENCE_STARTERS = words(`
  a an the he she it they we i you his her its their our my your this that these those there here but and or so yet
  in on at as after before when while if for however meanwhile still also some many most both not what why how who
  where then now instead since because although though other others each all no one two three officials police
`);
