import type { Segmentation } from '../../../utils/page/segment-page';

/** The reviewable gist of a segmentation, as stored in `tests/fixtures/page-*\/expected.json`. */
export interface SegmentationSummary {
  headline?: string;
  date?: string;
  bylines: string[];
  publisher?: string;
  credits?: string;
  copyright?: string;
  language?: string;
  paragraphs: number;
  firstParagraph?: string;
  declaredCount?: number;
  chrome: string[];
  comments: { author: string; paragraphs: number }[];
  warnings: string[];
}

/** Summarises a segmentation: metadata values, counts and comment shapes (not the full texts). */
export function summarizeSegmentation(result: Segmentation): SegmentationSummary {
  const { metadata, commentSection } = result;
  return {
    headline: metadata.headline?.text,
    date: metadata.date?.iso,
    bylines: metadata.bylines.map((byline) => byline.text),
    publisher: metadata.publisher?.text,
    credits: metadata.credits?.text,
    copyright: metadata.copyright?.text,
    language: metadata.language,
    paragraphs: result.body.length,
    firstParagraph: result.body[0]?.text,
    declaredCount: commentSection.declaredCount,
    chrome: commentSection.chrome.map((line) => line.text),
    comments: result.comments.map((comment) => ({
      author: comment.author.text,
      paragraphs: comment.paragraphs.length,
    })),
    warnings: result.warnings.map((warning) => warning.code),
  };
}
