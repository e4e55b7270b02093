import { extractArticle } from '../../../utils/dom/extract-article';
import { TextBuilder } from '../../../utils/dom/text-builder';

/** The non-empty lines `extractArticle` writes for `doc`, its `<h1>` as the headline. */
export function articleLines(doc: Document): string[] {
  const builder = new TextBuilder();
  extractArticle(doc, builder, [], doc.querySelector('h1') ?? undefined);
  return builder
    .toString()
    .split('\n')
    .filter((line) => line.length > 0);
}
