import type { Comment } from '../model';
import type { ReplyCandidate } from './reply-candidate';
import { WORD_PATTERN } from '../text/word-pattern';
import { authorKey } from './author-key';

/** Openings that answer a question ("No. Russia is …", "Yes, because …"). */
const ANSWER_OPENING =
  /^(?:yes|no|nope|nah|yeah|yep|yup|not|of course|exactly|correct|wrong|true|false|because|absolutely|definitely|indeed)\b/i;
/** A reply this short (words) right after a question is plausibly its answer even without an answer word. */
const SHORT_ANSWER_WORDS = 40;
/** Confidence with an answer opening: clear enough to link on its own. */
const OPENING_CONFIDENCE = 0.7;
/** Confidence of a short comment right after a question: too weak alone, it needs other evidence to link. */
const SHORT_CONFIDENCE = 0.35;

/** A question mark ending a sentence, anywhere in the text ("Will it run at night? Nobody says."). */
const QUESTION = /\?+["'”’)]*(?:\s|$)/;

/** A comment right after another author's question, opening like an answer or short, answers that question. */
export function findAnswer(comments: readonly Comment[], index: number): ReplyCandidate | undefined {
  const comment = comments[index];
  const parent = comments[index - 1];
  if (!comment || !parent || sameAuthor(comment, parent)) return undefined;
  if (!QUESTION.test(parent.text)) return undefined;
  const reply = comment.text.trim();
  // Readers see the reason: name the author, not the internal comment id.
  const reason = `answers ${parent.author.text.trim()}'s question`;
  if (ANSWER_OPENING.test(reply))
    return { parent: index - 1, confidence: OPENING_CONFIDENCE, evidence: 'answer', reason };
  const words = reply.match(WORD_PATTERN)?.length ?? 0;
  if (words > 0 && words <= SHORT_ANSWER_WORDS) {
    return { parent: index - 1, confidence: SHORT_CONFIDENCE, evidence: 'answer', reason };
  }
  return undefined;
}

function sameAuthor(a: Comment, b: Comment): boolean {
  return authorKey(a) === authorKey(b);
}
