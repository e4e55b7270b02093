import type { Comment, Entity, EntityType, PageDoc } from '../model';
import { escapeMarkdown } from './escape-markdown';
import { walkThreads } from './walk-threads';

/** Noise score (0–1) from which a comment is marked collapsed, as the panel does by default; callers may override. */
const DEFAULT_NOISE_THRESHOLD = 0.5;

/** Deepest list nesting (levels) for replies; deeper replies stay at this level and name whom they answer. */
const MAX_LIST_DEPTH = 6;

/** Section title for each entity type, in the order the sections appear. */
const ENTITY_SECTIONS: readonly [EntityType, string][] = [
  ['person', 'People'],
  ['place', 'Places'],
  ['organization', 'Organizations'],
  ['misc', 'Other'],
];

/** Options of `toMarkdown`. */
export interface MarkdownOptions {
  /** Noise score (0–1) at or above which a comment is shown as collapsed, with its reasons. */
  noiseThreshold?: number;
}

function headerLine(doc: PageDoc): string | undefined {
  const { date, bylines, publisher } = doc.metadata;
  const parts = [
    date ? escapeMarkdown(date.iso) : undefined,
    bylines.length > 0 ? `By ${bylines.map((byline) => escapeMarkdown(byline.text)).join(', ')}` : undefined,
    publisher ? escapeMarkdown(publisher.text) : undefined,
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? `_${parts.join(' · ')}_` : undefined;
}

function entityLine(entity: Entity): string {
  const aliases = entity.aliases.length > 0 ? ` (also: ${entity.aliases.map(escapeMarkdown).join(', ')})` : '';
  return `- **${escapeMarkdown(entity.name)}** × ${entity.count}${aliases}`;
}

function entitySections(entities: readonly Entity[]): string[] {
  return ENTITY_SECTIONS.flatMap(([type, title]) => {
    const ofType = entities.filter((entity) => entity.type === type);
    return ofType.length > 0 ? [`### ${title} (${ofType.length})`, ofType.map(entityLine).join('\n')] : [];
  });
}

function commentItem(comment: Comment, parent: Comment | undefined, depth: number, threshold: number): string {
  const indent = '  '.repeat(depth);
  const notes: string[] = [];
  if (parent && comment.replyTo) {
    notes.push(`reply to ${escapeMarkdown(parent.author.text)}: ${escapeMarkdown(comment.replyTo.reason)}`);
  } else if (parent) {
    notes.push(`reply to ${escapeMarkdown(parent.author.text)}`);
  }
  if (comment.noise.score >= threshold) {
    const reasons = comment.noise.reasons.map((reason) => escapeMarkdown(reason.message)).join('; ');
    notes.push(`collapsed as noise${reasons ? `: ${reasons}` : ''}`);
  }
  const head = `${indent}- **${escapeMarkdown(comment.author.text)}**${notes.length ? ` _(${notes.join('; ')})_` : ''}`;
  // Hard line breaks ("\" at line end) keep each source paragraph on its own line inside the list item.
  const lines = comment.paragraphs.map((paragraph) => `${indent}  ${escapeMarkdown(paragraph.text)}`);
  return [head, ...lines].map((line, i, all) => (i < all.length - 1 ? `${line}\\` : line)).join('\n');
}

function commentsSection(doc: PageDoc, threshold: number): string[] {
  const declared = doc.commentSection.declaredCount;
  const title = `## Comments (${doc.comments.length}${declared === undefined ? '' : ` of ${declared} declared`})`;
  const items = walkThreads(doc.comments, doc.threads).map(({ comment, parent, depth }) =>
    commentItem(comment, parent, Math.min(depth, MAX_LIST_DEPTH), threshold),
  );
  return doc.comments.length > 0 ? [title, items.join('\n')] : [];
}

/** The document as a readable Markdown report; all page text is escaped so it renders literally. */
export function toMarkdown(doc: PageDoc, options: MarkdownOptions = {}): string {
  const threshold = options.noiseThreshold ?? DEFAULT_NOISE_THRESHOLD;
  const byId = new Map(doc.comments.map((comment) => [comment.id, comment]));
  const { metadata } = doc;
  const blocks: (string | undefined)[] = [
    // No made-up title: without a headline, say so and name the source when it is known.
    `# ${metadata.headline ? escapeMarkdown(metadata.headline.text) : `No headline${doc.source.name ? ` (${escapeMarkdown(doc.source.name)})` : ''}`}`,
    headerLine(doc),
    // The standfirst, one quoted line per paragraph, as it stands under the headline.
    metadata.standfirst
      ? metadata.standfirst.text
          .split('\n')
          .map((line) => `> ${escapeMarkdown(line)}`)
          .join('\n>\n')
      : undefined,
    ...(doc.summary.length > 0
      ? ['## Summary', doc.summary.map((sentence) => `- ${escapeMarkdown(sentence.text)}`).join('\n')]
      : []),
    ...(doc.entities.body.length > 0 ? ['## Entities', ...entitySections(doc.entities.body)] : []),
    ...(doc.readersSay.length > 0
      ? [
          '## What readers say',
          doc.readersSay
            .map((highlight) => {
              const author = byId.get(highlight.commentId)?.author.text;
              return `- ${escapeMarkdown(highlight.text)}${author ? ` — **${escapeMarkdown(author)}**` : ''}`;
            })
            .join('\n'),
        ]
      : []),
    ...commentsSection(doc, threshold),
    ...(metadata.credits || metadata.copyright ? ['---'] : []),
    metadata.credits ? escapeMarkdown(metadata.credits.text) : undefined,
    metadata.copyright ? escapeMarkdown(metadata.copyright.text) : undefined,
  ];
  return `${blocks.filter((block) => block !== undefined && block !== '').join('\n\n')}\n`;
}
