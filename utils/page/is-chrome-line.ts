import { isCommentActionRow } from './is-comment-action-row';
import { isReleaseEndMark } from './read-release-span';

/** Lines this long are never buttons or sort menus. */
const MAX_LENGTH = 60;

/**
 * Page furniture around comments, one alternative per kind: sign-in prompts, load/sort controls, per-comment buttons,
 * ad labels, footer links, share rows and the headings of related-link lists. Matched against the whole line
 * (optionally with a trailing "(3)", "…" or ":"), so a sentence that uses these words stays text.
 */
const FURNITURE = [
  '(?:log\\s?in|sign\\s?in|sign\\s?up|register|subscribe)\\s+to\\s+(?:comment|reply|post|join\\s+the\\s+(?:conversation|discussion))',
  '(?:load|show|view|see)\\s+(?:all\\s+|more\\s+|previous\\s+|older\\s+|newer\\s+)?(?:comments|replies)',
  '(?:load|show)\\s+more|hide\\s+replies|sort(?:ed)?\\s+by\\b.*',
  // The same paging link in the languages of the sites' own comment systems: "Ver más comentarios", "Voir les 42 autres
  // réactions", "Weitere Kommentare laden", "Mostra altri commenti", "Pokaż więcej komentarzy", "Meer reacties laden".
  '(?:ver|mostrar|cargar)\\s+(?:m[áa]s|todos\\s+los)\\s+comentarios|voir\\s+(?:plus\\s+de|(?:tous\\s+)?les(?:\\s+\\d+)?(?:\\s+autres)?)\\s+(?:commentaires|r[ée]actions)',
  '(?:weitere|alle|mehr)\\s+(?:kommentare|beiträge)(?:\\s+(?:laden|anzeigen|öffnen|lesen))?|(?:mostra|carica|vedi|leggi)\\s+(?:altri|tutti\\s+i)\\s+commenti',
  '(?:pokaż|załaduj|zobacz)\\s+(?:więcej|wszystkie)\\s+komentarz[ey]?|(?:meer|alle)\\s+reacties(?:\\s+(?:laden|bekijken|tonen))?',
  // The form's heading in those languages: "Lascia un commento", "Deja un comentario", "Laisser un commentaire".
  '(?:lascia|scrivi|aggiungi)\\s+un\\s+commento|(?:deja|escribe|añade)\\s+(?:un|tu)\\s+comentario|(?:laisser|laissez|écrire|ajouter)\\s+un\\s+commentaire',
  'kommentar\\s+(?:schreiben|verfassen)|schreiben\\s+sie\\s+einen\\s+kommentar|dodaj\\s+komentarz|(?:plaats|schrijf)\\s+een\\s+reactie',
  '(?:newest|oldest|latest)(?:\\s+first)?|most\\s+(?:liked|popular|recent|voted)|top|best',
  'reply|report|share|like|flag|follow|cancel',
  '(?:post|add|write|leave)\\s+(?:a\\s+)?comment|be\\s+the\\s+first\\s+to\\s+comment|comments\\s+(?:are\\s+)?closed|no\\s+comments\\s+yet',
  'advertisement|sponsored(?:\\s+content)?|privacy\\s+policy|terms\\s+of\\s+(?:use|service)|cookie\\s+(?:settings|policy)',
  'contact\\s+us|about\\s+us|back\\s+to\\s+top|subscribe|sign\\s?up|log\\s?in|sign\\s?in|log\\s?out',
  // Share rows under an article: one network or action per line ("Facebook", "Email", "Copy link").
  'facebook|twitter|whatsapp|linkedin|pinterest|tumblr|e-?mail|print|tweet|copy\\s+link|share\\s+(?:this|on\\s+\\S+|via\\s+\\S+)',
  // Headings of the link lists around comments ("Related", "Most Read", "You may also like").
  'related(?:\\s+(?:stories|articles|posts|links|coverage|content))?|more\\s+(?:stories|news|articles)|most\\s+(?:read|viewed|shared|emailed|commented)',
  'trending(?:\\s+now)?|recommended(?:\\s+for\\s+you)?|you\\s+(?:may|might)\\s+also\\s+like|read\\s+more|newsletter',
];
const CHROME = new RegExp(`^(?:${FURNITURE.join('|')})(?:\\s*\\(\\d+\\))?[.:…!]*$`, 'iu');
// Several controls on one line: "Reply · Share · Report".
const CONTROL_SEPARATOR = /\s*[·|•]\s*/u;
// Controls that only make sense in a comment area; generic ones ("Share", "Like") also appear under articles.
const COMMENT_WORDS = /\b(?:comments?|repl(?:y|ies)|sort(?:ed)?|conversation|discussion)\b/iu;

/**
 * True when a whole line is page furniture ("Login to comment", "Load more comments", "Reply", "Advertisement"), or a
 * release's end mark ("-ENDS-", "- 30 -"): a newsroom without a wire dateline closes its release text on it, and the
 * release span (which drops what follows it) is only read from a dateline; the mark itself is never the story's.
 */
export function isChromeLine(text: string): boolean {
  if (text.length > MAX_LENGTH) return false;
  if (CHROME.test(text) || isCommentActionRow(text) || isReleaseEndMark(text)) return true;
  const parts = text.split(CONTROL_SEPARATOR);
  return parts.length > 1 && parts.every((part) => part === '' || CHROME.test(part));
}

/** True when a chrome line belongs to a comment area specifically, so it can mark where comments begin. */
export function isCommentChrome(text: string): boolean {
  return isChromeLine(text) && COMMENT_WORDS.test(text);
}
