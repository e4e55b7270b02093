import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pollBoxTest } from '../../../utils/dom/poll-box-test';

/** The element marked `data-probe` in a page fragment, and whether it is a poll box. */
const probe = (html: string): boolean => {
  const doc = parseHTML(`<html><body><article>${html}</article></body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return pollBoxTest(doc)(element);
};

describe('pollBoxTest', () => {
  it.each([
    [
      'a poll: a question over answer buttons and a results note',
      '<p>The ferry sails at nine.</p><div data-probe><div><h3>How often do you take the ferry?</h3><ul><li><button>Every day</button></li><li><button>Once a week</button></li><li><button>Never</button></li></ul><p>Vote to see results</p></div></div>',
    ],
    ['a feedback box', '<div data-probe><p>Was this page helpful?</p><button>Yes</button><button>No</button></div>'],
    [
      'a poll of plain blocks, its vote control a div (an Ember card, names hashed)',
      '<p>The branch lends four telescopes.</p><div data-probe class="c9"><div class="c1">What should the library lend next?</div><div class="c2"><span class="c3"></span><span>Sewing machines</span></div><div class="c2"><span class="c3"></span><span>Camping gear</span></div><div class="c4">Vote</div></div>',
    ],
    [
      'a poll saved showing its results, its tally under the shares (names hashed)',
      '<p>Most toddlers settle within weeks.</p><div data-probe class="k2"><p class="k3">Reader poll</p><p class="k4">When did your child move to a bed?</p><ul><li><span>Before 2 years</span> <span>31%</span></li><li><span>After 2 years</span> <span>69%</span></li></ul><p class="k5">1,482 votes</p></div>',
    ],
    [
      'a results poll with a "Total votes:" tally',
      '<div data-probe><h4>Should the pool open in April?</h4><div>Yes 62%</div><div>No 38%</div><div>Total votes: 1,020</div></div>',
    ],
  ])('should read %s as a poll box', (_case, html) => {
    expect(probe(html)).toBe(true);
  });

  it.each([
    [
      'a paragraph with a question and a single "show more" button',
      '<div data-probe><p>Why did the ferry stop? The council has not said.</p><button>Show more</button></div>',
    ],
    [
      'a row of buttons with no question (a player, a share row)',
      '<div data-probe><button>Play</button><button>Pause</button><span>Harbour sounds, 2:14</span></div>',
    ],
    [
      'a section of the story with buttons inside it',
      `<div data-probe><p>${'Why did the ferry stop? The council has not said, and the operator points at the new fuel rules. '.repeat(8)}</p><button>Yes</button><button>No</button></div>`,
    ],
    [
      'a story paragraph asking a question over a lone "Vote" line',
      '<div data-probe><p>Will the council vote on Tuesday? Nobody knows yet.</p><div>Vote</div></div>',
    ],
    [
      'a story section that ends on a "Vote" subheading',
      `<div data-probe><p>${'Who will run the pool next year? The council has not said. '.repeat(8)}</p><p>It meets in March.</p><div>Vote</div></div>`,
    ],
    [
      'a question whose mark is only in a button',
      '<div data-probe><p>Pick one</p><button>Tea?</button><button>Coffee?</button></div>',
    ],
    [
      'a story paragraph asking a question over a vote count line',
      '<div data-probe><p>Who carried the ward? The recount ended on Friday.</p><p>1,482 votes</p></div>',
    ],
    [
      'a small results table under a question',
      '<div data-probe><h4>Who won the ward?</h4><table><tr><td>Ann Lee</td><td>1,482 votes</td></tr><tr><td>Bo Park</td><td>1,390 votes</td></tr></table></div>',
    ],
  ])('should not read %s as a poll box', (_case, html) => {
    expect(probe(html)).toBe(false);
  });
});
