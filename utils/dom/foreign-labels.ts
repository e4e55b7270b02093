import {
  CAUCASUS_HORN_ASIA_AD_LABELS,
  CAUCASUS_HORN_ASIA_READ_LABELS,
  CAUCASUS_HORN_ASIA_TOOL_LABELS,
} from './caucasus-horn-asia-labels';
import { AFRICAN_AD_LABELS, AFRICAN_CREDITS, AFRICAN_READ_LABELS, AFRICAN_TOOL_LABELS } from './african-labels';
import { INDIC_AD_LABELS, INDIC_READ_LABELS } from './indic-labels';
import {
  ASIAN_SCRIPT_AD_LABELS,
  ASIAN_SCRIPT_CREDITS,
  ASIAN_SCRIPT_READ_LABELS,
  ASIAN_SCRIPT_TOOL_LABELS,
} from './asian-script-labels';
import { THAI_VIET_AD_LABELS, THAI_VIET_READ_LABELS } from './thai-viet-labels';
import { TURKIC_READ_LABELS } from './turkic-labels';
import { EUROPEAN_AD_LABELS } from './european-ad-labels';
import { FILIPINO_READ_LABELS } from './filipino-labels';

/**
 * Furniture labels of news templates in the languages after English that European and Latin American newsrooms
 * publish in (German, French, Spanish, Portuguese, Italian, Dutch, Polish, the Nordic languages, Russian,
 * Indonesian, Turkish), and Central and Eastern Europe's (Czech, Slovak, Ukrainian, Romanian, Hungarian, Croatian and
 * Serbian, Slovene). The English
 * labels stay with the rules that read them; these are only the same words translated, as regex sources.
 */

/**
 * Labels that send the reader to another story: "Lire aussi", "À lire aussi", "Leggi anche", "Lee también", "Leia
 * também", "Saiba mais", "Mehr zum Thema", "Passend zum Artikel", "Das könnte Sie auch interessieren", "Lesen Sie
 * auch", "Lees ook", "Bekijk ook" (Dutch "watch also", over a video card), "Czytaj także", "Läs också", "Читайте
 * также", Indonesian "Baca juga" and Turkish "İlgili haberler"; Czech "Čtěte také", Slovak "Čítajte aj", Ukrainian
 * "Читайте також", Romanian "Citește și", Croatian "Pročitajte i", Serbian "Прочитајте и", Slovene "Preberite tudi",
 * Hungarian "Olvassa el ezt is", Albanian "Lexo edhe", "Lexo gjithashtu", "Lexo më shumë", Greek "Διαβάστε επίσης",
 * "Διαβάστε ακόμη"; the Indian languages' ("यह भी पढ़ें", "আরও পড়ুন", `INDIC_READ_LABELS`); Thai and Vietnamese
 * ("อ่านข่าวที่เกี่ยวข้อง", "Đọc thêm", `THAI_VIET_READ_LABELS`); Spanish and Portuguese "Seguir leyendo" over a list
 * of links (Infobae's "keep reading" is other stories, not the rest of this one); Spanish "Lea más aquí",
 * "Relacionado", "Noticias relacionadas" (US Spanish-language sites); "Video recomendado", "Vídeos relacionados" over
 * a player (Peru's Arc XP papers close the story with one); Azerbaijani, Uzbek and Kazakh ("Həmçinin oxuyun",
 * "Mavzuga oid", "Тақырыпқа қатысты", `TURKIC_READ_LABELS`); Georgian, Armenian, Amharic, Sinhala and Khmer ("ასევე
 * წაიკითხეთ", "Կարդացեք նաև", "ተዛማጅ ዜናዎች", `CAUCASUS_HORN_ASIA_READ_LABELS`); Burmese, Mongolian, Lao, Tibetan and
 * Dhivehi ("ဆက်စပ်သတင်း", "Холбоотой мэдээ", "ຂ່າວທີ່ກ່ຽວຂ້ອງ", `ASIAN_SCRIPT_READ_LABELS`); the African languages
 * written in Latin script (Swahili "Soma pia", Hausa "Karanta kuma", Somali "Sidoo kale akhri", `AFRICAN_READ_LABELS`).
 * Argentine papers write "Lee también" in the voseo, "Leé también"; Filipino papers "BASAHIN:", "Basahin din"
 * (`FILIPINO_READ_LABELS`).
 */
