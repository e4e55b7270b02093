import { PanelBar } from './PanelBar';
import type { PageDoc } from '../utils/model';
import { displayDate } from './display-date';
import { safeUrl } from './safe-url';
import { sourceLabel } from './source-label';

interface PanelHeaderProps {
  doc: PageDoc;
  onClose: () => void;
  /** Locale for dates that the page gave only as ISO 8601. */
  locale?: string;
}

/**
 * The article's identity: headline, standfirst, date, byline, publisher and a link to the source, plus the close
 * button.
 */
export function PanelHeader({ doc, onClose, locale }: PanelHeaderProps) {
  const { headline, standfirst, date, bylines, publisher } = doc.metadata;
  const source = safeUrl(doc.metadata.url) ?? safeUrl(doc.source.name);
  const label = headline ? undefined : sourceLabel(doc.source, doc.metadata);
  const byline = bylines.map((b) => b.text).join(', ');
  return (
    <header class="sl-header">
      <PanelBar onClose={onClose} />
      {headline ? (
        <h1 class="sl-header__headline">{headline.text}</h1>
      ) : (
        // Saved text often has no headline: say so, and name the source instead of inventing a title.
        <h1 class="sl-header__headline sl-header__headline--missing">
          <span class="sl-header__missing">No headline</span>
          {label ? <span> · {label}</span> : null}
        </h1>
      )}
      {standfirst ? <p class="sl-header__standfirst">{standfirst.text}</p> : null}
      <p class="sl-header__meta">
        {date ? <time dateTime={date.iso}>{displayDate(date, { locale }).text}</time> : <span>No date found</span>}
        {byline ? <span> · By {byline}</span> : null}
        {publisher ? <span> · {publisher.text}</span> : null}
      </p>
      {source ? (
        <p class="sl-header__source">
          <a href={source.href} target="_blank" rel="noopener noreferrer">
            Source: {source.hostname}
          </a>
        </p>
      ) : null}
    </header>
  );
}
