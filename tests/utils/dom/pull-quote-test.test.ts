import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pullQuoteTest } from '../../../utils/dom/pull-quote-test';

const SAID =
  '<p>"We should be doing everything we can to bring people into the city, not driving them away," said councillor Ann Lee.</p>';
const FILLER = '<p>The council meets again in March, when the budget for the next two years is due.</p>';

/** The first `<blockquote>` or `<aside>` of a story, tested against the story. */
function quoteIn(story: string): boolean {
  const { document } = parseHTML(`<html><body><article>${story}</article></body></html>`);
  const root = document.querySelector('article') as unknown as Element;
  const quote = root.querySelector('blockquote, aside');
  return quote !== null && pullQuoteTest(root)(quote);
}

describe('pullQuoteTest', () => {
  it.each([
    [
      'after its paragraph',
      `${SAID}${FILLER}<blockquote>“We should be doing everything we can to bring people into the city”</blockquote>`,
    ],
    [
      'before its paragraph',
      `<aside><p>We should be doing everything we can to bring people into the city</p></aside>${FILLER}${SAID}`,
    ],
    [
      'with its attribution in a cite',
      `${SAID}${FILLER}<blockquote><p>“We should be doing everything we can to bring people into the city”</p><cite>Ann Lee, councillor</cite></blockquote>`,
    ],
    [
      'without the attribution between its sentences',
      '<p>“The wall has stood since 1850,” said Ann Lee, the harbour master. “It will stand for another century.”</p>' +
        `${FILLER}<blockquote>“The wall has stood since 1850. It will stand for another century.”</blockquote>`,
    ],
    [
      'in capitals, without marks',
      `${SAID}<blockquote>WE SHOULD BE DOING EVERYTHING WE CAN TO BRING PEOPLE INTO THE CITY</blockquote>`,
    ],
    [
      'without a clause cut at a comma',
      '<p>“A few families started meeting in a living room to pray for a neighbor with cancer, and it outgrew the living room,” he said.</p>' +
        `${FILLER}<blockquote>“A few families started meeting in a living room, and it outgrew the living room.”</blockquote>`,
    ],
  ])('should find a pull quote set %s', (_, story) => {
    expect(quoteIn(story)).toBe(true);
  });

  it.each([
    [
      'a block quote the story does not repeat',
      `${FILLER}<blockquote>The harbour wall will be rebuilt in stone, as it was in 1850.</blockquote>`,
    ],
    [
      'a quoted letter whose sentences the story says far apart',
      '<p>The wall has stood since 1850, and the board says so in every report it files with the ministry and the council. ' +
        'Nobody doubts it will stand for another century.</p>' +
        '<blockquote>The wall has stood since 1850. It will stand for another century.</blockquote>',
    ],
    ['a short stock phrase', `${FILLER}<blockquote>the next two years</blockquote>`],
    [
      'a long quoted passage',
      `<p>${'The wall stood for a century and more. '.repeat(12)}</p><blockquote>${'The wall stood for a century and more. '.repeat(12)}</blockquote>`,
    ],
    [
      'part of a word only',
      `<p>Unwilling to bring people into the cityscape project, the council waited.</p><blockquote>willing to bring people into the city</blockquote>`,
    ],
    [
      'a verse whose clauses the story says far apart',
      '<p>Those who hope in the Lord were the subject of the first sermon, which the pastor gave to a full church on a cold morning in January. ' +
        'They will soar on wings like eagles, she told them.</p>' +
        '<blockquote>Those who hope in the Lord, they will soar on wings like eagles.</blockquote>',
    ],
  ])('should keep %s', (_, story) => {
    expect(quoteIn(story)).toBe(false);
  });

  it('should never take a paragraph the story repeats', () => {
    const { document } = parseHTML(`<html><body><article>${SAID}${SAID}</article></body></html>`);
    const root = document.querySelector('article') as unknown as Element;
    expect(pullQuoteTest(root)(root.querySelector('p') as unknown as Element)).toBe(false);
  });

  /** The story's `<p>` in a box of its own (`div > p`), tested as the clone and as the page's element. */
  function boxedIn(story: string): boolean {
    const { document } = parseHTML(`<html><body><article>${story}</article></body></html>`);
    const root = document.querySelector('article') as unknown as Element;
    const boxed = root.querySelector('div > p') as unknown as Element;
    return pullQuoteTest(root)(boxed, boxed);
  }

  it('should find a pull quote set as a quoted paragraph alone in a box, part of a longer paragraph', () => {
    expect(
      boxedIn(
        `${SAID}${FILLER}<div class="doc__thought"><p>«We should be doing everything we can to bring people into the city»</p></div>`,
      ),
    ).toBe(true);
  });

  it.each([
    [
      'a quoted paragraph in a box that the story does not repeat',
      `${FILLER}<div><p>“The harbour wall will be rebuilt in stone, as it was in 1850,” the mayor told the council.</p></div>`,
    ],
    [
      'an unquoted paragraph in a box whose words the story repeats',
      `${SAID}<div><p>We should be doing everything we can to bring people into the city</p></div>`,
    ],
    [
      'a quoted paragraph sharing its box with another paragraph',
      `${SAID}<div><p>“We should be doing everything we can to bring people into the city”</p>${FILLER}</div>`,
    ],
  ])('should keep %s', (_case, story) => {
    expect(boxedIn(story)).toBe(false);
  });

  it('should find a pull quote set as a paragraph wholly in bold, part of a longer paragraph', () => {
    const { document } = parseHTML(
      `<html><body><article>${SAID}${FILLER}<p><strong>“We should be doing everything we can to bring people into the city”</strong></p></article></body></html>`,
    );
    const root = document.querySelector('article') as unknown as Element;
    expect(pullQuoteTest(root)(root.querySelector('p:last-child') as unknown as Element)).toBe(true);
  });

  it.each([
    [
      'a refrain the story prints twice whole',
      '<p><em>And still the river ran on toward the sea, past the mill and the church.</em></p>' +
        `${FILLER}<p><em>And still the river ran on toward the sea, past the mill and the church.</em></p>`,
    ],
    [
      'a bold paragraph with text beside its emphasis',
      `${SAID}<p><strong>“We should be doing everything we can to bring people into the city”</strong>, she wrote.</p>`,
    ],
    [
      'a bold paragraph the story does not repeat',
      `${FILLER}<p><strong>The harbour wall will be rebuilt in stone, as it was in 1850, the board said.</strong></p>`,
    ],
  ])('should keep %s', (_, story) => {
    const { document } = parseHTML(`<html><body><article>${story}</article></body></html>`);
    const root = document.querySelector('article') as unknown as Element;
    expect(pullQuoteTest(root)(root.querySelector('p:last-child') as unknown as Element)).toBe(false);
  });

  /** The box around a story's first `<blockquote>`, tested against the story. */
  const boxIn = (story: string): boolean => {
    const { document } = parseHTML(`<html><body><article>${story}</article></body></html>`);
    const root = document.querySelector('article') as unknown as Element;
    const box = root.querySelector('blockquote')?.parentElement;
    return box !== null && box !== undefined && pullQuoteTest(root)(box as unknown as Element);
  };
  const QUOTE = '<blockquote>“We should be doing everything we can to bring people into the city”</blockquote>';

  it.each([
    [
      'in a div',
      `${SAID}${FILLER}<blockquote><p>“We should be doing everything we can to bring people into the city”</p><div>Ann Lee, councillor</div></blockquote>`,
    ],
    [
      'in a paragraph',
      `${SAID}${FILLER}<blockquote><p>“We should be doing everything we can to bring people into the city”</p><p>— Ann Lee</p></blockquote>`,
    ],
  ])('should find a pull quote whose last block is its attribution %s', (_, story) => {
    expect(quoteIn(story)).toBe(true);
  });

  it.each([
    [
      'a quoted passage the story does not repeat, with a short last line',
      `${FILLER}<blockquote><p>The harbour wall will be rebuilt in stone, as it was in 1850.</p><p>Ann Lee, harbour master</p></blockquote>`,
    ],
    [
      'a quote whose last block is a sentence that goes on',
      `${SAID}${FILLER}<blockquote><p>“We should be doing everything we can to bring people into the city”</p><p>It passed. Then it failed.</p></blockquote>`,
    ],
    [
      'a quote whose last block is quoted words',
      `${SAID}${FILLER}<blockquote><p>“We should be doing everything we can to bring people into the city”</p><p>“And we will.”</p></blockquote>`,
    ],
  ])('should keep %s', (_, story) => {
    expect(quoteIn(story)).toBe(false);
  });

  it('should find a pull quote whose box sets the attribution beside it, not in a cite', () => {
    expect(boxIn(`${SAID}${FILLER}<div class="quote">${QUOTE}<div>Ann Lee, councillor</div></div>`)).toBe(true);
  });

  it.each([
    [
      'a box with a sentence beside the quote',
      `${SAID}${FILLER}<div>${QUOTE}<p>The vote is on Monday. It may pass.</p></div>`,
    ],
    [
      'a box whose block quote the story does not repeat',
      `${FILLER}<div><blockquote>The harbour wall will be rebuilt in stone, as it was in 1850.</blockquote><div>Ann Lee</div></div>`,
    ],
    [
      'a box holding more than the quote and a name',
      `${SAID}${FILLER}<div>${QUOTE}<div>Ann Lee</div><p>More text</p></div>`,
    ],
    ['the story itself', `${SAID}${QUOTE}<div>Ann Lee</div>`],
  ])('should keep %s', (_, story) => {
    expect(boxIn(story)).toBe(false);
  });
});

