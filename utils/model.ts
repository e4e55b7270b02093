/**
 * The one data model of Sidelight: what `parsePageText` returns and what the panel, the CLI and the exporters read.
 *
 * Every piece of text that came from the input carries `{ start, end }`: UTF-16 code-unit offsets into the exact
 * input string (end exclusive), so `input.slice(start, end)` is the raw source of that node. Nothing here is a class:
 * a `PageDoc` is plain JSON and survives `JSON.stringify` / `structuredClone` / `postMessage` unchanged.
 */

/** A half-open range `[start, end)` of UTF-16 offsets into the parser's input. */
export interface Span {
  start: number;
  end: number;
}

/** Text taken from the input, with where it came from. `text` may be trimmed or joined, `start/end` locate it. */
export interface TextSpan extends Span {
  text: string;
}

/**
 * A metadata value. `span` is set when the value was read from the input text, and undefined when it came from
 * page metadata (JSON-LD, `<meta>`, `<title>`) that is not part of the text.
 */
export interface MetaText {
  text: string;
  span?: Span;
}

/** A date with its ISO 8601 form (`YYYY-MM-DD`, or a full date-time when the source gives one). */
export interface MetaDate extends MetaText {
  iso: string;
}

/** What kind of input the document came from: saved page text, or a live/saved page read through the DOM adapter. */
export type SourceKind = 'text' | 'page';

export interface SourceInfo {
  kind: SourceKind;
  /** Length of the input text in UTF-16 code units; every offset in the document is below this. */
  length: number;
  /** File name or URL the input was read from, when known. */
  name?: string;
}

export interface Metadata {
  headline?: MetaText;
  /**
   * The standfirst (dek): the sentence or two the page prints under its headline, when its markup names it, its
   * description repeats it, or it is the prose line under the headline. Kept out of the body, which is the story
   * itself. One line per paragraph; without a span when the text does not print it.
   */
  standfirst?: MetaText;
  date?: MetaDate;
  /** Authors of the article, in the order given. */
  bylines: MetaText[];
  publisher?: MetaText;
  /** The contributors' credit sentence ("… contributed."), split from any copyright notice glued to it. */
  credits?: MetaText;
  /** The copyright notice ("© Copyright 2023 …"). */
  copyright?: MetaText;
  /** BCP 47 primary language tag guessed from the text (`en`, `de`, …), or given by the page. */
  language?: string;
  url?: string;
}

/** A paragraph of the article body: one source line, trimmed. */
export interface Paragraph extends TextSpan {
  type: 'paragraph';
  /** 0-based position among the body paragraphs. */
  index: number;
}

/** A sentence of the body, as found by the sentence splitter. */
export interface Sentence extends TextSpan {
  type: 'sentence';
  /** Index of the body paragraph it belongs to. */
  paragraph: number;
}

/** A sentence picked for the summary, with the score that picked it. */
export interface SummarySentence extends Sentence {
  score: number;
}

export type EntityType = 'person' | 'place' | 'organization' | 'misc';

/** One occurrence of an entity in the input. `text` is the surface form exactly as written. */
export interface Mention extends TextSpan {
  /** The comment the mention is in, for entities found in comments. */
  commentId?: string;
}

export interface Entity {
  /** Stable within one document: `<scope>:<type>:<canonical name>`. */
  id: string;
  /** Canonical (longest, title-free) name: "Vladimir Putin", not "President Putin" or "Putin's". */
  name: string;
  type: EntityType;
  /** Short forms and acronyms merged into this entity ("Kim", "KCNA"). */
  aliases: string[];
  /** Number of mentions; equals `mentions.length`. */
  count: number;
  mentions: Mention[];
}

/** Why a comment looks noisy. `code` is stable; `message` is for people. */
export type NoiseCode =
  | 'shouting'
  | 'insult'
  | 'very-short'
  | 'repeated-punctuation'
  | 'link-spam'
  | 'duplicate'
  | 'muted-author'
  | 'keyword';

export interface NoiseReason {
  code: NoiseCode;
  message: string;
  /** How much this reason adds to the score, 0–1. */
  weight: number;
}

export interface NoiseScore {
  /** 0 (clean) to 1 (certainly noise). The panel collapses at or above the reader's threshold. */
  score: number;
  reasons: NoiseReason[];
}

