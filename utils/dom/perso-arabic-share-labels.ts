/**
 * A share row's buttons as Urdu, Persian and Kurdish (Sorani) news sites label them, for a row of share buttons read
 * as one line ("شیئر کریں فیس بک ٹوئٹر واٹس ایپ", "هاوبەشکردن Facebook Twitter WhatsApp Telegram"): the row's label
 * (Urdu "شیئر کریں", Persian "اشتراک‌گذاری" / "اشتراک گذاری", Kurdish "هاوبەشکردن", "بڵاوکردنەوە") and the networks
 * as those scripts spell them (Urdu "فیس بک", "ٹوئٹر", "واٹس ایپ"; Persian "فیسبوک", "توییتر", "واتس‌اپ", "تلگرام",
 * "ایتا"). Read only inside a row of share buttons, where every word must be one.
 */
export const PERSO_ARABIC_SHARE_LABELS =
  '(?:شیئر(?: کریں)?|اشتراک(?:\\u200C| )?گذاری|هاوبەشکردن|بڵاوکردنەوە|فیس ?بک|فیسبوک|ٹوئٹر|ٹویٹر|توییتر|توئیتر|واٹس ?ایپ|واتس(?:\\u200C| )?اپ|تلگرام|ٹیلی گرام|ایتا)\\s*:?';
