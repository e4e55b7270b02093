import type { PageDoc } from '../model';

/** Spaces per indent level of the pretty JSON. */
const JSON_INDENT = 2;

/** The document as pretty-printed JSON, exactly the `PageDoc` model (see utils/model.ts). */
export function toJson(doc: PageDoc): string {
  return JSON.stringify(doc, null, JSON_INDENT);
}
