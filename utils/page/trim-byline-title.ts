import type { MetaText } from '../model';
import { isJobTitle } from './is-job-title';

const SPACES = /^\s+/;

/**
 * A byline read with the writer's job title run on after the name, as templates set the name and title in spans side
 * by side with no comma ("By Megan Laurent Staff Writer", Naviga's and BLOX's author blocks): when the name the
 * metadata declares opens it and the rest is only a job title, the byline is that name, with its span. Any other byline
 * is returned as it is.
 */
export function trimBylineTitle(byline: MetaText, knownNames: readonly string[]): MetaText {
  const text = byline.text;
  for (const known of knownNames) {
    const name = known.trim();
    if (name.length === 0 || name.length >= text.length) continue;
    if (text.slice(0, name.length).toLowerCase() !== name.toLowerCase()) continue;
    const rest = text.slice(name.length);
    if (!SPACES.test(rest) || !isJobTitle(rest)) continue;
    const kept = text.slice(0, name.length);
    return byline.span
      ? { text: kept, span: { start: byline.span.start, end: byline.span.start + name.length } }
      : { text: kept };
  }
  return byline;
}
