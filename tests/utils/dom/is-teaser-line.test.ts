import { describe, expect, it } from 'vitest';
import { isTeaserLine } from '../../../utils/dom/is-teaser-line';

/** The line and how many of its characters are link text: the part after `|` is the link. */
const split = (marked: string): [string, number] => {
  const [before = '', link = ''] = marked.split('|');
  return [before + link, link.length];
};

describe('isTeaserLine', () => {
  it.each([
    'Related: |Flood defences along the river to be reviewed',
    'Read more: |How the flood changed the town centre',
    'Previously: |The week in pictures',
    'Original Post: |https://example.org/2024/03/riverside-library',
    'Watch: |The library reopens in ninety seconds',
    'Next Post: |What happened to the old reading room?',
    'Read: |Why we can’t sit still anymore',
    'Lire aussi |La gratuité des transports publics séduit de plus en plus de villes',
    'LEGGI ANCHE |Mercati rionali, sei su dieci hanno perso banchi',
    'Leia também: |Tarifa de ônibus sobe para R$ 4,80',
    'Читайте также |Паром отменили из-за шторма',
    'Bekijk ook: |Boeren in de uiterwaarden halen vee op stal',
    "Don't miss: |The best Christmas markets to visit this year",
    'Baca juga: |Kemarau Panjang, 40 Desa Kekurangan Air Bersih',
    'ये भी पढ़ें: |Kanpur: मेट्रो के दूसरे कॉरिडोर पर ट्रायल रन अगले महीने',
    'हेही वाचा - |मुळशी धरणात ९२ टक्के पाणीसाठा; उन्हाळ्यात टंचाई नाही',
    'আরও পড়ুন: |দু’বছর পরে ফের রামরাজাতলার মেলা',
    'இதையும் படிக்க: |வைகை அணையில் இருந்து பாசனத்துக்கு தண்ணீர் திறப்பு',
    'ഇതും വായിക്കുക: |കയർ സംഘങ്ങൾക്ക് പുതുജീവൻ',
    'İlgili Haberler |Metroda yeni hat için tarih verildi',
    'Review the study: |Gastroenterology',
    'Read the full study: |Night shift work and heart rhythm',
    'Lea más aquí: |Tras las inundaciones, vecinos exigen mejoras en el drenaje',
    'Relacionado: |Dónde conseguir comida gratis esta temporada de fiestas',
    'MIRA: |Volcán activo: reportan leve aumento de sismos en la zona sur',
    'Mirá: |Así quedó la costanera después del temporal',
    'Veja: |Como fica o trânsito no feriado',
    'Te recomendamos: |Los mejores tacos de la colonia Roma',
    'LE RECOMENDAMOS: |Así será el pico y placa este lunes',
    'TAMBIÉN PUEDES LEER: |Cierran playas del sur por oleaje anómalo',
    'Podría interesarte: |Qué hacer si tu vuelo se cancela',
    'VER MÁS: |Cronología del conflicto',
    '– Leggi anche: |La stagione dei funghi porcini è stata la peggiore da decenni',
    '- Read more: |How the flood changed the town centre',
    'Magazine: |Meet the people running ferry nodes from their spare rooms',
    'From the magazine: |The last lighthouse keeper of the north coast',
  ])('should read %j as a teaser', (marked) => {
    expect(isTeaserLine(...split(marked))).toBe(true);
  });

  it.each([
    'Twitter: @riversidecourier',
    'YouTube: www.youtube.com/user/riversidecourier',
    'Website: riverside.example',
  ])('should read the profile line %j as a teaser', (line) => {
    expect(isTeaserLine(line, 0)).toBe(true);
  });

  it.each([
    'The ferry timetable changes next week, with two new crossings each day |Read more...',
    'Ten new titles arrive for the children’s wing of the riverside library |Continue reading →',
    'The council publishes its harbour plan for the next ten years on Monday |Read the full story »',
  ])('should read the excerpt %j as a teaser', (marked) => {
    expect(isTeaserLine(...split(marked))).toBe(true);
  });

  it.each([
    'Sign up for the Harbour Courier’s Tide Line newsletter. |Get the week’s coast news, from ferries to fish prices.',
    'Editor’s Note: A version of this story appears in our Tide Line newsletter. To get it in your inbox, |sign up here.',
    'Get the morning briefing in your inbox: |subscribe to our free newsletter',
    "[Plus de 80 000 lecteurs font confiance à la newsletter de La Gazette pour comprendre le monde. |Abonnez-vous aujourd'hui]",
    '¿Le gustó este artículo? |Suscríbase a nuestra newsletter semanal.',
  ])('should read the linked newsletter pitch %j as a teaser', (marked) => {
    expect(isTeaserLine(...split(marked))).toBe(true);
  });

  it.each([
    'Simak berita pilihan kami langsung di ponselmu. Akses berita kami di WhatsApp Channel : |https://wa.example/channel',
    'Follow our Telegram channel for breaking news: |t.example/harbournews',
    'For access to all our exclusive celebrity videos and interviews – |Subscribe on YouTube!',
    '|Subscribe to our YouTube channel',
  ])('should read the linked channel pitch %j as a teaser', (marked) => {
    expect(isTeaserLine(...split(marked))).toBe(true);
  });

  it.each([
    'The ministry announced the measures on its WhatsApp channel on Tuesday, a spokesman said.',
    'Baca juga buku panduan yang dibagikan dinas kepada para petani di Indramayu.',
    'यह भी पढ़ें कि नगर निगम ने पिछले साल क्या वादा किया था।',
    'Read the study: the authors say the test missed one cancer in five.',
  ])('should keep the unlinked sentence %j', (line) => {
    expect(isTeaserLine(line, 0)).toBe(false);
  });

  it.each([
    'Fans rushed to subscribe on YouTube after the |trailer dropped.',
    'The singer asked fans to |subscribe on YouTube',
  ])('should keep the linked sentence %j about a channel', (marked) => {
    expect(isTeaserLine(...split(marked))).toBe(false);
  });

  it.each([
    ['no link', 'Residents can sign up for the council’s flood newsletter at the library desk.|'],
    [
      'a long paragraph about a newsletter',
      `The council's newsletter, which ${'residents could sign up for at the library, '.repeat(6)}closed in May, the |report said.`,
    ],
    ['a link but no sign-up', 'The |council newsletter reported that the ferry would return in May.'],
    [
      'a French report of a newsletter, no imperative',
      'La |newsletter de la mairie annonçait lundi que les abonnés recevront la carte des travaux.',
    ],
    [
      'a French imperative without a link',
      'Abonnez-vous à la newsletter de la mairie pour recevoir la carte des travaux.|',
    ],
  ])('should not read a newsletter mention with %s as a teaser', (_case, marked) => {
    expect(isTeaserLine(...split(marked))).toBe(false);
  });

  it('should read a label set apart by a bar ("Also Read | <link>") as a teaser', () => {
    const title = 'Harbour Ferry Fares To Go Up By 20 Pence From January';
    expect(isTeaserLine(`Also Read | ${title}`, title.replace(/\s+/g, '').length)).toBe(true);
  });

  it.each([
    ['ALSO WATCH | ', 'Hospitals send SOS as oxygen stocks run low', true],
    ['Also watch: ', 'How the ferry crossing was rebuilt', true],
    ['Also watch for ', 'the lantern parade on the quay', false],
  ])('should read %j before a linked title as a teaser only as a label', (label, title, teaser) => {
    expect(isTeaserLine(label + title, title.replace(/\s+/g, '').length)).toBe(teaser);
  });

  it('should not read a sentence with a bar in it as a teaser', () => {
    const line = 'Read the report | the council says the ferry will run all winter';
    expect(isTeaserLine(line, 0)).toBe(false);
  });

  it('should count the closing link without its spaces', () => {
    expect(
      isTeaserLine('The ferry timetable changes next week, with two new crossings each day Read more...', 11),
    ).toBe(true);
  });

  it.each([
    ['an unlinked closing phrase', 'The ferry timetable changes next week, with two new crossings. Read more|'],
    ['a bare closing link with no excerpt', 'Ferries |Read more...'],
    ["a 'Don't miss:' sentence with no link", "Don't miss: the lantern parade starts at six on the quay.|"],
    [
      'a dashed aside reading on into a link',
      '– Leggi anche il rapporto della Regione, che elenca i comuni a rischio e i lavori previsti: |il testo completo',
    ],
  ])('should not read %s as a teaser', (_case, marked) => {
    expect(isTeaserLine(...split(marked))).toBe(false);
  });

  it('should not read a sentence ending in "read more", with a link elsewhere, as a teaser', () => {
    const line = 'The council report is online, where residents can read more';
    expect(isTeaserLine(line, 'councilreport'.length)).toBe(false);
  });

  it.each([
    ['a title with a colon, linked whole', '|Ines Castellano: How we rebuilt the library'],
    ['a round-up entry under its own label', 'Books: |Ten new titles for the children’s wing'],
    ['a labelled sentence without a link', 'Related: the council also voted on the pool.|'],
    ['a "Read:" sentence without a link', 'Read: the council report runs to forty pages and names every street.|'],
    ['prose after the label with a small link', 'Related: the council will meet again in May to publish its |report'],
    ['a profile label followed by prose', 'Twitter: the account was restored on Monday.|'],
    ['no label', '|Flood defences along the river to be reviewed'],
    ['a magazine’s name without a link', 'Magazine: Harbour Life, spring issue, page 12|'],
    ['a sentence opening with "Mira" and a link', 'Mira cómo quedó |la plaza después de la obra'],
    ['"Veja" with a bar, no colon', 'Veja | Como fica o trânsito no feriado'],
    [
      '"Mira:" before prose with a small link',
      'Mira: el municipio publicará el |cronograma el lunes, dijo el alcalde.',
    ],
    ['a recommending sentence without a colon', 'Te recomendamos visitar el |Museo de Arte de Lima'],
    ['"Ver más" and a link with no colon', 'Ver más |fotos del desfile'],
  ])('should not read %s as a teaser', (_case, marked) => {
    expect(isTeaserLine(...split(marked))).toBe(false);
  });

  /** Like `split`, but counting link characters without spaces, as the page walk does. */
  const linked = (marked: string): [string, number] => {
    const [line, chars] = split(marked);
    const link = marked.slice(marked.indexOf('|') + 1);
    return [line, chars - (link.length - link.replace(/\s+/g, '').length)];
  };

  it.each([
    '|STATE LAWMAKERS PUSH TO REVERSE CONTROVERSIAL PAROLE CHANGES',
    '|CLICK HERE TO GET THE FOX NEWS APP',
    '|FERRY FARES TO RISE 10% IN SPRING: WHAT RIDERS NEED TO KNOW',
    '• |HARBOUR BOARD NAMES NEW CHAIR',
  ])('should read the linked promo in capitals %j as a teaser', (marked) => {
    expect(isTeaserLine(...linked(marked))).toBe(true);
  });

  it.each([
    ['an unlinked subheading in capitals', 'WHAT RIDERS NEED TO KNOW|'],
    ['capitals with only part linked', 'THE HARBOUR BOARD SAID ON MONDAY THAT |FARES WILL RISE'],
    ['a linked sentence', '|The harbour board said fares will rise in the spring.'],
    ['two linked words in capitals', '|FERRY FARES'],
    ['a linked acronym inside prose', 'The |NASA report was published on Monday, the agency said.'],
  ])('should not read %s as a promo', (_case, marked) => {
    expect(isTeaserLine(...linked(marked))).toBe(false);
  });

  it.each([
    'This article originally appeared on The Harbour Courier: |Retired ferry captain opens a museum',
    'This story was originally published by Coast News: |Ferry fares to rise in spring',
    'This story was originally featured on |Fortune.com',
    'Originally published as |Ferry fares to rise in spring',
    'First published on |The Harbour Courier.',
    'Read the original article on |Business Insight',
    'Read the full story at |The Harbour Courier.',
    'This article originally appeared in |The Desert Science Review and is republished with permission.',
    'Originally published on |ledger.example, part of the BLOX Digital Content Exchange.',
    'This story was originally published November 20, 2026, 9:02 AM. Read the original article on |Metro Ledger.',
    'Originally published by the Ledger. Read the full story at |The Ledger.',
    'This article first appeared on |The Canyon Current and is republished here under a Creative Commons license.',
    'This story was first published in |Statehouse Wire and is republished under a CC BY-ND license.',
    'This post originally appeared on |Harbour Review and was published May 3, 2021. This article is republished here with permission.',
  ])('should read the linked syndication note %j as a teaser', (marked) => {
    expect(isTeaserLine(...linked(marked))).toBe(true);
  });

  it.each([
    ['a credit without a link', 'This story originally appeared on ZDNet under the headline: Ferry apps compared|'],
    [
      'a note with an unlinked title',
      'This article originally appeared on The Harbour Courier: Retired captain opens a museum|',
    ],
    ['a site note without a link', 'This story was originally featured on Fortune.com|'],
    ['a first-publication note without a link', 'Originally published as Ferry fares to rise in spring|'],
    ['a pointer to the original without a link', 'Read the original article on Business Insight|'],
    [
      'a sentence pointing to a linked report',
      'Read the original article on the council website, where |the full report is published with its maps.',
    ],
    [
      'a sentence about a first edition with a linked title in it',
      'Originally published in 1851, the novel sold fewer than 3,000 copies in its first year, says |Harper & Brothers',
    ],
    [
      'a republication note without a link',
      'This article originally appeared in The Desert Science Review and is republished with permission.|',
    ],
    [
      'a Creative Commons republication note without a link',
      'This article first appeared on The Canyon Current and is republished here under a Creative Commons license.|',
    ],
    [
      'a first publication and its date, then the story going on',
      'This story first appeared in |The Ledger and was published on Monday. The council voted again a week later.',
    ],
    [
      'a first publication, then a licence the story is about',
      'This post first appeared on |Harbour Review and was published May 3. This photo is reproduced under the museum licence it sued over.',
    ],
    [
      'a network note without a link',
      'Originally published on ledger.example, part of the BLOX Digital Content Exchange.|',
    ],
    [
      'a first-publication sentence followed by an unlinked pointer',
      'The report was originally published in 2019. Read the original article on the council website|',
    ],
    [
      'prose about a story first published elsewhere, then a linked pointer',
      'The novel was originally published in 1851 and sold badly. Read the full story at |The Ledger.',
    ],
  ])('should not read %s as a teaser', (_case, marked) => {
    expect(isTeaserLine(...linked(marked))).toBe(false);
  });
  it.each([
    'Lire aussi le rapport du conseil, publié lundi, qui recense les rues inondées.',
    'Saiba mais sobre o programa no site da prefeitura.',
    'Bekijk ook de kaart van de gemeente met alle afgesloten wegen.',
  ])('should not read %j, a sentence opening with a read-also word and no link, as a teaser', (line) => {
    expect(isTeaserLine(line, 0)).toBe(false);
  });
  it.each([
    'Recommended: |The best restaurants in Peckham',
    'Did you see? |The oldest pie and mash shop is reopening',
    'Further reading: |How the ferry timetable was drawn up',
    'More reading: |How to really listen to your kids',
    'You might also like: |Ten harbour walks for a winter weekend',
    'Looking for more? See |the guide to breakfast tacos.',
    'Go deeper: |The climate insurance crisis is coming for everyone',
  ])('should read the travel and food pointer %j as a teaser', (marked) => {
    expect(isTeaserLine(...split(marked))).toBe(true);
  });

  it.each([
    ['an unlinked question before a sentence', 'Did you see? The harbour lights were switched on at dusk.|'],
    ['a recommendation in prose', 'Recommended: arrive early, as the ferry fills by eight.|'],
    [
      'a smart-brevity label before prose',
      'Go deeper: the fund holds |three reports| on the ferry, all from 2024 and all unread.',
    ],
    ['a question label not on the list', 'Why? |Because the ferry was late'],
  ])('should not read %s as a teaser', (_case, marked) => {
    expect(isTeaserLine(...split(marked))).toBe(false);
  });
});