describe('pullQuoteTest on short quotes in quote marks', () => {
  const STORY =
    '<p>The line cook counted the tickets twice. “Today we got one,” she said, and pinned the order over the grill.</p>';

  it('should find a short blockquote in quote marks that the story says', () => {
    expect(quoteIn(`${STORY}${FILLER}<blockquote><p>“Today we got one.”</p></blockquote>`)).toBe(true);
  });

  it('should find it over its attribution line', () => {
    expect(
      quoteIn(`${STORY}${FILLER}<blockquote><p>“Today we got one.”</p><p>— Denise Harlow, line cook</p></blockquote>`),
    ).toBe(true);
  });

  it('should leave a short blockquote without quote marks, though the story says it', () => {
    expect(quoteIn(`${STORY}${FILLER}<blockquote><p>Today we got one.</p></blockquote>`)).toBe(false);
  });

  it('should leave a short blockquote in quote marks that the story does not say', () => {
    expect(quoteIn(`${STORY}${FILLER}<blockquote><p>“Tomorrow we get two.”</p></blockquote>`)).toBe(false);
  });
});

describe('pullQuoteTest on a quoted paragraph over its attribution in a box', () => {
  function boxedIn(story: string): boolean {
    const { document } = parseHTML(`<html><body><article>${story}</article></body></html>`);
    const root = document.querySelector('article') as unknown as Element;
    const boxed = root.querySelector('div > p') as unknown as Element;
    return pullQuoteTest(root)(boxed, boxed);
  }

  it('should find it over a name', () => {
    expect(
      boxedIn(
        `${SAID}${FILLER}<div class="css-3a"><p>“We should be doing everything we can to bring people into the city”</p><p class="css-f5">Ann Lee</p></div>`,
      ),
    ).toBe(true);
  });
});

