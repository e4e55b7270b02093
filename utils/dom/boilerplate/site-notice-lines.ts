/**
 * The standing notices that Russian-language and Turkic-language news templates of the former Soviet states print
 * under every story, in the story's block: the typo-report prompt and the reuse-attribution notice. Both are addressed
 * to the reader about the site, never part of a story.
 */

/**
 * A word for a mistake or typo: Russian, Ukrainian, Kazakh, Uzbek, Azerbaijani, Turkish, Latvian, Lithuanian, Estonian,
 * English.
 */
const TYPO_WORD = '(?:ошибк|опечатк|помилк|описк|қате|xato|xəta|hata|kļūd|klaid|viga|vea|typo|mistake|error)';
/** A word telling the reader to select or highlight text, in the same languages. */
const SELECT_WORD = '(?:выдел|виділ|белгіле|belgila|seç|iezīmē|pažymė|märgi|select|highlight|mark)';
/** A story's sentence says who reported the fault: "…, the developers said" is never the widget's prompt. */
const NOT_REPORTED = '(?!.*\\b(?:said|says|told|reported)\\b)';

/**
 * The typo-report prompt of the Orphus-style widgets that most such sites run: "Если вы нашли ошибку в тексте,
 * выделите ее мышью и нажмите Ctrl+Enter", "Matnda xatolikni ko‘rsangiz, uni belgilab, Ctrl+Enter tugmasini bosing".
 * Baltic editions print it in their languages too. A mistake word, a select word and the key chord together; a how-to
 * on a program's shortcuts ("Press Ctrl+Enter to run the cell") names no mistake to select.
 */
const TYPO_PROMPT = new RegExp(
  `^(?=.{0,220}$)${NOT_REPORTED}(?=.*${TYPO_WORD})(?=.*${SELECT_WORD}).*(?:ctrl|strg)\\s*\\+\\s*enter.*$`,
  'iu',
);

/**
 * The notice that reuse of the site's material needs a link back: Azerbaijani "… materiallardan istifadə zamanı
 * hiperlinklə istinad mütləqdir", Russian "При использовании материалов ссылка на Zakon.kz обязательна", Uzbek
 * "Saytdagi materiallardan foydalanilganda … havola ko‘rsatilishi shart", Kazakh "… сілтеме міндетті". The site's
 * material and a link required, in one short line; a story on a court's ruling about citing sources runs on.
 */
const REUSE_NOTICE =
  /^(?=.{0,260}$)(?=.*(?:materiall|материал|matériaux)).*(?:istinad (?:mütləqdir|vacibdir|zəruridir)|ссылка (?:на .{1,60} )?обязательна|посилання (?:на .{1,60} )?обов['’ʼ]язкове|havola (?:ko[‘’'`ʻ]rsatilishi |berilishi )?shart|сілтеме (?:жасау )?міндетті).*$/iu;

/**
 * The same notice in Armenian and Georgian: "Արմենպրես լրատվական գործակալության նյութերի ամբողջական կամ մասնակի
 * օգտագործման դեպքում հղումը … պարտադիր է" (a link is required when the material is used), "მასალის გამოყენება
 * დასაშვებია მხოლოდ წყაროს მითითებით" (only with the source named), "… მითითება სავალდებულოა". The material, a link
 * or the source, and "required" or "only with", in one short line.
 */
const CAUCASUS_REUSE_NOTICE =
  /^(?=.{0,260}$)(?:(?=.*նյութ).*հղում\p{L}* .{0,60}?պարտադիր է|(?=.*მასალ).*(?:წყაროს|ბმულის) მითითებით|(?=.*მასალ).*მითითება სავალდებულოა).*$/iu;

export const SITE_NOTICE_LINES: readonly RegExp[] = [TYPO_PROMPT, REUSE_NOTICE, CAUCASUS_REUSE_NOTICE];
