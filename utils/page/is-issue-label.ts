/**
 * A magazine's issue number printed over or beside a story's title: "No. 84", "Issue 112", "Issue No. 7", "Issue
 * #12", "Vol. 3, No. 2", "Volume 12, Issue 4", with the issue's month or season after a separator ("No. 84 · Winter
 * 2019"). Long-form magazines (The Atavist's "No. 84", literary and review quarterlies) set it on their cover
 * section; it names the issue, not the story. A number alone ("84") or a ranking ("No. 1 seed") is not read so.
 */
const ISSUE_LABEL =
  /^(?:vol(?:ume|\.)?\s*\d{1,4}\s*[,·|–—-]?\s*)?(?:(?:issue|number|no\.)\s*(?:no\.\s*|#\s*)?\d{1,4}|issue\s+#\s*\d{1,4})(?:\s*[,·|•–—-]\s*(?:(?:spring|summer|autumn|fall|winter|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s+)?\d{4})?$/iu;

/** True for a magazine issue's number label alone on a line ("No. 84", "Vol. 3, Issue 14"). */
export function isIssueLabel(text: string): boolean {
  return ISSUE_LABEL.test(text.trim());
}