describe('pullQuoteTest on a page builder’s quote box', () => {
  const SPLIT =
    '<div><p>“Nobody is being asked to do anything they were not already doing,” Dhillon told the committee. ' +
    '“We are just making it legal and a bit safer.”</p></div>';

  /** The story's first element matching `selector`, tested against the story. */
  function testedIn(story: string, selector: string): boolean {
    const { document } = parseHTML(`<html><body><article>${story}</article></body></html>`);
    const root = document.querySelector('article') as unknown as Element;
    const element = root.querySelector(selector) as unknown as Element;
    return pullQuoteTest(root)(element, element);
  }

  it('should find a quote alone in its text box that leaves out who said it', () => {
    const box =
      '<div class="quote"><p>“Nobody is being asked to do anything they were not already doing. We are just making it ' +
      'legal and a bit safer.”</p></div>';
    expect(testedIn(`${box}${SPLIT}`, '.quote > p')).toBe(true);
  });

  it('should keep the paragraph that says the quote, alone in its own box', () => {
    expect(testedIn(`${FILLER}${SPLIT}`, 'div > p')).toBe(false);
  });

  it('should keep a quoted paragraph alone in its box that the story does not say again', () => {
    expect(
      testedIn(`${FILLER}<div><p>“We will be back next spring, whatever the council decides.”</p></div>`, 'div > p'),
    ).toBe(false);
  });

  it('should find a "click to tweet" box that repeats a sentence of the story', () => {
    const story =
      '<p>Mites travel between colonies on drifting bees. Where neighbours coordinated, counts stayed low into October.</p>' +
      '<div class="tweet"><div><p>Where neighbours coordinated, counts stayed low into October.</p></div>' +
      '<div><span>Click to Tweet</span></div></div>';
    expect(testedIn(story, '.tweet')).toBe(true);
  });

  it('should keep a box closing on a tweet button whose words the story does not say', () => {
    const story =
      `${FILLER}<div class="tweet"><div><p>Beekeeping is a team sport, and the team is the whole valley.</p></div>` +
      '<div><span>Click to Tweet</span></div></div>';
    expect(testedIn(story, '.tweet')).toBe(false);
  });
});

