import type { Metadata, SourceInfo } from '../utils/model';
import { safeUrl } from './safe-url';

/** The last part of a path, Unix or Windows style. */
const PATH_SEPARATOR = /[\\/]/;

/**
 * A short, honest name for where a document came from, shown in place of a headline it does not have: the site's
 * host for a page (`news.example`), the file name for saved text (`story.txt`), undefined when nothing is known.
 */
export function sourceLabel(source: SourceInfo, metadata: Pick<Metadata, 'url'>): string | undefined {
  const page = safeUrl(metadata.url) ?? safeUrl(source.name);
  if (page) return page.hostname.replace(/^www\./, '');
  const file = source.name?.trim().split(PATH_SEPARATOR).pop();
  return file || undefined;
}
