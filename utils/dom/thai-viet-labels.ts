/**
 * Furniture labels of Thai and Vietnamese news sites, as regex sources for the tables of foreign labels. Thai writes
 * no spaces between words, so each label is the whole phrase a template prints over its links.
 */

/**
 * Labels that send the reader to another story, over a link or a list of links: Vietnamese "Đọc thêm" (read more),
 * "Xem thêm" (see more), "Tin liên quan" and "Bài liên quan" (related news, related article), "Tin cùng chuyên mục"
 * (news of the same section), "Có thể bạn quan tâm" (you may be interested); Thai "อ่านข่าวที่เกี่ยวข้อง" (read related
 * news), "อ่านข่าวที่น่าสนใจ" (read interesting news), "อ่านเพิ่มเติม" (read more), "ข่าวที่เกี่ยวข้อง" (related
 * news), "บทความที่เกี่ยวข้อง" (related articles). Tuoi Tre, Thanh Nien, Dân trí, VietnamNet, Thairath, Matichon,
 * Khaosod and Prachachat all print one of these over their read-also boxes.
 */
export const THAI_VIET_READ_LABELS = [
  '(?:đọc|xem) thêm',
  '(?:tin|bài|bài viết) liên quan',
  'tin cùng chuyên mục',
  'có thể bạn quan tâm',
  'อ่าน(?:ข่าว)?(?:ที่เกี่ยวข้อง|ที่น่าสนใจ|เพิ่มเติม)',
  '(?:ข่าว|บทความ)ที่(?:เกี่ยวข้อง|น่าสนใจ)',
].join('|');

/** An ad slot's label: Vietnamese "Quảng cáo", Thai "โฆษณา". Read alone on a line only. */
export const THAI_VIET_AD_LABELS = ['quảng cáo', 'โฆษณา'].join('|');