describe('pullQuoteTest on quotes shortened past a long attribution', () => {
  const LONG_SAID =
    '<p>“We built a model that depended on an oversupply of graduates,” said Lionel Hartigan, a labor economist who studies the academic workforce. “The oversupply is ending, and a lot of institutions have no plan.”</p>';

  it('should find a blockquote leaving out a speaker named with a role', () => {
    expect(
      quoteIn(
        `${LONG_SAID}${FILLER}<blockquote><p>“We built a model that depended on an oversupply of graduates. The oversupply is ending.”</p></blockquote>`,
      ),
    ).toBe(true);
  });

  it('should leave a quote whose sentences the story says as far apart without saying who said them', () => {
    expect(
      quoteIn(
        '<p>We built a model that depended on an oversupply of graduates, and for thirty years the universities on both coasts kept hiring on that basis. The oversupply is ending.</p>' +
          '<blockquote><p>We built a model that depended on an oversupply of graduates. The oversupply is ending.</p></blockquote>',
      ),
    ).toBe(false);
  });

  function boxIn(story: string): boolean {
    const { document } = parseHTML(`<html><body><article>${story}</article></body></html>`);
    const root = document.querySelector('article') as unknown as Element;
    const box = root.querySelector('#box') as unknown as Element;
    return pullQuoteTest(root)(box, box);
  }

  it('should find a quoted paragraph boxed over its attribution, shortened, with the name', () => {
    expect(
      boxIn(
        `${LONG_SAID}${FILLER}<div id="box"><p>“We built a model that depended on an oversupply of graduates. The oversupply is ending.”</p><p>Lionel Hartigan</p></div>`,
      ),
    ).toBe(true);
  });

  it('should leave a box of a quoted paragraph and a sentence of the story', () => {
    expect(
      boxIn(
        `${LONG_SAID}${FILLER}<div id="box"><p>“We built a model that depended on an oversupply of graduates. The oversupply is ending.”</p><p>The college board meets again in March.</p></div>`,
      ),
    ).toBe(false);
  });
});

