/**
 * Furniture labels of Indian-language news sites (Hindi, Marathi, Bengali, Tamil, Malayalam, Telugu, Kannada, Gujarati,
 * Punjabi, Urdu), as regex sources for the tables of foreign labels. The nukta letters are written two ways on the web
 * (Devanagari "ढ़" as one code point U+095D or as "ढ" and a nukta; Bengali "ড়" likewise), and NFC keeps the pair, so
 * both spellings are allowed.
 */

/** Devanagari "ढ़" in either spelling, as in "पढ़ें" (read). */
const DEVANAGARI_RHA = '(?:\\u095D|\\u0922\\u093C)';
/** Bengali "ড়" in either spelling, as in "পড়ুন" (read). */
const BENGALI_RRA = '(?:\\u09DC|\\u09A1\\u09BC)';

/**
 * Labels that send the reader to another story, over a link or a list of links: Hindi "यह भी पढ़ें", "ये भी पढ़ें",
 * "इसे भी पढ़ें", "ज़रूर पढ़ें"; Marathi "हेही वाचा", "हे पण वाचा", "हेसुद्धा वाचा"; Bengali "আরও পড়ুন", "আরো পড়ুন",
 * "এটাও পড়ুন"; Tamil "இதையும் படிக்க", "இதையும் படியுங்கள்", "மேலும் படிக்க"; Malayalam "ഇതും വായിക്കുക", "ഇതുകൂടി
 * വായിക്കൂ"; Telugu "ఇది కూడా చదవండి"; Kannada "ಇದನ್ನೂ ಓದಿ"; Gujarati "આ પણ વાંચો"; Punjabi "ਇਹ ਵੀ ਪੜ੍ਹੋ"; Urdu "یہ بھی
 * پڑھیں" and "مزید پڑھیں" (read more, as Pakistani dailies set it over a link between paragraphs). Each names "this
 * too" or "more" with the verb "read": a sentence of a story goes on past it.
 */
export const INDIC_READ_LABELS = [
  `(?:यह|ये|इसे|इन्हें|(?:\\u095B|ज\\u093C?)रूर) भी प${DEVANAGARI_RHA}ें`,
  'हे(?:ही| पण|सुद्धा| सुद्धा) वाचा',
  `(?:আরও|আরো|এটাও|এটিও) প${BENGALI_RRA}ুন`,
  'இதையும் (?:படிக்க(?:வும்)?|படியுங்கள்|வாசிக்க)',
  'மேலும் படிக்க',
  'ഇതും വായിക്കുക',
  'ഇതുകൂടി വായിക്ക(?:ൂ|ുക)',
  '(?:ఇది|ఇవి) కూడా చదవండి',
  'ಇದನ್ನೂ ಓದಿ',
  'આ પણ વાંચો',
  'ਇਹ ਵੀ ਪੜ੍ਹੋ',
  'یہ بھی پڑھیں',
  'مزید پڑھیں',
].join('|');

/**
 * An ad slot's label: Hindi "विज्ञापन", Marathi "जाहिरात", Bengali "বিজ্ঞাপন", Tamil "விளம்பரம்", Malayalam "പരസ്യം",
 * Telugu "ప్రకటన", Kannada "ಜಾಹೀರಾತು", Gujarati "જાહેરાત", Punjabi "ਇਸ਼ਤਿਹਾਰ", Urdu "اشتہار". Read alone on a line
 * only.
 */
export const INDIC_AD_LABELS = [
  'विज्ञापन',
  'जाहिरात',
  'বিজ্ঞাপন',
  'விளம்பரம்',
  'പരസ്യം',
  'ప్రకటన',
  'ಜಾಹೀರಾತು',
  'જાહેરાત',
  'ਇਸ਼ਤਿਹਾਰ',
  'اشتہار',
].join('|');

/** A network or channel a site asks to be followed on, by its English name or as Indian sites spell WhatsApp. */
const NETWORKS =
  '(?:google news|whatsapp|telegram|facebook|instagram|youtube|threads|twitter|x|व्हाट्सएप|व्हॉट्सॲप|वॉट्सऐप|ह्वाट्सऐप|হোয়াটসঅ্যাপ|வாட்ஸ்அப்|വാട്സാപ്|వాట్సాప్)';

