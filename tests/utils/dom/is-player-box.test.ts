import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isPlayerBox } from '../../../utils/dom/is-player-box';

const box = (html: string): Element => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const element = document.body.firstElementChild;
  if (!element) throw new Error('no element');
  return element as unknown as Element;
};

const PROSE =
  'The council approved the budget on Monday after a long debate about the future of the town centre. Officials ' +
  'said the plan would cost about four million pounds over three years, with most of it going on repairs to roads.';

/** A lead video's title as JW Player draws it over the clip and the template repeats it as the caption. */
const DRAWN_TITLE = 'Harbour bridge: residents face long detours as the crossing stays shut for winter';
const UP_NEXT = 'Mayor announces a fares freeze for the night buses';

describe('isPlayerBox', () => {
  it.each([
    [
      'an empty named player and a teaser caption',
      '<div><div class="jw-player"></div><p>Drone footage shows the flood.</p></div>',
    ],
    [
      'a player placeholder and a title with its length',
      '<div><div id="player-placeholder-1"></div><span>Watch: the flood</span><span>1:32</span></div>',
    ],
    ['a video element and a caption', '<div><video src="a.mp4"></video><p>Crews clear the road.</p></div>'],
    [
      'a video host frame and a caption',
      '<div><iframe src="https://www.youtube.com/embed/x"></iframe><p>Highlights.</p></div>',
    ],
    [
      'a hashed video box with its label, a play button, a title and a running time',
      '<div class="a1"><div class="b2">Recommended video</div><div class="c3"><button aria-label="Play video">Play</button><span>Why ferries run late</span><span>3:21</span></div></div>',
    ],
    ['a "Watch now" button beside a title', '<aside><button>Watch now</button><p>The flood, from above.</p></aside>'],
    [
      'an audio player with a French "Écouter" button, a running time and the show title',
      '<div class="x1"><button aria-label="Écouter">Écouter</button><span>03:12</span><span>La colère des producteurs</span></div>',
    ],
    ['a "Listen" button beside a title', '<div><button>Listen</button><span>The ferry podcast</span></div>'],
    [
      'a hashed Dailymotion box: a French "Lecture" button in the player, the caption beside it',
      '<div class="x1"><div class="x2"><button class="x3">Lecture</button></div><p class="x4">VIDÉO. Pourquoi les piscines ferment</p></div>',
    ],
    [
      'a hashed video card: an empty slot, a title and a running time',
      '<div class="x1"><div class="x2"></div><div class="x3">Commissioners vote on mill site</div><div class="x4">2:14</div></div>',
    ],
    [
      'a hashed video card: a "Watch:" label, a title and an empty slot',
      '<div class="x1"><div class="x2">Watch:</div><div class="x3">Library board votes on hours</div><div class="x4"></div></div>',
    ],
    [
      "a lead video: the play button on the poster inside the player, and the reporter's caption beside the player",
      '<div class="x1"><div class="x2"><div class="x3"><img src="p.jpg"><button aria-label="Play video">Play video</button></div><div class="x4"><h2>Watch: Rescuers reach the crevasse</h2><span>2:47</span></div><a href="/t">Read the transcript</a></div><p>Our correspondent Ruth Alderson reports from Harnfell</p></div>',
    ],
    [
      "a league site's video card: a poster with the running time on it, the clip's title and blurb",
      '<div class="x1"><div class="x2"><div class="x3"><img src="p.jpg" alt=""><span>0:48</span></div><div class="x4"><h3>Marchetti buries rebound</h3><p>Luca Marchetti finds the net to give the Hawks a 1-0 lead</p></div></div></div>',
    ],
    [
      'a hashed card: a picture and an hour-long running time, the title beside it',
      '<div class="x1"><div class="x2"><picture><img src="p.jpg"></picture><span>1:02:37</span></div><span>The full press conference</span></div>',
    ],
    [
      'a lead video whose title and caption the template indents on lines of their own',
      `<div class="x1">${'\n' + ' '.repeat(60)}<div class="x2"><iframe src="https://www.youtube.com/embed/x"></iframe></div>${[
        'Police search for gunman after midday shooting',
        'Investigators canvassed the block and collected video from nearby businesses.',
        'Published: 1:02 PM June 14',
      ]
        .map((line) => `${'\n' + ' '.repeat(60)}<div class="x3">${line}</div>`)
        .join('')}${'\n' + ' '.repeat(40)}</div>`,
    ],
    [
      'a drawn player (title bar, clock, "Up Next" strip) over a caption, with more words than a caption alone',
      `<div class="x1"><div class="x2"><div class="x3">${DRAWN_TITLE}</div><div class="x4"><button aria-label="Play">Play</button><span>00:00</span><span>01:46</span></div><div class="x5"><span>Up Next</span><span>${UP_NEXT}</span></div></div><p>${DRAWN_TITLE}</p></div>`,
    ],
  ])('should read %s as a player box', (_case, html) => {
    expect(isPlayerBox(box(html))).toBe(true);
  });

  it.each([
    ['a player box that also holds story text', `<div><div class="jw-player"></div><p>${PROSE}</p></div>`],
    [
      'a player box that also holds story text, its lines indented',
      `<div>\n      <div class="jw-player"></div>\n      <p>${PROSE}</p>\n    </div>`,
    ],
    [
      'a frame from no video host',
      '<div><iframe src="https://maps.example.com/embed"></iframe><p>The route.</p></div>',
    ],
    [
      'a sports block with an empty player photo',
      '<div><div class="player-photo"></div><p>Harry Lee scored twice.</p></div>',
    ],
    ['a named player that shows text', '<div><div class="video-player">Play</div><p>The route.</p></div>'],
    [
      'a heading with a video frame in it',
      '<h3>Puzzle Saga - a tile-matching RPG (2007) <iframe src="https://www.youtube.com/embed/x"></iframe></h3>',
    ],
    [
      'a paragraph with a video frame in it',
      '<p>Watch the trailer: <iframe src="https://www.youtube.com/embed/x"></iframe></p>',
    ],
    ['a paragraph with no player', '<div><p>Crews clear the road.</p></div>'],
    [
      'a live blog entry: an empty icon, its time and its post in a paragraph',
      '<div><span class="x1"></span><time>10:45</time><p>Police arrive at the scene.</p></div>',
    ],
    ['a time and a title without an empty slot', '<div><span>2:14</span><span>Commissioners vote</span></div>'],
    ['an empty slot and a title without a mark', '<div><div></div><div>Commissioners vote on mill site</div></div>'],
    ['a play button beside story text', `<div><button aria-label="Play">Play</button><p>${PROSE}</p></div>`],
    ['a button of another kind', '<div><button>Share</button><p>Crews clear the road.</p></div>'],
    ['a listen button beside story text', `<div><button>Écouter</button><p>${PROSE}</p></div>`],
    ['a button that says more than listen', '<div><button>Écouter la radio</button><span>Le direct</span></div>'],
    ['a "Lecture" button beside story text', `<div><button>Lecture</button><p>${PROSE}</p></div>`],
    ['a button that says more than "Lecture"', '<div><button>Mode lecture</button><span>Plus confortable</span></div>'],
    [
      'a player deeper than a child (the inner box is the player box)',
      '<div><div><div class="jw-player"></div></div><p>Caption.</p></div>',
    ],
    [
      'a play button three levels down beside story text',
      `<div><div><div><button aria-label="Play video">Play video</button></div></div><p>${PROSE}</p></div>`,
    ],
    [
      'a play button deeper than three levels',
      '<div><div><div><div><button aria-label="Play video">Play video</button></div></div></div><p>Caption.</p></div>',
    ],
    [
      "a live post: the writer's picture and the <time> it was posted, the post beside them",
      '<div><div><img src="avatar.jpg" alt=""><time>10:45</time></div><p>Police arrive at the scene.</p></div>',
    ],
    [
      'a photo with a caption that gives a time in words',
      '<div><div><img src="p.jpg" alt=""><span>The winner crossed the line in 2:14.</span></div></div>',
    ],
    [
      'a picture beside a time and more text in the same box',
      '<div><div><img src="p.jpg" alt=""><span>2:14</span><span>Commissioners vote</span></div></div>',
    ],
    [
      'a timed poster beside story text',
      `<div><div><img src="p.jpg" alt=""><span>4:52</span></div><p>${PROSE}</p></div>`,
    ],
    [
      'a drawn player beside story text',
      `<div><div><div>${DRAWN_TITLE}</div><div><button aria-label="Play">Play</button><span>00:00</span></div></div><p>${PROSE}</p></div>`,
    ],
    [
      'a block holding a play button and paragraphs of its own, beside a caption',
      `<div><div><div><button aria-label="Play">Play</button></div><p>${PROSE.slice(0, 150)}</p></div><p>${DRAWN_TITLE}</p></div>`,
    ],
  ])('should not read %s as a player box', (_case, html) => {
    expect(isPlayerBox(box(html))).toBe(false);
  });
});

