import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { FoundComment } from '../../../../utils/dom/comments/found-comment';
import { withMentionParents } from '../../../../utils/dom/comments/mention-replies';

/** Flat comments from `[profile, text]` pairs, in the Mastodon comments script's shape. */
const flat = (entries: readonly (readonly [string, string])[]): FoundComment[] => {
  const html = entries
    .map(
      ([profile, text]) =>
        `<div class="mastodon-comment"><div class="author"><a href="${profile}"><span>Name</span></a></div><div class="mastodon-comment-content"><p>${text}</p></div></div>`,
    )
    .join('');
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  return [...doc.querySelectorAll('.mastodon-comment')].map((element) => ({
    element,
    author: element.querySelector('.author a') ?? undefined,
    body: [...element.querySelectorAll('.mastodon-comment-content')],
  }));
};

const mention = (profile: string, handle: string): string =>
  `<span class="h-card"><a href="${profile}" class="u-url mention">@<span>${handle}</span></a></span>`;

describe('withMentionParents', () => {
  it('should make a reply opening on an earlier commenter’s profile link a reply to their latest comment', () => {
    const comments = withMentionParents(
      flat([
        ['https://mastodon.social/@kirsty', 'Half of my ward gets this bus.'],
        ['https://mas.to/@pete', `${mention('https://mastodon.social/@kirsty/', 'kirsty')} same for the bakery shift.`],
        ['https://mastodon.social/@kirsty', 'And the cleaners.'],
        ['https://toot.example/@sam', `${mention('https://mastodon.social/@kirsty', 'kirsty')} which ward?`],
      ]),
    );
    expect(comments.map((comment) => comment.parentIndex)).toEqual([undefined, 0, undefined, 2]);
  });

  it.each([
    ['a mention of someone who has not commented', `${mention('https://mastodon.social/@editor', 'editor')} thanks!`],
    ['a mention inside the sentence', `Thanks to ${mention('https://mastodon.social/@kirsty', 'kirsty')} for this.`],
    ['a plain link to the profile', '<a href="https://mastodon.social/@kirsty">Kirsty</a> said it first.'],
  ])('should leave %s at the top level', (_case, text) => {
    const comments = withMentionParents(
      flat([
        ['https://mastodon.social/@kirsty', 'Half of my ward gets this bus.'],
        ['https://mas.to/@pete', text],
      ]),
    );
    expect(comments[1]?.parentIndex).toBeUndefined();
  });

  it('should leave comments the page nests as they are', () => {
    const comments = flat([
      ['https://mastodon.social/@kirsty', 'Half of my ward gets this bus.'],
      ['https://mas.to/@pete', 'Same here.'],
      ['https://toot.example/@sam', `${mention('https://mastodon.social/@kirsty', 'kirsty')} which ward?`],
    ]);
    const nested = comments.map((comment, index) => (index === 1 ? { ...comment, parentIndex: 0 } : comment));
    expect(withMentionParents(nested).map((comment) => comment.parentIndex)).toEqual([undefined, 0, undefined]);
  });
});
