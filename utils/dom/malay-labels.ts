/**
 * Furniture labels of Indonesian and Malay news sites, as regex sources. Their read-also labels ("Baca juga", "Simak
 * juga", "Lihat juga") sit in `FOREIGN_READ_LABELS`.
 */

/** A network or channel a site asks to be followed on, by the English name it keeps in both languages. */
const NETWORKS = '(?:google news|whatsapp|telegram|facebook|instagram|youtube|tiktok|twitter|x)';

/**
 * An imperative to the reader opening the pitch: Indonesian "Simak" (mind, catch), "Ikuti" / "Ikutilah" (follow),
 * "Dapatkan" (get), "Gabung" / "Bergabunglah" (join), maybe after "Mari", "Yuk" or "Ayo" (let's), "Baca berita" (read
 * the news); Malay "Sertai" (join), "Langgan" / "Langgani" (subscribe).
 */
const FOLLOW_IMPERATIVES =
  '(?:(?:mari|yuk|ayo)\\s+)?(?:simak|ikuti(?:lah)?|dapatkan|(?:ber)?gabung(?:lah)?|sertai(?:lah)?|langgan(?:i)?|baca (?:berita|artikel))';

/**
 * The words that mark the network as the site's own channel: Google News (a site's follow button there), "kami" (us,
 * our), or a channel, group or "saluran" (channel) named with the network. A story's line naming a network names
 * someone else's account ("lewat WhatsApp panitia").
 */
const OWN_CHANNEL = `(?:google news|\\bkami\\b.{0,60}\\b${NETWORKS}|\\b(?:saluran|grup|group|kanal)\\b.{0,60}\\b${NETWORKS}|\\b${NETWORKS}\\s+(?:channel|group|kami)\\b)`;

/**
 * The words a story uses to report what someone said (Indonesian and Malay "kata", "ujar", "ucap", "tutur", "jelas",
 * "ungkap", "tambah", "imbuh", "terang", each also with "-nya"; "menurut"): a line with one is a quote in the story.
 */
const REPORTING = '(?:kata|ujar|ucap|tutur|jelas|ungkap|tambah|imbuh|terang)(?:nya)?|menurut';

/**
 * The site's own follow or join pitch, as Indonesian and Malay news sites close a story: "Simak berita dan artikel
 * lainnya di Google News", "Ikuti berita terkini dari Kabar di Google News", "Dapatkan update berita pilihan … Mari
 * bergabung di Grup Telegram …", "Sertai saluran Telegram kami". An imperative to the reader opening the line and the
 * site's own channel named within a short line; a quote opening with the same words reports who said it.
 */
export const MALAY_FOLLOW_PITCH = `${FOLLOW_IMPERATIVES}(?!\\p{L})(?!.*\\b(?:${REPORTING})\\b).{0,160}?${OWN_CHANNEL}(?!\\p{L}).{0,200}`;
