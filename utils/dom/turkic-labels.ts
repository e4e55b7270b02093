/**
 * Furniture labels of Azerbaijani, Uzbek and Kazakh news sites, as regex sources for the tables of foreign labels
 * (Turkish ones stand in `foreign-labels.ts`). Uzbek Latin writes its o‘ and g‘ with a turned comma, an apostrophe or
 * a backtick, as sites set them differently, so each of those is allowed.
 */

/** The marks Uzbek Latin writes after o and g and for the glottal stop: ‘ ’ ' ` ʻ ʼ. */
const UZ_MARK = "[‘’'`ʻʼ]";

/**
 * Labels that send the reader to another story, over a link or a list of links: Azerbaijani "Həmçinin oxuyun" and
 * "Həmçinin oxu" (read also), "Oxşar xəbərlər" (similar news); Uzbek "Mavzuga oid" (on this topic), "Yana o‘qing"
 * (read more), "Shuningdek o‘qing" (also read), and in Cyrillic "Мавзуга оид"; Kazakh "Тақырыпқа қатысты" (on this
 * topic), "Сондай-ақ оқыңыз" (also read). Report.az, APA, Oxu.az, Kun.uz, Gazeta.uz, Daryo and Kazinform print these
 * over their read-also links.
 */
export const TURKIC_READ_LABELS = [
  'həmçinin oxu(?:yun)?',
  'oxşar xəbərlər',
  'mavzuga oid',
  'мавзуга оид',
  `(?:yana|shuningdek) o${UZ_MARK}qing`,
  'тақырыпқа қатысты',
  'сондай-ақ оқыңыз',
].join('|');
