/**
 * Furniture labels of news sites in five scripts of their own: Georgian, Armenian, Amharic (Ethiopic), Sinhala and
 * Khmer, as regex sources for the tables of foreign labels. Georgian, Ethiopic, Sinhala and Khmer have no letter case;
 * Khmer writes no spaces between words, so each label is the whole phrase a template prints. Armenian writes "and"
 * as "և" or, in the classical spelling many sites keep, "եւ": both are allowed.
 */

/**
 * Labels that send the reader to another story, over a link or a list of links: Georgian "ასევე წაიკითხეთ" (read
 * also), "წაიკითხეთ ასევე", "ასევე იხილეთ" (see also), "ამავე თემაზე" (on the same topic), and "ასევე" alone only
 * with its colon ("ასევე: <link>"; without one it opens sentences: "ასევე, მერიამ …"); Armenian "Կարդացեք նաև",
 * "Կարդա նաև" (read also), "Նմանատիպ նյութեր" (similar materials), "Թեմայի շուրջ" (on the topic); Amharic "ተዛማጅ
 * ዜናዎች" (related news), "ተያያዥ ዜናዎች", "ተጨማሪ ያንብቡ" (read more); Sinhala "මේවාත් කියවන්න", "මෙයත් කියවන්න"
 * (read these / this too), "ආශ්‍රිත පුවත්" (related news); Khmer "អត្ថបទពាក់ព័ន្ធ" (related articles), "ព័ត៌មានពាក់ព័ន្ធ"
 * (related news), "អានបន្ថែម" (read more). Netgazeti, Interpressnews, Armenpress, News.am, Fana, EBC, Lankadeepa,
 * Ada Derana, Fresh News and Kampuchea Thmey print these over their read-also links and boxes.
 */
export const CAUCASUS_HORN_ASIA_READ_LABELS = [
  'ასევე (?:წაიკითხეთ|იხილეთ|ნახეთ)',
  'წაიკითხეთ ასევე',
  'ამავე თემაზე',
  'ასევე(?=\\s*:)',
  'կարդա(?:ցեք)? նա(?:և|եւ)',
  'նմանատիպ նյութեր',
  'թեմայի շուրջ',
  '(?:ተዛማጅ|ተያያዥ) (?:ዜናዎች|ጽሑፎች|ርዕሶች)',
  'ተጨማሪ ያንብቡ',
  '(?:මේවාත්|මෙයත්|මේකත්) කියවන්න',
  'ආශ්\u200D?රිත පුවත්',
  '(?:អត្ថបទ|ព័ត៌មាន)ពាក់ព័ន្ធ',
  'អានបន្ថែម',
].join('|');

/**
 * An ad slot's label: Georgian "რეკლამა", Armenian "Գովազդ", Amharic "ማስታወቂያ", Sinhala "වෙළඳ දැන්වීම" (also spelt
 * "වෙළෙඳ"), "දැන්වීම", Khmer "ពាណិជ្ជកម្ម", "ផ្សាយពាណិជ្ជកម្ម". Read alone on a line only.
 */
export const CAUCASUS_HORN_ASIA_AD_LABELS = [
  'რეკლამა',
  'գովազդ',
  'ማስታወቂያ',
  '(?:වෙළ[ඳෙ]ඳ? )?දැන්වීම',
  '(?:ផ្សាយ)?ពាណិជ្ជកម្ម',
].join('|');

/**
 * Page tools alone on a line or in a share row: share ("გაზიარება", "Կիսվել", "አጋራ", "බෙදාගන්න", "ចែករំលែក"), print
 * ("ბეჭდვა", "Տպել", "አትም", "මුද්‍රණය", "បោះពុម្ព"), a text-size button's label ("ტექსტის ზომა", "ទំហំអក្សរ"), copy the
 * link ("ბმულის კოპირება", "Պատճենել հղումը"); Khmer "ចែករំលែកតាម" (share via) before a network's name in a share row.
 * Each is a button's word; a sentence goes on past it.
 */
export const CAUCASUS_HORN_ASIA_TOOL_LABELS = [
  'გაზიარება',
  'ბეჭდვა',
  'ტექსტის ზომა',
  'ბმულის კოპირება',
  'կիսվել',
  'տպել',
  'պատճենել հղումը',
  'አጋራ',
  'አትም',
  'බෙදාගන්න',
  'මුද්\u200D?රණය',
  'ចែករំលែក(?:តាម)?',
  'បោះពុម្ព',
  'ទំហំអក្សរ',
].join('|');