/** How a reply link was inferred. `dom` means the page's own nesting said so. */
export type ReplyEvidence = 'dom' | 'addressed' | 'quote' | 'answer';

export interface ReplyLink {
  parentId: string;
  /** 0–1; links below the inference threshold are not made at all. */
  confidence: number;
  evidence: ReplyEvidence;
  /** Human-readable: `addresses @Yrral`, `quotes "…"`. */
  reason: string;
}

export interface Comment {
  type: 'comment';
  /** `c1`, `c2`, … in page order. */
  id: string;
  /** 0-based position in page order. */
  index: number;
  author: TextSpan;
  /** The comment's text lines, trimmed, one paragraph per source line. Never empty. */
  paragraphs: TextSpan[];
  /** The whole comment (author line to last text line). */
  start: number;
  end: number;
  /** Paragraph texts joined with "\n". */
  text: string;
  date?: MetaText;
  /** The comment it answers, when known or inferred; undefined for a top-level comment. */
  replyTo?: ReplyLink;
  noise: NoiseScore;
}

/** A comment sentence picked for "What readers say", linked to its comment. */
export interface ReaderHighlight extends TextSpan {
  commentId: string;
  score: number;
}

/** A node of the reply tree: a comment id with its replies, in page order. */
export interface ThreadNode {
  id: string;
  depth: number;
  children: ThreadNode[];
}

export interface CommentSection {
  /** The count the page declares ("35 Comments"), when it declares one. */
  declaredCount?: number;
  /** The line that declared it. */
  countLine?: TextSpan;
  /** Lines recognised as page furniture rather than comments ("Login to comment", "Load more"). */
  chrome: TextSpan[];
}

export type WarningCode =
  'empty-input' | 'binary-input' | 'no-body' | 'count-mismatch' | 'orphan-text' | 'truncated' | 'comments-unreadable';

export interface ParseWarning {
  code: WarningCode;
  message: string;
  span?: Span;
}

export interface PageDoc {
  /** Schema version of this model; bumped on any breaking change. */
  version: 1;
  source: SourceInfo;
  metadata: Metadata;
  body: Paragraph[];
  summary: SummarySentence[];
  entities: {
    /** Entities of the article body. */
    body: Entity[];
    /** Entities readers mention in the comments; mentions carry their `commentId`. */
    comments: Entity[];
  };
  commentSection: CommentSection;
  comments: Comment[];
  /** The reply forest over `comments`, roots in page order. */
  threads: ThreadNode[];
  /** "What readers say": a few comment sentences covering the discussion's main points, noise excluded. */
  readersSay: ReaderHighlight[];
  warnings: ParseWarning[];
}

/** A comment the DOM adapter already found, located in the input text it built. */
export interface CommentHint {
  author: Span;
  paragraphs: Span[];
  date?: MetaDate;
  /** Index (into the hints array) of the comment this one replies to, from the page's own nesting. */
  parentIndex?: number;
}

/** Page metadata that is not part of the text (JSON-LD, `<meta>`, `<title>`); fills what the text does not carry. */
export interface PageMeta {
  headline?: string;
  /** The text of the block the page's markup names as its standfirst (`dek`, `standfirst`, `subtitle`). */
  standfirst?: string;
  /** The page's description meta tag, which many templates fill with the standfirst. */
  description?: string;
  date?: string;
  bylines?: string[];
  publisher?: string;
  language?: string;
  url?: string;
}

/** What the caller knows beyond the text. Everything is optional: plain saved text needs none of it. */
export interface ParseOptions {
  /** `text` (default) for saved page text; `page` when the DOM adapter built the text. */
  kind?: SourceKind;
  /** `page` (default) looks for a comment section; `article` treats the whole input as article text. */
  mode?: 'page' | 'article';
  /** File name or URL, recorded in `source.name`. */
  name?: string;
  meta?: PageMeta;
  /** Offset where the article region ends and the comment region begins, when the adapter knows it. */
  commentsStart?: number;
  /** Comments found in the page's markup; when given, the text is not segmented into comments again. */
  comments?: CommentHint[];
  /** The page has a comment area we cannot read (a cross-origin iframe, say). */
  commentsUnreadable?: boolean;
  /** Number of summary sentences (3–5 is the useful range). */
  summarySentences?: number;
}