describe('isTeaserLine on Argentine read-also labels', () => {
  it.each([
    'LEÉ TAMBIÉN: |Cortes de agua en Alto Quillén: la cooperativa explicó qué pasó',
    'Leé también |Qué pasa con el dólar',
  ])('should read %j as a teaser', (marked) => {
    expect(isTeaserLine(...split(marked))).toBe(true);
  });

  it('should not read a sentence that only starts with the word "Leé" as a teaser', () => {
    expect(isTeaserLine('Leé el pliego antes de la apertura de sobres, pidió el concejal.', 0)).toBe(false);
  });
});

describe('isTeaserLine, Colombian "Le puede interesar"', () => {
  it('should read a "Le puede interesar:" link line as a teaser', () => {
    expect(
      isTeaserLine(...split('Le puede interesar: |Metro de Bogotá: así avanzan las obras en la avenida Caracas')),
    ).toBe(true);
  });

  it('should keep a sentence that starts with the same words and has no link', () => {
    expect(isTeaserLine('Le puede interesar saber que el cable cierra a las 8 los domingos.', 0)).toBe(false);
  });
});

describe('isTeaserLine on Filipino read-also labels', () => {
  it.each([
    'BASAHIN: |Lumang tulay sa Sapang Bato, isinara dahil sa bitak',
    'Basahin din: |Presyo ng bigas sa lalawigan, bumaba ng P2',
    'TINGNAN DIN: |Tatlong paaralan, binaha sa malakas na ulan',
  ])('should read %j as a teaser', (marked) => {
    expect(isTeaserLine(...split(marked))).toBe(true);
  });

  it.each([
    'Basahin ang buong pahayag ng alkalde |dito.',
    'Basahin din ninyo ang mga paalala ng barangay bago umalis ng bahay, sabi ni Bautista.',
  ])('should keep the sentence %j', (marked) => {
    expect(isTeaserLine(...split(marked))).toBe(false);
  });
});
