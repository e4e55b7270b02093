// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommentsSection } from '../../components/CommentsSection';
import { INITIAL_RENDERED } from '../../components/use-lazy-limit';
import type { PageDoc } from '../../utils/model';
import { type CommentSpec, DISCUSSION, makeDoc } from './fixtures';

function renderComments(doc: PageDoc, threshold = 0.5) {
  return render(
    <CommentsSection
      doc={doc}
      noise={doc.comments.map((comment) => comment.noise)}
      threshold={threshold}
      mutedAuthors={[]}
      onClearFilter={vi.fn()}
      onMute={vi.fn()}
    />,
  );
}

const card = (author: string) => screen.getByRole('article', { name: new RegExp(`^Comment by ${author}\\b`) });
const ids = () => screen.queryAllByRole('article').map((article) => article.getAttribute('data-comment-id'));
const toggleOf = (author: string) =>
  within(card(author)).getByRole('button', { name: new RegExp(`comment by ${author}`) });
const press = (author: string, key: string) => fireEvent.keyDown(card(author), { key });

describe('CommentsSection', () => {
  afterEach(cleanup);

  it.each([
    ['a top-level comment', 'Yrral', 'Comment by Yrral'],
    ['a reply', 'Mina', 'Comment by Mina, reply, level 2'],
    ['a reply to a reply', 'Olek', 'Comment by Olek, reply, level 3'],
    ['a noisy comment', 'Shouter', 'Comment by Shouter, collapsed as noise'],
  ])('should label %s with its author and level', (_label, author, name) => {
    renderComments(makeDoc({}, DISCUSSION));
    expect(card(author).getAttribute('aria-label')).toBe(name);
  });

  it('should collapse a comment with its replies on click, count them, and expand again', () => {
    renderComments(makeDoc({}, DISCUSSION));
    expect(toggleOf('Yrral').getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(toggleOf('Yrral'));
    expect(toggleOf('Yrral').getAttribute('aria-expanded')).toBe('false');
    expect(ids()).toEqual(['c1', 'c4', 'c5', 'c6']);
    expect(within(card('Yrral')).getByText('2 replies hidden')).toBeTruthy();
    expect(within(card('Yrral')).queryByText('The ferry was faster anyway.')).toBeNull();

    fireEvent.click(toggleOf('Yrral'));
    expect(ids()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
  });

  it('should collapse all first-level replies, leaving top-level text and hidden counts', () => {
    renderComments(makeDoc({}, DISCUSSION));
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all replies' }));
    expect(ids()).toEqual(['c1', 'c2', 'c4', 'c5', 'c6']);
    expect(within(card('Mina')).getByText('1 reply hidden')).toBeTruthy();
    expect(within(card('Yrral')).getByText('The ferry was faster anyway.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(ids()).toHaveLength(6);
  });

  it('should show only top-level comments with their hidden-reply counts when asked', () => {
    renderComments(makeDoc({}, DISCUSSION));
    const topOnly = screen.getByRole('button', { name: 'Top level only' });
    fireEvent.click(topOnly);
    expect(topOnly.getAttribute('aria-pressed')).toBe('true');
    expect(ids()).toEqual(['c1', 'c4', 'c6']);
    expect(within(card('Yrral')).getByText('2 replies hidden')).toBeTruthy();
    expect(within(card('Shouter')).getByText('1 reply hidden')).toBeTruthy();
  });

  it('should stub a noisy comment with its reasons and keep its reply visible', () => {
    renderComments(makeDoc({}, DISCUSSION));
    const stub = card('Shouter');
    const reasons = within(stub).getByText('Collapsed as noise: mostly capital letters; repeated punctuation');
    // Its own line under the author, so a narrow panel does not cut it to "Col…"; the full text is in the title.
    expect(reasons.closest('.sl-comment__head')).toBeNull();
    expect(reasons.getAttribute('title')).toBe(reasons.textContent);
    expect(within(stub).queryByText('WORST BRIDGE EVER!!!!')).toBeNull();
    expect(card('Calm').getAttribute('aria-label')).toBe('Comment by Calm, reply, level 2');

    fireEvent.click(toggleOf('Shouter'));
    expect(within(card('Shouter')).getByText('WORST BRIDGE EVER!!!!')).toBeTruthy();
  });

  it('should not stub a noisy comment below the threshold', () => {
    renderComments(makeDoc({}, DISCUSSION), 0.9);
    expect(within(card('Shouter')).getByText('WORST BRIDGE EVER!!!!')).toBeTruthy();
  });

  describe('keyboard', () => {
    it('should keep exactly one comment in the tab order (roving tabindex)', () => {
      renderComments(makeDoc({}, DISCUSSION));
      const tabbable = screen.getAllByRole('article').filter((article) => article.tabIndex === 0);
      expect(tabbable.map((article) => article.getAttribute('data-comment-id'))).toEqual(['c1']);
    });

    it.each([
      ['j moves to the next comment', 'Yrral', 'j', 'Mina'],
      ['ArrowDown moves to the next comment', 'Mina', 'ArrowDown', 'Olek'],
      ['k moves to the previous comment', 'Olek', 'k', 'Mina'],
      ['p moves to the parent', 'Olek', 'p', 'Mina'],
      ['p on a reply of a noisy comment reaches it', 'Calm', 'p', 'Shouter'],
      ['j stays on the last comment', 'Pia', 'j', 'Pia'],
      ['k stays on the first comment', 'Yrral', 'k', 'Yrral'],
    ])('%s', (_label, from, key, to) => {
      renderComments(makeDoc({}, DISCUSSION));
      card(from).focus();
      press(from, key);
      expect(document.activeElement).toBe(card(to));
      expect(card(to).tabIndex).toBe(0);
    });

    it('should collapse and expand the focused comment with c', () => {
      renderComments(makeDoc({}, DISCUSSION));
      card('Mina').focus();
      press('Mina', 'c');
      expect(toggleOf('Mina').getAttribute('aria-expanded')).toBe('false');
      expect(ids()).not.toContain('c3');
      press('Mina', 'c');
      expect(ids()).toContain('c3');
    });

    it('should ignore keys typed with a modifier', () => {
      renderComments(makeDoc({}, DISCUSSION));
      card('Yrral').focus();
      fireEvent.keyDown(card('Yrral'), { key: 'j', ctrlKey: true });
      expect(document.activeElement).toBe(card('Yrral'));
    });
  });

  it('should honestly say when there are no comments, or when the comment area cannot be read', () => {
    const warning = {
      code: 'comments-unreadable' as const,
      message: 'The comments are in a frame Sidelight cannot read.',
    };
    renderComments(makeDoc({ warnings: [warning] }));
    expect(screen.getByText(warning.message)).toBeTruthy();
  });

  it('should show the declared count when it differs from the comments found', () => {
    renderComments(makeDoc({ commentSection: { chrome: [], declaredCount: 40 } }, DISCUSSION));
    expect(screen.getByRole('region', { name: /Comments \(6; the page says 40\)/ })).toBeTruthy();
  });

  describe('large pages', () => {
    const many: CommentSpec[] = Array.from({ length: 5000 }, (_, i) => ({
      author: `Reader${i}`,
      text: `Comment number ${i}.`,
      ...(i % 3 === 0 || i === 0 ? {} : { parent: `c${i}` }),
    }));

    it('should render only a bounded number of 5,000 comments at first, and more on request', () => {
      renderComments(makeDoc({}, many));
      expect(screen.getAllByRole('article')).toHaveLength(INITIAL_RENDERED);
      fireEvent.click(screen.getByRole('button', { name: /Show more comments \(4940 more\)/ }));
      expect(screen.getAllByRole('article').length).toBeGreaterThan(INITIAL_RENDERED);
      expect(screen.getAllByRole('article').length).toBeLessThan(1000);
    });

    it('should render further comments when j walks past the rendered ones', () => {
      renderComments(makeDoc({}, many));
      const last = screen.getAllByRole('article').at(-1)!;
      last.focus();
      fireEvent.keyDown(last, { key: 'j' });
      expect(screen.getAllByRole('article').length).toBeGreaterThan(INITIAL_RENDERED);
      expect((document.activeElement as HTMLElement).dataset.commentId).toBe(
        screen.getAllByRole('article')[INITIAL_RENDERED]!.dataset.commentId,
      );
    });
  });
});