describe('isPlayerBox, play buttons labelled in other languages', () => {
  it.each([
    [
      'a Dutch video box with its heading, button, time and caption',
      '<div><h4>Bekijk hier de video</h4><div><button aria-label="Speel video af">Speel video af</button><span>01:05</span></div><p>Omgewaaide bomen in Haarlem</p></div>',
    ],
    [
      'a Dutch embed labelled "Video afspelen"',
      '<div><div><button aria-label="Video afspelen">Afspelen</button><span>1:42</span></div><p>Zo hoog stond het water vorige week bij Zutphen</p></div>',
    ],
    [
      'a Swedish clip',
      '<div><div><button aria-label="Spela video">Spela</button></div><p>Se klippet: Så ser fuktskadorna ut i taket.</p></div>',
    ],
  ])('should read %s as a player box', (_case, html) => {
    expect(isPlayerBox(box(html))).toBe(true);
  });

  it.each([
    [
      'a Dutch play button beside story text',
      `<div><button aria-label="Afspelen">Afspelen</button><p>${PROSE}</p></div>`,
    ],
    [
      'a button that says more than play',
      '<div><button>Spela upp hela programmet i SVT Play</button><span>Rapport</span></div>',
    ],
  ])('should not read %s as a player box', (_case, html) => {
    expect(isPlayerBox(box(html))).toBe(false);
  });
});

