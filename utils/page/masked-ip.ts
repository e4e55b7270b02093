/**
 * A guest commenter's address in brackets after the name, as sites that let readers comment without an account print
 * it, its last parts masked: "Зочин (202.131.xxx.xxx)" on Mongolian portals (ikon.mn, news.mn), "ㅇㅇ(118.235)" on
 * Korean boards, "网友 (61.148.*.*)" on Chinese ones. Two to four parts of one to three digits, `x` or `*`, the first
 * two in digits. It is neither the name nor the comment's text.
 */
const MASKED_IP_TAIL = /\s*\(\s*\d{1,3}\.\d{1,3}(?:\.(?:\d{1,3}|[x*]{1,3})){0,2}\s*\)$/iu;

/** The name without the masked address after it, or `text` itself when none ends it. */
export function withoutMaskedIp(text: string): string {
  const ip = MASKED_IP_TAIL.exec(text);
  return ip ? text.slice(0, ip.index) : text;
}
