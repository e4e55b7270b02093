import { describe, expect, it } from 'vitest';
import { isCommentChromeLine } from '../../../utils/dom/is-comment-chrome-line';

describe('isCommentChromeLine', () => {
  it.each([
    'No comments yet. Be the first to comment!',
    'Leave a Reply',
    'You must be logged in to post a comment.',
    'Login to comment',
    'Comments are closed.',
    '35 Comments',
    'Comments (12)',
    'Load more comments',
    'Sort by newest',
    'Name *',
    'Join the Discussion',
    'blog comments powered by Disqus',
    'Loading...',
    'Report abuse',
    'Next »',
    'share flag',
    'History | Permalink | Share it',
    'off topic',
    'Sort: Newest | Oldest',
    'Page: 1 2 3 Next › Last » (34 total)',
    'Comment help',
    'Get Livefyre',
    'Previewing Your Comment.',
    'Profile',
    'Posted by: |',
    "Would you like to comment on this article? Register (it's quick and free) or sign in now.",
    'Please read our Comment Policy before commenting.',
    'Read our community guidelines',
    'Comments on this article are now closed.',
    'Comments have been switched off on this article because it concerns an ongoing court case.',
    'Want to join the conversation? Subscribe for full access to our reader community.',
    'Comment guidelines',
    'Please keep comments respectful. Use plain English for our global readership. Sign in to comment.',
    'Auglaize County Farm Bureau purchased 3 trees to be planted in memory of Harold Eugene Brandt.',
    'Ann and Bo Lee sent flowers to the family of Harold Brandt.',
    '14 stars',
    '3 upvotes',
    '1 vote',
  ])('should treat "%s" as furniture', (line) => {
    expect(isCommentChromeLine(line)).toBe(true);
  });

  it.each([
    'No way this library cost only four million.',
    'Comments like yours make the town look bad.',
    'Comments on this article are mostly from people who never use the ferry.',
    'Want to join the council? Stand at the next election like everyone else.',
    'Leave the poor librarians alone, they did great work.',
    'harbour_light',
    'Share it with your council, they should read this.',
    'Sort of agree, but the car park matters too.',
    'Spam calls about the library survey are annoying.',
    'Posted by: Wren | May 3, 2024',
    'Would you like to comment on the plan? Write to the council before Friday, the notice says.',
    'Read our story from last week: the council never consulted anyone.',
    'Please keep comments respectful, the moderators ask, but nobody here does.',
    'Comment guidelines were never enforced on this site, sign in to comment is a joke.',
    'We planted a tree in memory of Harold in our own yard last spring, and it is already taller than the fence. He would have laughed at that.',
    'He sent flowers to every widow in the parish, every Christmas.',
    '5 stars from me, the new ferry is great.',
    '14 stars in the sky tonight over the harbour',
  ])('should keep the comment line "%s"', (line) => {
    expect(isCommentChromeLine(line)).toBe(false);
  });
});
