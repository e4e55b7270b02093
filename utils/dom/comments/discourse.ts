import { collectNested } from './collect-nested';
import type { FoundComments } from './found-comment';

/** Discourse topic/embed markup: flat posts; a reply names its target in `data-reply-to-post-number`. */
const DISCOURSE = {
  item: 'article.topic-post, .topic-post, article[data-post-id]',
  author: ['.username', '.names .first', '.author'],
  date: ['.post-date', '.relative-date', 'time'],
  body: '.cooked',
};

/** Talkyard: threads `.dw-t` nest their replies; each holds one post `.dw-p`. */
const TALKYARD = {
  item: '.dw-t',
  author: ['.dw-p-by', '.esP_By'],
  date: ['.dw-p-at', '.esP_viewHist time', 'time'],
  body: '.dw-p-bd',
};

/** Discourse posts (comments embedded from a forum), with reply targets from post numbers. */
export function findDiscourse(doc: Document): FoundComments | undefined {
  const region =
    doc.querySelector('.topic-body, #topic, .discourse-embed, .posts-wrapper, #discourse-comments') ?? doc.body;
  if (!region || !region.querySelector('.cooked')) return undefined;
  const comments = collectNested(region, DISCOURSE);
  const byNumber = new Map<string, number>();
  comments.forEach((comment, i) => {
    const number = comment.element.getAttribute('data-post-number') ?? comment.element.id.replace(/^post_/, '');
    if (number) byNumber.set(number, i);
    const target = comment.element.getAttribute('data-reply-to-post-number');
    if (target && comment.parentIndex === undefined) comment.parentIndex = byNumber.get(target);
  });
  return comments.length > 0 ? { system: 'discourse', region, comments } : undefined;
}

/** Talkyard embedded comments rendered into the page. */
export function findTalkyard(doc: Document): FoundComments | undefined {
  const region = doc.querySelector('.dw-debate, .dw-depth-0, #dwPosts, .talkyard-comments');
  if (!region) return undefined;
  const comments = collectNested(region, TALKYARD);
  return comments.length > 0 ? { system: 'talkyard', region, comments } : undefined;
}
