// Per-pass timings for the bench. It calls the passes in the order and with the inputs `parsePageText` uses; if that
// composition changes, update this too (the bench prints the pass sum beside the whole-pipeline time, so drift shows).
import { extractEntities } from '../../utils/entities/extract-entities';
import { scoreNoise } from '../../utils/noise/score-noise';
import { segmentPage } from '../../utils/page/segment-page';
import { selectReaderHighlights } from '../../utils/summary/select-reader-highlights';
import { summarize } from '../../utils/summary/summarize';
import { buildThreads } from '../../utils/threads/build-threads';
import { inferReplies } from '../../utils/threads/infer-replies';
import { articleText } from '../../utils/page/article-text';

/** The pipeline passes timed, in pipeline order. */
export const PASSES = ['segment', 'replies', 'noise', 'entities', 'summary'] as const;
/** CPU milliseconds per pass. */
export type PassTimes = Record<(typeof PASSES)[number], number>;

/** Runs each pass once on `text` and returns the CPU time (user + system) each took, in milliseconds. */
export function timePasses(text: string): PassTimes {
  const time = <T>(run: () => T): [T, number] => {
    const start = process.cpuUsage();
    const result = run();
    const used = process.cpuUsage(start);
    return [result, (used.user + used.system) / 1000];
  };
  const [segmented, segment] = time(() => segmentPage(text, {}));
  const [linked, replies] = time(() => {
    const links = inferReplies(segmented.comments, { article: articleText(segmented.body) });
    const withLinks = segmented.comments.map((comment, i) => ({ ...comment, replyTo: links[i] }));
    return { withLinks, threads: buildThreads(withLinks) };
  });
  const [comments, noise] = time(() => {
    const scores = scoreNoise(linked.withLinks);
    return linked.withLinks.map((comment, i) => ({ ...comment, noise: scores[i] ?? comment.noise }));
  });
  const [bodyEntities, entities] = time(() => {
    const body = extractEntities(segmented.body, 'body');
    extractEntities(
      comments.flatMap((comment) => comment.paragraphs.map((p) => ({ ...p, commentId: comment.id }))),
      'comments',
    );
    return body;
  });
  const [, summary] = time(() => {
    summarize(segmented.body, { entities: bodyEntities });
    selectReaderHighlights(comments);
  });
  return { segment, replies, noise, entities, summary };
}