export const FOREIGN_READ_LABELS = `(?:(?:à )?lire (?:aussi|également)|voir aussi|sur le même sujet|leggi anche|vedi anche|potrebbe interessarti|le(?:e|é|a) también|le(?:e|a|er) más(?: aquí)?|(?:noticias |historias |notas |art[íi]culos )?relacionad[oa]s?|ver también|(?:te|le) puede interesar|v[íi]deos? (?:recomendad|relacionad|sugerid)[oa]s?|más información|(?:seguir|sigue|continúa|continua) leyendo|continue lendo|mir[aá] también|vea también|más noticias|mais notícias|leia (?:também|mais)|veja também|saiba mais|mehr zum thema|passend zum (?:artikel|thema)|das könnte sie (?:auch )?interessieren|lesen sie (?:auch|mehr)|siehe auch|auch interessant|lees (?:ook|meer)|zie ook|(?:bekijk|kijk) ook|czytaj (?:też|także|więcej)|zobacz (?:też|także)|l[äæ]s (?:också|også|mer|mere)|les (?:også|mer)|читайте также|смотрите также|по теме|čtěte (?:také|též)|přečtěte si (?:také|též)|čítajte (?:aj|tiež)|prečítajte si (?:aj|tiež)|читайте (?:також|ще)|cite[șşs]te [șşs]i|citi[țţt]i [șşs]i|pročitajte (?:i|još|također)|прочитајте (?:и|још)|preberite (?:tudi|še)|lexo (?:edhe|gjithashtu|më shumë)|διαβάστε (?:επίσης|ακόμη|ακόμα)|olvassa el (?:ezt )?is|baca juga|simak juga|lihat juga|[iİ]lg[iİ]l[iİ] haberler?|bunlar[ıi] da okuyun|${INDIC_READ_LABELS}|${THAI_VIET_READ_LABELS}|${TURKIC_READ_LABELS}|${CAUCASUS_HORN_ASIA_READ_LABELS}|${ASIAN_SCRIPT_READ_LABELS}|${AFRICAN_READ_LABELS}|${FILIPINO_READ_LABELS})`;

/**
 * Labels that point at another page only with a colon after them, as the English "Watch: <link>": Spanish "MIRA:"
 * (Peru's Arc XP papers set it in bold between paragraphs over a linked headline), "Mirá:", "Vea:", "Ver:", "Ver más:"
 * and Portuguese "Veja:", "Veja mais:", "Assista:"; the recommending phrases of Latin American dailies, "Te
 * recomendamos:", "Le recomendamos:", "Te podría interesar:", "Podría interesarte:", "También puedes leer:". Without
 * the colon they open prose ("Mira cómo …", "Veja o que muda", "Te recomendamos visitar el museo …").
 */
export const FOREIGN_COLON_TEASER_LABELS =
  '(?:mir[aá]|vea|ver(?: más)?|veja(?: mais)?|assista|(?:te|le) recomendamos|(?:te|le) podría interesar|podría interesarte|también (?:puedes|podés) leer)';

/**
 * An ad slot's label: "Anzeige", "Werbung", "Publicité", "Publicidad", "Publicidade", "Pubblicità", "Advertentie",
 * "Reklama", "Reklam", "Annons", "Annonse", "Iklan", "Реклама", Romanian "Publicitate", Hungarian "Hirdetés", Hebrew
 * "פרסומת", Persian "تبلیغات" and "آگهی", Arabic "إعلان"; the Indian languages' ("विज्ञापन", `INDIC_AD_LABELS`); Thai
 * and Vietnamese ("โฆษณา", "Quảng cáo", `THAI_VIET_AD_LABELS`); Georgian, Armenian, Amharic, Sinhala and Khmer
 * ("რეკლამა", "Գովազդ", `CAUCASUS_HORN_ASIA_AD_LABELS`); Burmese, Mongolian, Lao, Tibetan and Dhivehi ("ကြော်ငြာ",
 * "Сурталчилгаа", `ASIAN_SCRIPT_AD_LABELS`); the African languages written in Latin script (Hausa "Talla", Somali
 * "Xayeysiis", `AFRICAN_AD_LABELS`); Latvian "Reklāma", Croatian "Oglas", Greek "Διαφήμιση" and others
 * (`EUROPEAN_AD_LABELS`).
 */
