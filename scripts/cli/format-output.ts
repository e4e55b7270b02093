import { toJson } from '../../utils/export/to-json';
import { toJsonLd } from '../../utils/export/to-json-ld';
import { toMarkdown } from '../../utils/export/to-markdown';
import type { PageDoc } from '../../utils/model';
import type { OutputFormat } from './parse-cli-args';

/** Spaces per indent level of pretty JSON-LD. */
const JSON_INDENT = 2;

/**
 * What the CLI prints for one document, without a trailing newline: the document itself for a single input, or one
 * JSON line naming the input file for a batch (`doc`, `jsonld` or `markdown` field, after the format).
 */
export function formatOutput(doc: PageDoc, format: OutputFormat, batch: boolean, file: string): string {
  if (!batch) {
    if (format === 'json') return toJson(doc);
    if (format === 'jsonld') return JSON.stringify(toJsonLd(doc), null, JSON_INDENT);
    return toMarkdown(doc).trimEnd();
  }
  if (format === 'json') return JSON.stringify({ file, doc });
  if (format === 'jsonld') return JSON.stringify({ file, jsonld: toJsonLd(doc) });
  return JSON.stringify({ file, markdown: toMarkdown(doc) });
}
