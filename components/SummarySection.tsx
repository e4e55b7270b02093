import type { SummarySentence } from '../utils/model';
import { PanelSection } from './PanelSection';

/** The extractive summary, sentences in article order. */
export function SummarySection({ summary }: { summary: readonly SummarySentence[] }) {
  return (
    <PanelSection id="summary" title="Summary">
      {summary.length === 0 ? (
        <p class="sl-empty">No summary: the article text was too short or could not be found.</p>
      ) : (
        <ul class="sl-summary">
          {summary.map((sentence) => (
            <li key={sentence.start}>{sentence.text}</li>
          ))}
        </ul>
      )}
    </PanelSection>
  );
}