describe('isPlayerBox with a link standing for the play button', () => {
  it.each([
    [
      'a link to "#"',
      '<div><div><div><a href="#">Play</a></div><div><p>Diesel prices hit four-year high</p><p>01:58</p></div></div></div>',
    ],
    [
      'a link with role="button"',
      '<div><div><a role="button" href="/video/5835002331001">Play video</a></div><p>Diesel prices hit four-year high</p></div>',
    ],
  ])('should find the video box behind %s', (_case, html) => {
    expect(isPlayerBox(box(html))).toBe(true);
  });

  it('should keep a box whose "Play" link goes to a page (a link of the story)', () => {
    expect(
      isPlayerBox(box('<div><p><a href="/theatre/play">Play</a></p><p>The festival opens on Friday.</p></div>')),
    ).toBe(false);
  });
});

describe('isPlayerBox, a video frame in a wrapper of its own', () => {
  it.each([
    [
      "Chorus's Volume player in its media wrapper, with a caption",
      '<div class="a1"><div class="b2"><iframe src="https://volume.vox-cdn.com/embed/4f2a"></iframe></div><p class="c3">How scooters took over the sidewalks.</p></div>',
    ],
    [
      'a responsive wrapper around a YouTube frame',
      '<figure><div class="embed-container"><iframe src="https://www.youtube.com/embed/x"></iframe></div><figcaption>The demo.</figcaption></figure>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isPlayerBox(box(html))).toBe(true);
  });

  it.each([
    [
      'a wrapper around a frame of another kind (a map)',
      '<div><div class="embed"><iframe src="https://maps.example.com/embed?q=harbour"></iframe></div><p>The route.</p></div>',
    ],
    [
      'a wrapped video frame beside a paragraph of the story',
      `<div><div class="embed"><iframe src="https://www.youtube.com/embed/x"></iframe></div><p>${PROSE}</p></div>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isPlayerBox(box(html))).toBe(false);
  });
});

describe('isPlayerBox, a Flash player of the years before HTML5 video', () => {
  it.each([
    [
      "BBC News' EMP holder (object and noscript fallback) over the clip's description",
      '<div class="videoInStoryB"><div id="emp-1" class="emp"><noscript><div class="warning"><p><strong>Please turn on JavaScript.</strong> Media requires JavaScript to play.</p></div></noscript>' +
        '<object width="448" height="252" data="http://emp.example.co.uk/emp/SMPj/2.0.24/Player.swf" type="application/x-shockwave-flash"><param name="flashvars" value="playlist=x" /></object></div>' +
        '<div class="emp-decription">Our reporter rode the early ferry with the milk tanker</div></div>',
    ],
    [
      'an <embed> of the Flash type beside a caption',
      '<div><embed src="/player/video" type="application/x-shockwave-flash" width="400" height="300" /><p>Crews clear the road.</p></div>',
    ],
    [
      'an <object> loading an .swf file, no type given',
      '<div><object data="/flash/player.swf?clip=12" width="400" height="300"></object><span>The flood, from above.</span></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isPlayerBox(box(html))).toBe(true);
  });

  it.each([
    [
      'an <object> showing a PDF, with its caption',
      '<div><object data="/files/budget.pdf" type="application/pdf"></object><p>The budget document.</p></div>',
    ],
    [
      'an SVG chart <object> with its note',
      '<div><object data="/charts/ferries.svg" type="image/svg+xml"></object><p>Ferry fares since 2008.</p></div>',
    ],
    [
      'a Flash player beside a paragraph of the story',
      `<div><object type="application/x-shockwave-flash" data="/p.swf"></object><p>${PROSE}</p></div>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isPlayerBox(box(html))).toBe(false);
  });
});
