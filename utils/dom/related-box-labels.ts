/**
 * The label over a box of related-story links in Japanese, Korean and Chinese: "関連記事", "関連ニュース", "あわせて読みたい",
 * "おすすめ記事", "관련기사", "관련 뉴스", "추천기사", "相关新闻", "相關閱讀", "延伸閱讀", "更多新聞", "推荐阅读" (the same words the
 * line rules drop alone on their line, `LABEL_LINES`). As a box's own label, over nothing but links, the box goes.
 */
export const CJK_RELATED_LABELS =
  '(?:関連(?:記事|ニュース|リンク)|あわせて読みたい|おすすめ記事|관련 ?(?:기사|뉴스)|추천 ?기사|相[关關](?:新[闻聞]|[阅閱][读讀]|[报報][道導]|文章)|延伸[阅閱][读讀]|更多新[闻聞]|推[荐薦][阅閱][读讀])\\s*[:：]?';

/**
 * The same label in Persian, Arabic and Urdu: Persian "مطالب مرتبط" (related stories), "خبرهای مرتبط", "اخبار مرتبط",
 * "موضوعات مرتبط" (related topics, BBC Persian's tag box); Arabic "مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة",
 * "اقرأ أيضا"; Urdu "متعلقہ خبریں", "مزید پڑھیں" (read more).
 */
export const PERSO_ARABIC_RELATED_LABELS =
  '(?:(?:مطالب|خبرهای|اخبار|موضوعات|گزارش‌های) مرتبط|(?:مواضيع|أخبار|اخبار|مقالات) ذات صلة|اقرأ أيضا?ً?|متعلقہ (?:خبریں|مضامین)|مزید پڑھیں)\\s*:?';

/**
 * The heading of a most-read rail in Japanese, Korean and Chinese, as the same pages print it under the story:
 * "アクセスランキング", "ランキング", "よく読まれている記事", "人気記事", "많이 본 뉴스", "가장 많이 본 기사", "인기기사",
 * "热门新闻", "熱門新聞", "排行榜". Over links it takes them with it, as "Most read" does.
 */
export const CJK_MOST_READ_LABELS =
  '(?:(?:アクセス|人気|記事)?ランキング|よく読まれている(?:記事|ニュース)?|人気(?:記事|ニュース)|(?:가장 )?많이 본 ?(?:뉴스|기사)|인기 ?(?:뉴스|기사)|[热熱][门門](?:新[闻聞]|文章)|排行榜)';
