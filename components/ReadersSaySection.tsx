import type { Comment, ReaderHighlight } from '../utils/model';
import { PanelSection } from './PanelSection';

interface ReadersSayProps {
  highlights: readonly ReaderHighlight[];
  comments: readonly Comment[];
  /** Shows the comment a highlight came from in the comment list. */
  onSelect: (commentId: string) => void;
}

/** "What readers say": a few comment sentences, each a button leading to its comment. */
export function ReadersSaySection({ highlights, comments, onSelect }: ReadersSayProps) {
  const authors = new Map(comments.map((comment) => [comment.id, comment.author.text]));
  return (
    <PanelSection id="readers" title="What readers say">
      {highlights.length === 0 ? (
        <p class="sl-empty">
          {comments.length === 0 ? 'No reader comments on this page.' : 'No comment stood out as representative.'}
        </p>
      ) : (
        <ul class="sl-quotes">
          {highlights.map((highlight) => (
            <li key={`${highlight.commentId}:${highlight.start}`}>
              <button type="button" class="sl-quote" onClick={() => onSelect(highlight.commentId)}>
                <q>{highlight.text}</q>
                <span class="sl-quote__author"> — {authors.get(highlight.commentId) ?? 'a reader'}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </PanelSection>
  );
}
