import { describe, expect, it } from 'vitest';
import { isAppealBox } from '../../../utils/dom/is-appeal-box';
import { elementOf } from './element-of';

const ASK =
  '<p>At the Harbour Ledger we believe everyone deserves good local journalism. Will you support our reporting?</p>';

describe('isAppealBox', () => {
  it.each([
    ['a box with a support link', `<div class="css-1x2y">${ASK}<a href="/support">Support the Ledger</a></div>`],
    ['a box with a donate button', `<section><h4>Fund our journalism</h4>${ASK}<button>Donate</button></section>`],
    [
      'amount buttons',
      `<aside><div>Will you support our explanatory journalism?</div>${ASK}<a href="/give?a=10">Yes, I'll give $10/month</a></aside>`,
    ],
    [
      'a supporter promo',
      '<div><p>The Ledger is supported by our audience. Become a supporter to help fund our journalism.</p><a href="/s">Become a Supporter</a></div>',
    ],
    [
      'a membership appeal with a join button',
      '<div><h4>You’re a dedicated reader</h4><p>We haven’t put up a paywall. But as the journalism we do is costly, we invite readers to help support our work by joining the Ledger Community.</p><a href="/community">Join Our Community</a></div>',
    ],
    [
      'an appeal to keep the stories free, without the word journalism',
      '<div><h3>Readers like you are keeping these stories free for everyone...</h3><p>A mix of advertising and supporting contributions helps keep paywalls away from valuable information like this article.</p><a href="/c">Learn More</a><a href="/c">Support the Ledger</a></div>',
    ],
    [
      'a Russian donation box',
      '<div><h3>Поддержите независимую журналистику</h3><p>Без вашей помощи мы не сможем продолжать работу.</p><a href="/donate">Поддержать «Новую Европу»</a></div>',
    ],
    [
      'a Ukrainian donation box',
      '<div><div>Підтримайте Народну правду</div><div>Станьте частиною спільноти читачів, які підтримують незалежну журналістику.</div><a href="/support/">Підтримати</a></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isAppealBox(elementOf(html))).toBe(true);
  });

  it.each([
    ['the same box without a button', `<div>${ASK}</div>`],
    ['a paragraph of the story', `<p>${ASK}<a href="/support">Support the Ledger</a></p>`],
    [
      'a story about funding journalism with a link in it',
      '<div><p>The foundation said it would fund local journalism in five towns.</p><p>Read the <a href="/report">report</a>.</p></div>',
    ],
    [
      'a long section of the story',
      `<div>${'<p>The council said it would support the harbour plan and fund our journalism school for years to come.</p>'.repeat(12)}<a href="/support">Support</a></div>`,
    ],
    [
      'a box asking for help with something else',
      '<div><p>Support the harbour clean-up this Saturday.</p><a href="/signup">Support us</a></div>',
    ],
    [
      'a box inviting readers to a club meeting',
      '<div><p>The rowing club meets every Sunday at the harbour; new members are welcome.</p><a href="/club">Join the Club</a></div>',
    ],
    [
      'a story box about a paywall with a link that is no call to action',
      '<div><p>The Ledger said it would support its readers by dropping the paywall on storm coverage.</p><a href="/storm">Storm updates</a></div>',
    ],
    [
      'a Russian story box about supporting journalism with a link that is no call to action',
      '<div><p>Фонд пообещал поддержать независимую журналистику в регионах.</p><a href="/report">Отчет фонда</a></div>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(isAppealBox(elementOf(html))).toBe(false);
  });
});

describe('isAppealBox: appeals told by their words when the names are hashed', () => {
  it.each([
    [
      'a ban and a plea to keep reporting',
      '<div class="css-1"><div class="css-2">Meduza needs your help</div><p>The authorities have banned Meduza and made it a crime to support us. We rely on readers abroad to keep reporting from inside Russia. Every donation helps.</p><a class="css-3" href="/support">Support Meduza</a></div>',
    ],
    [
      "a plea heading over the ask and its reason in two paragraphs (the Guardian's epic)",
      '<div><h2>… we have a small favour to ask.</h2><p>Readers in 180 countries now support us financially.</p><p>That is why we keep our reporting open for all.</p><button>Continue</button></div>',
    ],
    [
      'an appeal whose paragraphs are runs set with <br> under its heading',
      '<div><h3>A note to readers</h3>We have no paywall. Readers support our work, and that keeps our journalism free.<br><br><a href="/join">Join our community</a></div>',
    ],
    [
      'an insider scheme',
      '<div><h4>Support Daily Maverick…</h4><p>Our journalism is free to read because thousands of Maverick Insiders pay for it.</p><a href="/insider">Become an Insider</a></div>',
    ],
    [
      'a station made possible by listeners',
      '<div><p><strong>Local news, supported by you.</strong> KVRN’s reporting is made possible by listeners like you. <a href="/donate">Give now</a> to keep it going.</p></div>',
    ],
    [
      'a nonprofit free to read',
      '<div><p>The Beacon is nonprofit and free to read. Support local reporting with a gift of any size.</p><a href="/donate/">Donate today</a></div>',
    ],
    [
      'a box under an appeal heading with a linked word',
      '<section><h2>On supporting science journalism</h2><p>If you’re enjoying this article, consider supporting our award-winning journalism by <a href="/get">subscribing</a>.</p></section>',
    ],
  ])('should take %s', (_case, html) => {
    expect(isAppealBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a section on a newsroom’s funding with a link',
      '<section><h2>Who pays for local news</h2><p>The Beacon is nonprofit and free to read; its budget is supported by three foundations, filings show.</p><a href="/report">the report</a></section>',
    ],
    [
      "a short story's block over its paywall prompt (the story's own 'give', the prompt's 'journalism')",
      '<div class="story-body">Regional airlines have lost 120 pilots in 18 months.<br><br>"We train them, we give them their hours, and the day they qualify they are gone," one chief executive said.<br><br><div class="paywall"><h3>Subscribe to read</h3><p>Unlock this story and enjoy unlimited access to our award-winning journalism.</p><a href="/subscribe">Subscribe now</a></div></div>',
    ],
    [
      'a heading on funding over prose',
      '<section><h2>Funding local journalism</h2><p>The state will support newsrooms with a tax credit, the governor said on Monday.</p></section>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(isAppealBox(elementOf(html))).toBe(false);
  });
});

describe('isAppealBox in Welsh and Irish', () => {
  it.each([
    [
      'a Welsh support box',
      '<div><h3>Cefnogwch newyddiaduraeth Gymraeg</h3><p>Mae\'r Gwyliwr yn dibynnu ar gefnogaeth ei ddarllenwyr. Tanysgrifiwch heddiw am £3 y mis.</p><a href="/t">Tanysgrifio</a></div>',
    ],
    [
      'an Irish support box',
      '<div><h3>Tacaigh le hiriseoireacht Ghaeilge</h3><p>Tá an suíomh ag brath ar léitheoirí.</p><a href="/t">Tabhair síntiús</a></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isAppealBox(elementOf(html))).toBe(true);
  });

  it('should leave a Welsh story paragraph block about journalism', () => {
    expect(
      isAppealBox(
        elementOf(
          '<div><p>Dywedodd y gweinidog y bydd y llywodraeth yn cefnogi newyddiaduraeth leol yn y gogledd.</p><p>Bydd y cynllun yn dechrau ym mis Ebrill.</p></div>',
        ),
      ),
    ).toBe(false);
  });
});

describe('isAppealBox on public media\'s "Make a gift" appeals', () => {
  it('should find a promo for independent reporting with a "Make a gift today" button', () => {
    expect(
      isAppealBox(
        elementOf(
          '<div class="x1a"><p class="x1b">You come to LAist because you want independent reporting and trustworthy local information.</p><p>Our nonprofit newsroom depends on readers. <a class="x1c" href="/support">Make a gift today</a></p></div>',
        ),
      ),
    ).toBe(true);
  });

  it('should leave story paragraphs about a gift to a newsroom, with a link in them', () => {
    expect(
      isAppealBox(
        elementOf(
          '<div><p>The foundation said it would make a gift of $2 million to the station to expand its local news team.</p><p>Read <a href="/release">the foundation’s statement</a>.</p></div>',
        ),
      ),
    ).toBe(false);
  });
});

describe("isAppealBox on a writer's own note asking for members", () => {
  it('should find the note with its "Become a member" button', () => {
    expect(
      isAppealBox(
        elementOf(
          '<div class="q1"><div class="q2"><p><strong>Note from the author:</strong></p><p>Hi, this is Ann Lee. I report on life in the river towns. Stories like this one take time and travel, and they are possible because our readers fund us. Consider becoming a member today.</p></div><a href="/membership/">Become a member</a></div>',
        ),
      ),
    ).toBe(true);
  });

  it('should leave a story box that says the same words about another outlet, without a button', () => {
    expect(
      isAppealBox(
        elementOf(
          '<div><p>Stories like this one take months, the paper’s editor said, and they are possible because of members who fund the newsroom.</p><p>Its <a href="/report">annual report</a> lists 4,000 of them.</p></div>',
        ),
      ),
    ).toBe(false);
  });
});

describe('isAppealBox, in Spanish', () => {
  it.each([
    [
      'a member-funded daily’s box',
      '<div class="hazte-socio-box"><p><strong>Público es posible gracias a sus socios.</strong> Defiende el periodismo que te cuenta lo que otros callan. <a href="/hazte-socio">Hazte socio</a></p></div>',
    ],
    [
      'an appeal with "Apóyanos"',
      '<section><p>El periodismo independiente cuesta dinero. Apoya nuestro trabajo con una cuota mensual.</p><a href="/socios">Apóyanos</a></section>',
    ],
  ])('should find %s', (_, html) => {
    expect(isAppealBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a story box on journalism with a link to read more',
      '<div><p>La asociación de la prensa pide más apoyo para el periodismo local tras el cierre de tres diarios.</p><a href="/noticia">Leer más</a></div>',
    ],
    [
      'a club’s box asking to join, no journalism in it',
      '<div><p>El club es posible gracias a sus socios.</p><a href="/socios">Hazte socio</a></div>',
    ],
  ])('should not find %s', (_, html) => {
    expect(isAppealBox(elementOf(html))).toBe(false);
  });
});

describe('isAppealBox: a plea heading over the pitch, its button only going on', () => {
  it.each([
    [
      'the contributions epic closing on "Continue" and a reminder',
      '<div class="dcr-1"><h2>… we have a small favour to ask.</h2><p>Millions are turning to the Ledger for open, independent news, and readers now support us financially.</p><p>That’s why we made a different choice: to keep our reporting open for all readers.</p><a href="/contribute">Continue</a><a href="/contribute">Remind me in July</a></div>',
    ],
    [
      'a "Since you’re here" box with a linked word',
      '<div><h3>Since you’re here…</h3><p>More people are reading the Ledger than ever. Our journalism stays free to read because readers support it: <a href="/give">chip in</a> today.</p></div>',
    ],
    [
      'the epic under a plea set as a styled <div>, no heading tag',
      '<div class="dcr-1"><div class="dcr-2">… we have a small favour to ask.</div><p>Millions are turning to the Ledger for open, independent news, and readers now support us financially.</p><p>That’s why we made a different choice: to keep our reporting open for all readers.</p><a href="/contribute">Continue</a><a href="/contribute">Remind me in July</a></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isAppealBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a travel story’s "Before you go" section',
      '<div><h3>Before you go</h3><p>Check whether the ferry is running: the harbour authority posts closures on its site. Local guides support visitors at the pier.</p><a href="/ferry">Ferry times</a></div>',
    ],
    [
      'a story box under a plea heading that asks for no support of journalism',
      '<div><h3>We need your help</h3><p>Police are asking anyone who saw the crash on the coast road to call the incident line.</p><a href="/appeal">Police appeal</a></div>',
    ],
    [
      'a travel story’s "Before you go" section under a styled <div>',
      '<div><div class="subhead">Before you go</div><p>Check whether the ferry is running: the harbour authority posts closures on its site. Local guides support visitors at the pier.</p><a href="/ferry">Ferry times</a></div>',
    ],
    [
      'a story block opening on a <div> of its own prose',
      '<div><div>Readers support the Ledger’s journalism, the editor said, and we have a small favour to ask of them.</div><p>The paper will hold its annual open day in May.</p><a href="/open-day">Open day</a></div>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(isAppealBox(elementOf(html))).toBe(false);
  });
});
