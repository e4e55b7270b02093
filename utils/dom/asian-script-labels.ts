/**
 * Furniture labels of news sites in five more scripts: Burmese (Myanmar script), Mongolian (Cyrillic), Lao, Tibetan
 * and Dhivehi (Thaana, written right to left), as regex sources for the tables of foreign labels. Burmese, Lao and
 * Tibetan write no spaces between words (Tibetan marks syllables with a tsheg "་" and may close a phrase with a shad
 * "།"), so each label is the whole phrase a template prints; none of the five but Mongolian has letter case.
 */

/**
 * Labels that send the reader to another story, over a link or a list of links: Burmese "ဆက်စပ်သတင်း" (related news),
 * "ဆက်စပ်သတင်းများ", "ဆက်စပ်ဆောင်းပါး" (related article), "ဒါလည်း ဖတ်ပါဦး" (read this too); Mongolian "Холбоотой мэдээ"
 * (related news), "Холбогдох мэдээ", "Төстэй мэдээ" (similar news), "Мөн уншаарай" (also read); Lao "ຂ່າວທີ່ກ່ຽວຂ້ອງ"
 * (related news), "ຂ່າວອື່ນໆ" (other news), "ອ່ານເພີ່ມເຕີມ" (read more); Tibetan "འབྲེལ་ཡོད་གནས་ཚུལ།" (related news),
 * "འབྲེལ་ཡོད་སྙན་ཞུ།" (related reports); Dhivehi "ގުޅުންހުރި ޚަބަރު" (related news), also written in two words and with
 * the plural "ޚަބަރުތައް", "ގުޅުންހުރި ލިޔުން" (related writing). The Irrawaddy, Myanmar Now, ikon.mn, news.mn, KPL,
 * Vientiane Mai, RFA's and VOA's Tibetan services, Sun, Mihaaru and Avas print these over their read-also links and
 * boxes.
 */
export const ASIAN_SCRIPT_READ_LABELS = [
  'ဆက်စပ်(?:သတင်း|ဆောင်းပါး)(?:များ)?',
  'ဒါ(?:လည်း|တွေလည်း) ဖတ်(?:ကြည့်)?ပါဦး',
  '(?:холбоотой|холбогдох|төстэй) мэдээ(?:нүүд)?',
  'мөн уншаарай',
  'ຂ່າວທີ່ກ່ຽວຂ້ອງ',
  'ຂ່າວອື່ນໆ',
  'ອ່ານເພີ່ມເຕີມ',
  'འབྲེལ་ཡོད་(?:གནས་ཚུལ|སྙན་ཞུ)།?',
  'ގުޅުން ?ހުރި (?:ޚަބަރު(?:ތައް)?|ލިޔުން(?:ތައް)?)',
].join('|');

/**
 * An ad slot's label: Burmese "ကြော်ငြာ", Mongolian "Сурталчилгаа", "Зар сурталчилгаа", Lao "ໂຄສະນາ", Tibetan
 * "ཚོང་བསྒྲགས།" and "བརྡ་ཁྱབ།" (notice, over a sponsor's slot), Dhivehi "އިޝްތިހާރު". Read alone on a line only.
 */
export const ASIAN_SCRIPT_AD_LABELS = [
  'ကြော်ငြာ',
  '(?:зар )?сурталчилгаа',
  'ໂຄສະນາ',
  'ཚོང་བསྒྲགས།?',
  'བརྡ་ཁྱབ།?',
  'އިޝްތިހާރު',
].join('|');

/**
 * Page tools alone on a line or in a share row: share (Burmese "မျှဝေပါ", "မျှဝေရန်", Mongolian "Хуваалцах", Lao
 * "ແບ່ງປັນ", Tibetan "ཁྱབ་སྤེལ།", Dhivehi "ޝެއާ" and "ޝެއާ ކުރައްވާ"), Mongolian "Жиргэх" (tweet) and "Холбоос
 * хуулах" (copy the link), print (Burmese "ပုံနှိပ်ရန်", Mongolian "Хэвлэх", Lao "ພິມ", Dhivehi "ޕްރިންޓް"), and the
 * comments link with its tally (Dhivehi "3 ކޮމެންޓް", Mongolian "Сэтгэгдэл (4)"). Each is a button's word; a sentence
 * goes on past it.
 */
export const ASIAN_SCRIPT_TOOL_LABELS = [
  'မျှဝေ(?:ပါ|ရန်)',
  'ပုံနှိပ်ရန်',
  'хуваалцах',
  'жиргэх',
  'холбоос хуулах',
  'хэвлэх',
  'ແບ່ງປັນ',
  'ພິມ',
  'ཁྱབ་སྤེལ།?',
  'ޝެއާ(?: ކުރައްވާ)?',
  'ޕްރިންޓް',
  '(?:\\d+\\s+)?(?:ކޮމެންޓް(?:ތައް)?|сэтгэгдэл)',
].join('|');

/**
 * A comment section's heading: Mongolian "Сэтгэгдэл" (comment; ikon.mn prints "Сэтгэгдэл (4)"), "Сэтгэгдлүүд",
 * Burmese "မှတ်ချက်များ" (comments), Lao "ຄຳເຫັນ" (opinion, comments), Dhivehi "ކޮމެންޓް" (comment) and
 * "ކޮމެންޓްތައް".
 */
export const ASIAN_SCRIPT_COMMENT_LABELS = ['сэтгэгдэл', 'сэтгэгдлүүд', 'မှတ်ချက်များ', 'ຄຳເຫັນ', 'ކޮމެންޓް(?:ތައް)?'].join('|');

/**
 * A credit alone on its line, its label, a colon (or a dash, or the Tibetan shad) and the credit: photo (Burmese
 * "ဓာတ်ပုံ -", Mongolian "Зураг:", Lao "ພາບ:", Tibetan "(པར། RFA)", Dhivehi "ފޮޓޯ:"), source (Burmese "ရင်းမြစ် -",
 * Mongolian "Эх сурвалж:", Lao "ແຫຼ່ງຂ່າວ:", "ທີ່ມາ:"), and the Lao agency's closing "ຮຽບຮຽງໂດຍ:" (compiled by), as the
 * Spanish "Fuente: …" and "Foto: …" are read.
 */
export const ASIAN_SCRIPT_CREDITS =
  '\\(?(?:ဓာတ်ပုံ|ရင်းမြစ်|зураг|эх сурвалж|ພາບ|ແຫຼ່ງຂ່າວ|ທີ່ມາ|ຮຽບຮຽງ(?:ໂດຍ)?|པར|ފޮޓޯ)\\s*[:\\-–།]\\s*.{1,80}?\\)?';
