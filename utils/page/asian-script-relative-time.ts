/**
 * A comment's relative time stamp in Burmese, Mongolian, Lao and Dhivehi, as their news sites' comment lists print it
 * where an English one prints "2 hours ago": Burmese "၂ နာရီက", "၅ မိနစ် အကြာက" (in Burmese or ASCII digits),
 * Mongolian "2 цагийн өмнө", "5 минутын өмнө", Lao "2 ຊົ່ວໂມງກ່ອນ", "3 ມື້ທີ່ຜ່ານມາ", Dhivehi "3 ގަޑިއިރު ކުރިން",
 * "10 މިނިޓު ކުރިން". A regex source for a whole stamp; the number is required, so a sentence ("цагийн өмнө ирсэн")
 * is not a stamp.
 */
export const ASIAN_SCRIPT_RELATIVE_TIME = [
  '[\\d\\u1040-\\u1049]+\\s*(?:စက္ကန့်|မိနစ်|နာရီ|ရက်|ပတ်|လ|နှစ်)\\s*(?:အကြာ\\s*)?က',
  '\\d+\\s+(?:секундын|минутын|цагийн|хоногийн|өдрийн|долоо хоногийн|сарын|жилийн)\\s+өмнө',
  '\\d+\\s*(?:ວິນາທີ|ນາທີ|ຊົ່ວໂມງ|ມື້|ອາທິດ|ເດືອນ|ປີ)\\s*(?:ກ່ອນ|ທີ່ຜ່ານມາ)',
  '\\d+\\s+(?:ސިކުންތު|މިނިޓު|މިނެޓު|ގަޑިއިރު|ދުވަސް|ހަފްތާ|މަސް|އަހަރު)\\s+ކުރިން',
].join('|');
