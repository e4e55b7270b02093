/**
 * Furniture labels of Filipino-language (Tagalog) news sites, as regex sources: the read-also label over or before a
 * link to another story, "BASAHIN:", "Basahin din:", "Basahin rin:" ("read", "read also"), and "Tingnan din" ("see
 * also"). Tagalog papers, the broadcasters' Filipino pages and the bilingual sites' Filipino editions print them
 * between paragraphs as English ones print "READ:" and "Read also:".
 */
export const FILIPINO_READ_LABELS = '(?:basahin(?: (?:din|rin|pa))?|tingnan (?:din|rin))';