/**
 * The site's own follow or join prompt, as Indian-language dailies close a story or set it between paragraphs:
 * "(সবচেয়ে আগে সব খবর, ঠিক খবর, প্রতি মুহূর্তে। ফলো করুন আমাদের Google News, X (Twitter) … পেজ)", "ताज्या बातम्यांसाठी
 * … व्हॉट्सॲप चॅनेल फॉलो करा", "अमर उजाला के व्हाट्सएप चैनल से जुड़ें". An imperative to the reader (follow, join)
 * and a network named, within one short line: a story reporting that a ministry opened a WhatsApp channel uses neither
 * the imperative nor "our".
 */
export const INDIC_FOLLOW_PITCH = [
  `.{0,120}(?:ফলো করুন|ফলো করে রাখুন|(?:\\u095E|फ\\u093C?)ॉलो कर(?:ें|िए|ा)|फॉलो करा|பின்தொடருங்கள்|ஃபாலோ செய்யுங்கள்|ഫോളോ ചെയ്യൂ|ఫాలో అవ్వండి)(?!\\p{M}).{0,160}${NETWORKS}(?![\\p{L}\\p{M}]).{0,120}`,
  `.{0,120}${NETWORKS}(?![\\p{L}\\p{M}]).{0,80}(?:(?:\\u095E|फ\\u093C?)ॉलो कर(?:ें|िए|ा)|फॉलो करा|से जु(?:\\u095C|\\u0921\\u093C)ें|ফলো করুন|যোগ দিন|இணைய(?:ுங்கள்)?|ചേരൂ|జాయిన్ అవ్వండి)(?!\\p{M}).{0,120}`,
].join('|');

/**
 * The labels of a story's time stamps: Tamil "பதிவு செய்த நாள்" (posted on), "மாற்றம் செய்த நாள்" (changed on); Hindi
 * and Marathi "प्रकाशित" (published), "अपडेटेड"; Bengali "প্রকাশিত", "শেষ আপডেট" (last update); Malayalam
 * "പ്രസിദ്ധീകരിച്ചത്".
 */
export const INDIC_STAMP_LABELS =
  '(?:பதிவு செய்த நாள்|மாற்றம் செய்த நாள்|प्रकाशित(?: तिथि| दिनांक)?|अपडेटेड|अपडेट|প্রকাশিত|শেষ আপডেট|আপডেট|പ്രസിദ്ധീകരിച്ചത്|അപ്ഡേറ്റ് ചെയ്തത്)';

/** Bengali "য়" in either spelling, as in "শেয়ার" (share). */
const BENGALI_YYA = '(?:\\u09DF|\\u09AF\\u09BC)';

/**
 * A share row's label: Hindi "शेयर करें", Marathi "शेअर", Bengali "শেয়ার করুন", Tamil "பகிர்", Malayalam "ഷെയർ",
 * Telugu "షేర్ చేయండి"; its colon may stand apart ("शेअर :"). Read only inside a row of share buttons.
 */
export const INDIC_SHARE_LABELS = `(?:शेयर(?: करें)?|शेअर(?: करा)?|শে${BENGALI_YYA}ার(?: করুন)?|பகிர்(?:க|வும்)?|ഷെയർ(?: ചെയ്യുക)?|షేర్(?: చేయండి)?)\\s*:?`;

/**
 * A comment section's heading: Tamil "வாசகர் கருத்து" (reader comment), "கருத்துகள்"; Hindi "टिप्पणियां", "कमेंट्स";
 * Bengali "মন্তব্য"; Malayalam "അഭിപ്രായങ്ങൾ"; Marathi "प्रतिक्रिया".
 */
export const INDIC_COMMENT_LABELS =
  '(?:வாசகர் கருத்து(?:க்கள்)?|கருத்துகள்|कमेंट्स|टिप्पणियां|टिप्पणियाँ|टिप्पणी|মন্তব্য|അഭിപ്രായങ്ങൾ|प्रतिक्रिया)';
