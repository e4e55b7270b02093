/**
 * A line that is only a DOI, the identifier scholarly publishers and science magazines print in a story's header or
 * under it ("Knowable Magazine | 10.1146/knowable-073019-1", "DOI: 10.1038/d41586-019-01234-5",
 * "https://doi.org/10.1126/science.abc1234"): a citation handle for the page, never a sentence of the story. A DOI
 * inside a sentence or a reference ("… (Smith et al., 2019, doi:10.1000/xyz)") is not a line of its own.
 */

/** The publication's name and a separator before the DOI ("Knowable Magazine | "), at most a few words. */
const SOURCE = "(?:[\\p{L}][\\p{L}\\p{N}&.'’ -]{0,60}?\\s*[|·•,–—-]\\s*)?";
/** The DOI itself, bare, labelled or as its resolver's address. */
const DOI = '(?:doi\\s*:?\\s*|https?://(?:dx\\.)?doi\\.org/)?10\\.\\d{4,9}/\\S+';

const DOI_LINE = new RegExp(`^${SOURCE}${DOI}$`, 'iu');

export const DOI_LINES: readonly RegExp[] = [DOI_LINE];