describe('pullQuoteTest on a story whose every paragraph sits in a box of its own', () => {
  const FULL =
    '<div><p>“Nobody is being asked to do anything they were not already doing,” Dhillon told the committee. ' +
    '“We are just making it legal and a bit safer.”</p></div>';
  const PULL =
    '<div><p>“Nobody is being asked to do anything they were not already doing. We are just making it legal and a ' +
    'bit safer.”</p></div>';
  const story = `<div><p>The bridge opened on Saturday after four years of talks.</p></div>${PULL}${FULL}`;
  const { document } = parseHTML(`<html><body><article>${story}</article></body></html>`);
  const root = document.querySelector('article') as unknown as Element;
  const [, pull, full] = [...root.querySelectorAll('p')] as unknown as Element[];
  const test = pullQuoteTest(root);

  it('should find the shortened quote set apart', () => {
    expect(test(pull as Element, pull)).toBe(true);
  });

  it('should keep the paragraph that says the quote in full, whose own words hold a verb of saying ("asked")', () => {
    expect(test(full as Element, full)).toBe(false);
  });
});

describe('pullQuoteTest on a quote condensed from one paragraph', () => {
  const paragraph =
    '<p>The apps never said no. I could add a forty-first task at eleven at night and the list would simply grow a ' +
    'little longer and a little more accusing. The card says no by running out of room.</p>';

  it('should find a quote element joining two sentences of one paragraph', () => {
    const quote = '<blockquote>The apps never said no. The card says no by running out of room.</blockquote>';
    expect(quoteIn(`${paragraph}${FILLER}${quote}`)).toBe(true);
  });

  it('should keep a quoted passage whose sentences the story does not say together', () => {
    const quote =
      '<blockquote><p>The apps never said no. Every one of them let me add a task at midnight.</p></blockquote>';
    expect(quoteIn(`${paragraph}${FILLER}${quote}`)).toBe(false);
  });

  it("should not count the quote's own paragraph as the story saying it", () => {
    const quote = '<blockquote><p>Paper is patient. Paper is also small enough to carry.</p></blockquote>';
    expect(quoteIn(`${FILLER}${quote}`)).toBe(false);
  });
});

describe('pullQuoteTest on a quoted line alone in a box in inline tags', () => {
  /** The story's last `<div>`, tested as the page's element (Readability reads it as a paragraph). */
  function lineBoxIn(story: string): boolean {
    const { document } = parseHTML(`<html><body><article>${story}</article></body></html>`);
    const root = document.querySelector('article') as unknown as Element;
    const boxes = [...root.querySelectorAll('div')] as unknown as Element[];
    const box = boxes[boxes.length - 1] as Element;
    return pullQuoteTest(root)(box, box);
  }

  it('should find a quoted line in a span alone in its box, part of a longer paragraph (a hashed template)', () => {
    expect(
      lineBoxIn(
        `${SAID}${FILLER}<div class="css-1cz5l0u"><span class="css-qvhkeb">“We should be doing everything we can to bring people into the city”</span></div>`,
      ),
    ).toBe(true);
  });

  it.each([
    [
      'a quoted line in a box that the story does not repeat (a div-built paragraph)',
      `${FILLER}<div><span>“The harbour wall will be rebuilt in stone, as it was in 1850, and it will last.”</span></div>`,
    ],
    [
      'a box whose quoted line sits over a paragraph',
      `${SAID}<div><span>“We should be doing everything we can to bring people into the city”</span><p>The council meets again in March.</p></div>`,
    ],
    [
      'an unquoted line in a box whose words the story repeats',
      `${SAID}<div><span>We should be doing everything we can to bring people into the city</span></div>`,
    ],
  ])('should keep %s', (_case, story) => {
    expect(lineBoxIn(story)).toBe(false);
  });
});