export const FOREIGN_AD_LABELS = `(?:anzeige|werbung|publicit[ée]|publicitate|hirdet[ée]s|publicidad|publicidade|pubblicit[àa]|advertentie|reklam[ae]?|annons(?:e)?|iklan|реклама|פרסומת|تبلیغات|آگهی|إعلان|اعلان|${INDIC_AD_LABELS}|${THAI_VIET_AD_LABELS}|${CAUCASUS_HORN_ASIA_AD_LABELS}|${ASIAN_SCRIPT_AD_LABELS}|${AFRICAN_AD_LABELS}|${EUROPEAN_AD_LABELS})`;

/**
 * The reading prompt under an ad slot: "Haberin Devamı", "Artikeln fortsätter under annonsen", "Artikkelen fortsetter
 * under annonsen", "Het artikel gaat verder onder de advertentie", "Dalsza część artykułu pod materiałem wideo",
 * "Weiter nach der Anzeige", "La suite après la publicité", "Continúa leyendo después de la publicidad", "Continua
 * depois da publicidade", Estadão's "Continua após a publicidade" (após takes the bare article), "Продолжение ниже".
 */
export const FOREIGN_CONTINUES_LABELS =
  "(?:haberin devam[ıi]|artikeln fortsätter (?:under|efter) (?:annonsen|reklamen)|artikkelen fortsetter (?:under|etter) annonsen|(?:het )?artikel gaat (?:verder|door) (?:onder|na) de advertentie|lees verder (?:onder|na) de advertentie|dalsz[ay] (?:część|ciąg) (?:artykułu|materiału) pod (?:reklamą|materiałem wideo|wideo)|(?:der artikel wird )?weiter (?:unter|nach) der anzeige(?: fortgesetzt)?|la suite après (?:la |cette )?publicité|l['’]article continue (?:après|sous) (?:la|cette) publicité|(?:(?:la )?(?:nota|noticia) )?contin[úu]a(?: leyendo)? (?:después|debajo|tras) (?:de )?(?:la|este) (?:publicidad|anuncio)|(?:a )?(?:(?:reportagem|matéria|not[íi]cia) )?continua (?:(?:depois|após|abaixo) d[ao]|após [ao]) (?:publicidade|an[úu]ncio)|продолжение ниже)";

/**
 * The heading of a most-read rail: "Lo más visto", "Más leídas", "Les plus lus", "Meistgelesen", "I più letti", "Mais
 * lidas", "Meest gelezen", "Najczęściej czytane", "Najpopularniejsze", "Mest läst", "Terpopuler", "En çok okunanlar",
 * "Самое читаемое", "Nejčtenější", "Najčítanejšie", "Найпопулярніше", "Cele mai citite", "Legolvasottabb",
 * "Najčitanije".
 */
export const FOREIGN_MOST_READ_LABELS =
  '(?:lo más (?:visto|leído)|(?:las |los )?más le[íi]d[oa]s|les plus (?:lus|partagés)|meist ?gelesen|am meisten gelesen|i più letti|(?:as )?mais lidas|meest gelezen|najczęściej czytane|mest (?:lästa?|læste|leste)|najpopularniejsze|nejčtenější|najčítanejšie|найпопулярніше|найчитаніше|cele mai citite|legolvasottabb(?: cikkek)?|najčitanije|најчитаније|terpopuler|en çok okunan(?:lar)?|самое (?:читаемое|популярное))';

/**
 * Page tools alone on a line in Spanish, Portuguese and French, as the English "Comments", "Share", "Print" are read: a
 * share row's "Comentar", "Compartir", "Compartilhar", "Guardar", "Imprimir", a comment count "Comentarios (12)", a
 * subscribe button ("Suscríbete", "Assine"); and in French: "Partager", "Courriel", "Imprimer", "Copier le lien",
 * "Commentaires"; and in Italian: "Condividi", "Commenta", "Stampa", an agency's "Suggerisci" and the row's "Altri"; a
 * comment count in Turkish, Hebrew and Persian ("Yorumlar (23)", "12 תגובות", "תגובות: 47", "نظرات") and Turkish "Yorum
 * Yap" (write a comment); a comment count in South-east Europe's languages: Croatian and Serbian "38 komentara",
 * "Komentari (38)", Slovene "Komentarji (3)", Romanian "5 comentarii", Greek "12 σχόλια", Albanian "Komente"; Georgian,
 * Armenian, Amharic, Sinhala and Khmer share, print and text-size buttons ("გაზიარება", "Կիսվել", "បោះពុម្ព",
 * `CAUCASUS_HORN_ASIA_TOOL_LABELS`); Burmese, Mongolian, Lao, Tibetan and Dhivehi share and print buttons ("မျှဝေပါ",
 * "Хуваалцах", "ພິມ", `ASIAN_SCRIPT_TOOL_LABELS`); the African languages' share and print buttons (Swahili
 * "Shirikisha", Somali "Daabac", `AFRICAN_TOOL_LABELS`).
 */
