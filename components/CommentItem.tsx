import type { Ref } from 'preact';
import type { Comment, NoiseScore } from '../utils/model';
import type { CommentRow } from './comments/visible-rows';
import { displayDate } from './display-date';

/** Indentation per reply level in px, and the deepest level indented: deeper replies would squeeze the text. */
const INDENT_PX = 14;
const MAX_INDENT_LEVEL = 6;

interface CommentItemProps {
  row: CommentRow;
  comment: Comment;
  noise: NoiseScore;
  /** Collapsed to a one-line stub because its noise score reached the threshold. */
  stubbed: boolean;
  /** The comment holding the roving tabindex. */
  current: boolean;
  muted: boolean;
  /** Locale for dates that the page gave only as ISO 8601. */
  locale?: string;
  itemRef: Ref<HTMLElement>;
  onToggle: (id: string) => void;
  onMute: (author: string, mute: boolean) => void;
  onFocus: (id: string) => void;
}

/** How screen readers announce a comment: author, reply level (1 is top level) and collapsed state. */
export function commentLabel(author: string, row: CommentRow, stubbed: boolean): string {
  const level = row.depth === 0 ? '' : `, reply, level ${row.depth + 1}`;
  const state = stubbed ? ', collapsed as noise' : row.collapsed ? ', collapsed' : '';
  return `Comment by ${author || 'anonymous'}${level}${state}`;
}

const replies = (n: number): string => (n === 1 ? '1 reply' : `${n} replies`);

/** One comment of the thread list: a stub when noisy, a header only when collapsed, else its full text. */
export function CommentItem(props: CommentItemProps) {
  const { row, comment, noise, stubbed, current, muted, locale, itemRef, onToggle, onMute, onFocus } = props;
  const author = comment.author.text;
  const expanded = !stubbed && !row.collapsed;
  const reasons = noise.reasons.map((reason) => reason.message).join('; ');
  const date = comment.date ? displayDate(comment.date, { locale, withTime: true }) : undefined;
  const indent = Math.min(row.depth, MAX_INDENT_LEVEL) * INDENT_PX;
  // Only the current comment's buttons are in the tab order, so Tab leaves the list instead of visiting every row.
  const tabIndex = current ? 0 : -1;
  return (
    <li class="sl-comment" style={{ paddingLeft: `${indent}px` }}>
      <article
        ref={itemRef}
        class={`sl-comment__card${stubbed ? ' sl-comment__card--stub' : ''}`}
        data-comment-id={comment.id}
        tabIndex={current ? 0 : -1}
        aria-label={commentLabel(author, row, stubbed)}
        onFocus={(event) => {
          if (event.target === event.currentTarget) onFocus(comment.id);
        }}
      >
        <div class="sl-comment__head">
          <button
            type="button"
            class="sl-icon-button sl-comment__toggle"
            tabIndex={tabIndex}
            aria-expanded={expanded}
            aria-label={`${expanded ? 'Collapse' : 'Expand'} comment by ${author}`}
            onClick={() => onToggle(comment.id)}
          >
            {expanded ? '▾' : '▸'}
          </button>
          {/* One block that wraps inside itself, so the date goes under the author and Mute keeps its place. */}
          <span class="sl-comment__who">
            <span class="sl-comment__author">{author || 'anonymous'}</span>
            {date && !stubbed ? (
              <time class="sl-comment__date" dateTime={date.iso}>
                {date.text}
              </time>
            ) : null}
            {row.hiddenReplies > 0 ? <span class="sl-comment__hidden">{replies(row.hiddenReplies)} hidden</span> : null}
          </span>
          <button
            type="button"
            class="sl-link-button sl-comment__mute"
            tabIndex={tabIndex}
            onClick={() => onMute(author, !muted)}
          >
            {muted ? 'Unmute' : 'Mute'}
            <span class="sl-visually-hidden"> {author}</span>
          </button>
        </div>
        {/* Below the head, not squeezed beside it: in a narrow panel the reasons still get a full line or two. */}
        {stubbed ? (
          <p class="sl-comment__reasons" title={`Collapsed as noise: ${reasons}`}>
            Collapsed as noise: {reasons}
          </p>
        ) : null}
        {expanded ? (
          <div class="sl-comment__body">
            {comment.replyTo && comment.replyTo.evidence !== 'dom' ? (
              <p class="sl-comment__reply-to">Reply inferred: {comment.replyTo.reason}</p>
            ) : null}
            {comment.paragraphs.map((paragraph) => (
              <p key={paragraph.start}>{paragraph.text}</p>
            ))}
            {noise.reasons.length > 0 ? <p class="sl-comment__noise">Noise: {reasons}</p> : null}
          </div>
        ) : null}
      </article>
    </li>
  );
}
