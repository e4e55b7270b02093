// A synthetic news page with many reader comments, for timing the parser at scale. Deterministic: the same count and
// seed always give the same text, so runs on different days and machines time the same input.

/** Distinct commenters; fewer than comments, so authors come back and @-replies find earlier comments. */
const AUTHOR_POOL = 800;
/** Shares of comments (0–1) that are replies of each kind, or noise. */
const SHARE_ADDRESSED = 0.2;
const SHARE_QUOTE = 0.06;
const SHARE_QUESTION = 0.05;
const SHARE_NOISE = 0.1;

const WORDS = (
  'the council water river bridge mayor city plan people budget farmers rain summer pipes court report minister ' +
  'price tax vote season harbour school road train market law year month week money town region coast north south'
).split(' ');
const NAMES = ['Ortiz', 'Halvorsen', 'Reyes', 'Achebe', 'Quintero', 'Natarajan', 'Osei', 'Kowal', 'Lindqvist'];
const PLACES = ['Valmora', 'Port Ilario', 'Alcena', 'Dunmore', 'Lake Senna', 'Eastbrook'];
const NOISE = [
  (r: Random) => `${sentence(r, 8).toUpperCase()} WAKE UP`,
  () => 'you are all idiots and morons',
  (r: Random) => `Best deals at www.deal${r.int(99)}.example and www.deal${r.int(99)}.example/now!!!`,
  () => 'ok',
  (r: Random) => `${sentence(r, 4)}!!!!!!!!!!`,
];

interface Random {
  next(): number;
  int(below: number): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: a tiny seeded generator, good enough to vary text; not for anything security-related. */
function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return { next, int, pick: (items) => items[int(items.length)] as (typeof items)[number] };
}

function sentence(r: Random, words: number): string {
  const parts = Array.from({ length: words }, () => r.pick(WORDS));
  if (r.next() < 0.4) parts.splice(r.int(parts.length), 0, r.pick(NAMES));
  if (r.next() < 0.3) parts.splice(r.int(parts.length), 0, `in ${r.pick(PLACES)}`);
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(r: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(r, 6 + r.int(14))).join(' ');
}

/** The generated page's parts, before they are laid out as text or HTML. */
export interface GeneratedPage {
  /** The header line's text after `date 2026-01-15 `. */
  lead: string;
  paragraphs: string[];
  credits: string;
  comments: { author: string; paragraphs: string[] }[];
}

/** The parts of a news page with `count` comments; the same count and seed always give the same parts. */
export function generatePageParts(count: number, seed = 42): GeneratedPage {
  const r = seeded(seed);
  const authors = Array.from({ length: AUTHOR_POOL }, (_, i) => `${r.pick(WORDS)}_${r.pick(WORDS)}${i}`);
  const lead = paragraph(r, 3);
  const paragraphs = Array.from({ length: 12 }, () => paragraph(r, 2 + r.int(4)));
  const credits = 'Bench Wire writer Ana Kowal contributed.© Copyright 2026 Bench Wire. All rights reserved.';
  const comments: GeneratedPage['comments'] = [];
  for (let i = 0; i < count; i++) {
    const author = r.pick(authors);
    const roll = r.next();
    const earlier = comments.length > 0 ? comments[Math.max(0, comments.length - 1 - r.int(30))] : undefined;
    let text: string[];
    if (roll < SHARE_NOISE) text = [r.pick(NOISE)(r)];
    else if (earlier && roll < SHARE_NOISE + SHARE_ADDRESSED)
      text = [`@${earlier.author} ${paragraph(r, 1 + r.int(3))}`];
    else if (earlier && roll < SHARE_NOISE + SHARE_ADDRESSED + SHARE_QUOTE)
      text = [`"${earlier.paragraphs[0] ?? ''}"`, paragraph(r, 2)];
    else if (roll < SHARE_NOISE + SHARE_ADDRESSED + SHARE_QUOTE + SHARE_QUESTION) {
      text = [`Does anyone know why the ${r.pick(WORDS)} ${r.pick(WORDS)} was ${r.pick(WORDS)}?`];
    } else text = Array.from({ length: 1 + r.int(4) }, () => paragraph(r, 1 + r.int(5)));
    comments.push({ author, paragraphs: text });
  }
  return { lead, paragraphs, credits, comments };
}

/** Page text in the shape of a saved news page: header, article, credits, count line, then `count` comments. */
export function generateCommentsPage(count: number, seed = 42): string {
  const page = generatePageParts(count, seed);
  const lines = [
    `date 2026-01-15 ${page.lead}`,
    ...page.paragraphs,
    page.credits,
    `${count} Comments`,
    'Login to comment',
  ];
  for (const comment of page.comments) lines.push(comment.author, ...comment.paragraphs);
  return `${lines.join('\n')}\n`;
}
