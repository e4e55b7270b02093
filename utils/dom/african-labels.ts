/**
 * Furniture labels of news sites in the African languages written in Latin script (Swahili, Hausa, Somali, Yoruba,
 * Igbo, Zulu, Kinyarwanda), as regex sources for the tables of foreign labels in `foreign-labels.ts`. Yoruba and Igbo
 * write their dotted vowels (ẹ, ọ, ụ) precomposed or as a letter and a combining dot below, and some sites leave the
 * dot out, so each of those is allowed.
 */

/** A Yoruba ẹ as sites set it: precomposed, e with a combining dot below, or a plain e. */
const YO_E = '(?:ẹ|e\\u0323?)';
/** An Igbo ụ and ọ, the same way. */
const IG_U = '(?:ụ|u\\u0323?)';
const IG_O = '(?:ọ|o\\u0323?)';

/**
 * Labels that send the reader to another story, over a link or a list of links: Swahili "Soma pia", "Soma zaidi"
 * (read also, read more), "Habari zinazohusiana" (related news); Hausa "Karanta kuma", "Karanta wannan" (read also,
 * read this), "Labarai masu alaka" / "Labarai masu alaƙa" (related news); Somali "Sidoo kale akhri", "Akhri sidoo
 * kale" (also read), "Warar la xiriira", "Wararka la xiriira" (related news); Yoruba "Ẹ tun le ka", "Ẹ tun ka" (read
 * also); Igbo "Gụọ kwa" (read also); Zulu "Funda nalokhu", "Funda futhi" (read this too, read also); Kinyarwanda "Soma
 * nanone" (read also), "Inkuru bifitanye isano" and "Inkuru zijyanye n'iyi" (related stories). Mwananchi, Taifa Leo,
 * the international broadcasters' Swahili, Hausa and Somali services, Aminiya, Leadership Hausa, Caasimada, Hiiraan,
 * Alaroye, Isolezwe and IGIHE print these over their read-also links.
 */
export const AFRICAN_READ_LABELS = [
  'soma (?:pia|zaidi|nanone)',
  'habari zinazohusiana',
  'karanta (?:kuma|wannan)',
  'labarai masu ala(?:k|ƙ)a',
  'sidoo kale (?:ka )?akhri',
  'akhri sidoo kale',
  'warar(?:ka)? la xiriira',
  `${YO_E} tun (?:le )?ka`,
  `g${IG_U}${IG_O} kwa`,
  'funda (?:nalokhu|futhi)',
  'inkuru bifitanye isano',
  "inkuru zijyanye n['’]iyi",
].join('|');

/** A network or channel a site asks to be followed on, by its English name. */
const NETWORKS = '(?:google news|whatsapp|telegram|facebook|instagram|youtube|tiktok|twitter|x)';

/**
 * An imperative to the reader to follow or join the site, in the African languages written in Latin script: Hausa
 * "Ku biyo mu", "Ku bi mu", "Ku kasance tare da mu", "Ku shiga"; Swahili "Jiunge na", "Tufuate", "Tufuatilie";
 * Somali "Nagala soco", "Naga raac", "Ku biir"; Yoruba "Ẹ darapọ mọ wa", "Ẹ tẹle wa"; Kinyarwanda "Dukurikire";
 * Zulu "Silandele", "Joyina".
 */
const FOLLOW_IMPERATIVES = [
  'ku (?:biyo|bi) mu',
  'ku kasance tare da mu',
  'ku shiga',
  'jiunge na',
  'tufuat(?:e|ilie)',
  'nagala soco',
  'naga raac',
  'ku biir',
  `${YO_E} darap(?:ọ|o\\u0323?) m(?:ọ|o\\u0323?) wa`,
  `${YO_E} t${YO_E}le wa`,
  'dukurikire',
  'silandele',
  'joyina',
].join('|');

/**
 * The words a story uses to report what someone said (Hausa "in ji", "ya ce", "ta ce"; Swahili "alisema", "aliwaambia";
 * Somali "ayuu yiri", "ayay tiri"; Yoruba "lo wi", "o ni"; Kinyarwanda "yagize ati", "yavuze"): a line with one is a
 * quote in the story, not the site speaking.
 */
const REPORTING = '(?:in ji|ya ce|ta ce|alisema|aliwaambia|ayuu yiri|ayay tiri|lo wi|yagize ati|yavuze)';

/**
 * The site's own follow or join prompt, as African-language dailies close a story: "Ku biyo mu a tasharmu ta WhatsApp
 * domin samun labarai nan take.", "Jiunge na chaneli yetu ya WhatsApp", "Nagala soco warar kale bogga Facebook". An
 * imperative to the reader opening the line and a network named within one short line; a story's quote that opens
 * with the same words reports who said it.
 */
export const AFRICAN_FOLLOW_PITCH = `(?:${FOLLOW_IMPERATIVES})(?!\\p{L})(?!.*\\b${REPORTING}\\b).{0,160}\\b${NETWORKS}(?!\\p{L}).{0,160}`;

/**
 * An ad slot's label: Hausa "Talla", Swahili "Tangazo" / "Matangazo", Somali "Xayeysiis", Kinyarwanda "Kwamamaza",
 * Yoruba "Ipolowo", Zulu "Isikhangiso".
 */
export const AFRICAN_AD_LABELS = 'talla|(?:ma)?tangazo|xayeysiis|kwamamaza|ipolowo|isikhangiso';

/**
 * A share row's or article tool's button: Swahili "Shirikisha" (share), "Chapisha" (print); Somali "La wadaag"
 * (share), "Daabac" (print); Kinyarwanda "Sangiza" (share); Zulu "Yabelana" (share).
 */
export const AFRICAN_TOOL_LABELS = 'shirikisha|chapisha|la wadaag|daabac|sangiza|yabelana';

/**
 * A photo credit alone on its line, its label and a colon: Swahili "Picha:", Hausa "Hoto:", Somali "Sawir:" /
 * "Sawirka:", Yoruba "Aworan:", Kinyarwanda "Amafoto:" / "Ifoto:", Zulu "Isithombe:".
 */
export const AFRICAN_CREDITS = '(?:picha|hoto|sawir(?:ka)?|aworan|amafoto|ifoto|isithombe)\\s*:.{1,80}?';
