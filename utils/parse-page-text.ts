import { alignWithBody } from './entities/align-with-body';
import { dropCommenterNames } from './entities/drop-commenter-names';
import { extractEntitiesSteps } from './entities/extract-entities';
import type { PageDoc, ParseOptions } from './model';
import { scoreNoiseSteps } from './noise/score-noise';
import { segmentPageSteps } from './page/segment-page';
import { mapBlocksSteps, runSteps, type Steps } from './steps/steps';
import { selectReaderHighlightsSteps } from './summary/select-reader-highlights';
import { summarize } from './summary/summarize';
import { buildThreads } from './threads/build-threads';
import { inferRepliesSteps } from './threads/infer-replies';
import { articleText } from './page/article-text';

/**
 * The one parser: page text in, one structured `PageDoc` out. Pure and total: any string gives a document,
 * with warnings where the input was odd.
 *
 * The passes run in this order because each reads what the one before settled:
 * 1. segment: header, body, credits, count line, comments (everything else reads these spans);
 * 2. replies: who answers whom, so threads and noise see the structure;
 * 3. noise: needs the final comment list (duplicates) and is read by "what readers say";
 * 4. entities: body and comments, so the summary can favour sentences about the main entities;
 * 5. summary and reader highlights last.
 */
export function parsePageText(text: string, options: ParseOptions = {}): PageDoc {
  return runSteps(parsePageSteps(text, options));
}

/**
 * `parsePageText` step by step, for callers that spread the work over several tasks (`runInSlices`): the same
 * passes, the same result, with a pause point between passes and between the items inside the long ones.
 */
export function* parsePageSteps(text: string, options: ParseOptions = {}): Steps<PageDoc> {
  const input = typeof text === 'string' ? text : '';
  const segmented = yield* segmentPageSteps(input, options);
  yield;

  // The article's words are the page's topic, not reply evidence, and quoting it is not replying.
  const replies = yield* inferRepliesSteps(segmented.comments, { article: articleText(segmented.body) });
  const linked = segmented.comments.map((comment, i) => ({ ...comment, replyTo: replies[i] }));
  const noise = yield* scoreNoiseSteps(linked);
  const comments = linked.map((comment, i) => ({ ...comment, noise: noise[i] ?? comment.noise }));

  const bodyEntities = yield* extractEntitiesSteps(segmented.body, 'body');
  const paragraphs = yield* mapBlocksSteps(comments, (comment) =>
    comment.paragraphs.map((p) => ({ ...p, commentId: comment.id })),
  );
  const tagged = yield* extractEntitiesSteps(paragraphs.flat(), 'comments');
  // Readers' short forms take the article's names ("Putin" → "Vladimir Putin"); readers addressing each other are
  // not what they talk about.
  const commentEntities = alignWithBody(dropCommenterNames(tagged, comments, bodyEntities), bodyEntities);
  yield;
  const summary = summarize(segmented.body, { sentences: options.summarySentences, entities: bodyEntities });
  const readersSay = yield* selectReaderHighlightsSteps(comments);

  return {
    version: 1,
    source: { kind: options.kind ?? 'text', length: input.length, ...(options.name ? { name: options.name } : {}) },
    metadata: segmented.metadata,
    body: segmented.body,
    summary,
    entities: { body: bodyEntities, comments: commentEntities },
    commentSection: segmented.commentSection,
    comments,
    threads: buildThreads(comments),
    readersSay,
    warnings: segmented.warnings,
  };
}