export const FOREIGN_TOOL_LABELS = `(?:${CAUCASUS_HORN_ASIA_TOOL_LABELS}|${ASIAN_SCRIPT_TOOL_LABELS}|comentar|coment[áa]rios?|compartir|compartilhar|guardar|salvar|imprimir|suscr[íi]bete(?: aquí)?|suscribite|assine(?: já)?|newsletter|partager|tweeter|envoyer|courriel|imprimer|commentaires?|copier le lien|condividi|commenta|suggerisci|stampa|altri|(?:\\d+ )?(?:yorum(?:lar)?|תגובות|نظرات|komentar(?:a|i|ja|jev|ji)?|comentarii|σχόλια|komente)(?::\\s*\\d+)?|yorum yap|${AFRICAN_TOOL_LABELS})\\s*(?:\\(\\d+\\))?`;

/**
 * A Spanish or Portuguese pitch addressed to the reader: join the site's WhatsApp or Telegram channel, follow it on
 * Google News, subscribe to its newsletter ("Únete a nuestro canal … Whatsapp", "Suscríbete aquí al newsletter de …",
 * "Seguí a Infobae en … WhatsApp", "Recibe las noticias … en tu correo"), or see more of its news ("Veja mais notícias
 * da região no g1"), download its app for news alerts ("Descarga la app de Telemundo 51 para recibir alertas …"), or
 * donate to it ("Apoya el periodismo independiente en español. … Dona hoy"); in Turkish, subscribe to its feed
 * ("Google News'te Sözcü'ye Abone Ol", "… takip etmek için ABONE OL": the imperative closes the line, no full stop).
 * An imperative to the reader opens it; news prose reports such things in the third person ("El canal de WhatsApp del
 * ministerio …").
 * Not "Sigue"/"Entre" alone, which also open prose ("Sigue abierta la inscripción …"): "Sigue" only with an article
 * and a social network after it, as El País closes a story ("Sigue toda la información de Economía en Facebook y X").
 * A newsletter box's blurb ending on the reader's inbox ("…, cada semana en tu correo."). "Boletín Oficial" only after
 * an imperative to the reader.
 */
export const FOREIGN_PITCHES =
  '(?:(?:únete|unite|súmate|sumate|síguenos|seguinos|seguí|siga|participe|suscr[íi]bete|suscribite|suscríbase|inscr[íi]bete|regístrate|ap[úu]ntate|apúntese|assine|inscreva-se|cadastre-se|subscreva|inscreve-te)(?!\\p{L}).{0,120}(?:\\b(?:whatsapp|telegram|google news|newsletters?|bolet[íi]n|boletim)\\b|\\b(?:en tu|no seu) (?:correo|e-?mail|bandeja))(?!\\p{L}).{0,250}|(?:sigue|síguenos|seguinos|siga|sigam|segue-nos|siga-nos) (?:toda|todas|todo|todos|a|o|al|el|la|las|nuestr[oa]s?|nosso|nossa|as|os)(?!\\p{L}).{0,120}\\b(?:en|no|na|nas|nos) (?:facebook|instagram|x|twitter|tiktok|youtube|threads|bluesky|whatsapp|telegram|redes sociales|redes sociais)(?!\\p{L}).{0,120}|.{0,120}(?:en tu (?:correo|e-?mail|bandeja de entrada)|no seu e-?mail|na sua caixa de (?:entrada|correio))\\.?|(?:recib[eí]|receba)(?!\\p{L}).{0,120}\\b(?:en tu|no seu) (?:correo|e-?mail|bandeja)(?!\\p{L}).{0,100}|(?:veja|leia|confira|acompanhe|lee|lea|mira|mirá|consulta|encuentra) (?:(?:mais|más|todas las|todas as|las últimas|as últimas) )?(?:notícias|noticias)\\b.{0,120}|(?:descarga|descargá|descargue|baja|instala|baixe) (?:la|nuestra|o|nosso) (?:app|aplicaci[óo]n|aplicativo)\\b.{0,120}\\b(?:noticias|notícias|alertas|titulares)\\b.{0,120}|[^.!?]{0,100}\\babone ol(?:un)?|(?:apoya|apoye|apóyanos|apoia|ayúdanos a sostener) (?:el|al|nuestro|nuestra|o|nosso) (?:periodismo|jornalismo|trabajo|labor|redacci[óo]n)\\b.{0,200}\\b(?:dona|done|donar|doe|doar|haz una donaci[óo]n|contribuye)(?!\\p{L}).{0,120})';

/**
 * A comment box's sign-in prompt in Spanish and Portuguese, addressed to the reader: "Para poder comentar tenés que
 * ingresar con tu usuario", "Inicia sesión para comentar", "Faça login para comentar". "Para comentar la medida, el
 * ministro …" is prose: the prompt goes on to what the reader must do.
 */
export const FOREIGN_COMMENT_PROMPTS =
  '(?:para (?:poder )?comentar,?\\s+(?:tenés|tienes|debes|debés|necesitas|necesitás|deberás|hay que|es necesario|você precisa|é preciso|é necessário)(?!\\p{L}).{0,120}|(?:inicia|iniciá|ingresa|ingresá|inicie|faça|fa[çc]a) (?:sesión|login|o login)(?!\\p{L}).{0,40}\\bcomentar\\b.{0,60})';

/**
 * A photo or source credit in Spanish and Portuguese, alone on its line as the English "Photo: …", "Source: …" are
 * read: "(Foto: Reuters)", "Crédito: Archivo", "Foto: Reprodução/TV Globo", "Imagen: Cortesía", "Fuente: Indec"; and a
 * lone agency sign-off: "(EFE)", "Agência Brasil"; a photo credit in the African languages written in Latin script
 * (Swahili "Picha: …", Kinyarwanda "Amafoto: …", `AFRICAN_CREDITS`); photo and source credits in Burmese, Mongolian,
 * Lao, Tibetan and Dhivehi ("Зураг: …", "ແຫຼ່ງຂ່າວ: …", `ASIAN_SCRIPT_CREDITS`).
 */
export const FOREIGN_CREDITS = `(?:\\(?(?:fotos?|foto de|fotograf[íi]a|imagen(?:es)?|imagem|im[aá]genes|cr[ée]ditos?|v[íi]deo|ilustraci[óo]n|ilustra[çc][ãa]o|infograf[íi]a|fuente|fonte)\\s*:.{1,80}?\\)?|\\(?(?:EFE|ANSA|DPA|Europa Press|Ag[êe]ncia Brasil|Estad[ãa]o Conte[úu]do|Notimex|Xinhua)\\)?|${AFRICAN_CREDITS}|${ASIAN_SCRIPT_CREDITS})`;

/**
 * A paywall's offer to subscribe: "abonnez-vous", "Je m'abonne", "réservé aux abonnés", "abonnieren", "Abo",
 * "suscríbete", "suscriptores", "assine", "assinantes", "abbonati", "abonneren", "abonnenten", "prenumerera"; and the
 * Baltic portals' "Telli" / "tellijale" (Estonian: subscribe, for subscribers), "Abonē" (Latvian),
 * "Prenumeruok" (Lithuanian, caught by `prenumer`).
 */
export const FOREIGN_SUBSCRIBE_WORDS =
  "(?:abonn(?:ez|é|ée|és|ement|er)|m['’]abonne|abonnier|\\babo\\b|abonnent|suscr[ií]b|suscriptor|suscripci[óo]n|assin(?:e|ar|atura|antes?)\\b|abbonat|abbonament|abbonarsi|abonneer|abonnement|prenumer|подпи|\\btelli(?:ja|jale|mus|ge|\\b)|abonē)";

/**
 * A paywall's offer to log in: "Déjà abonné ?", "Connectez-vous", "Se connecter", "Anmelden", "Einloggen", "Inicia
 * sesión", "Entrar", "Accedi", "Inloggen", "Logga in", "Войти"; the Baltic portals' "Logi sisse" (Estonian),
 * "Ienākt" / "Pieslēgties" (Latvian), "Prisijunkite" / "Prisijungti" (Lithuanian).
 */
export const FOREIGN_LOG_IN_WORDS =
  '(?:déjà abonné|connectez-vous|se connecter|anmelden|einloggen|bereits abonnent|inicia(?:r)? sesi[óo]n|ya (?:eres|soy) suscriptor|j[áa] (?:é|sou) assinante|entrar|accedi|sei già abbonato|inloggen|logga in|logg inn|войти|logi sisse|ienākt|pieslēg|prisijung|prisijunk)';
