/**
 * The report button a markets site sets after a ticker inside a sentence: TheStreet's "Apple (AAPL) - Get Report"
 * (its ratings report), Zacks' "(AAPL - Free Report)", as their stories print on their own sites and in the copies
 * Yahoo Finance and Nasdaq.com syndicate. Read as text it glues "- Get Report" into the sentence; the link is a
 * button, and the dash before it only joins it to the ticker. MarketBeat's "(NYSE:HLVN - Get Free Report)" is left
 * as it reads: the suite's MarketBeat page (modern-robo-marketbeat-instant-alert) expects it in the story's text.
 */
const REPORT_BUTTON = /^(?:get report|free report)$/i;
/** The text right before the button: a ticker (in capitals, maybe closing its bracket) and the dash. */
const TICKER_DASH = /\b[A-Z]{1,5}(?:\.[A-Z])?\)?\s*[-–]\s*$/u;
/** The dash left before the button once it is gone, with the space around it. */
export const REPORT_CHIP_DASH = /\s*[-–]\s*$/u;

/** The text of the nodes right before an element, back to the start of its parent (at most a few nodes). */
function textBefore(element: Element): string {
  let text = '';
  for (let node = element.previousSibling; node && text.length < 40; node = node.previousSibling) {
    text = (node.textContent ?? '') + text;
  }
  return text;
}

/** True for a link whose text is a report button ("Get Report") right after a ticker and a dash. */
export function isReportChip(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'A') return false;
  const text = (element.textContent ?? '').trim();
  return REPORT_BUTTON.test(text) && TICKER_DASH.test(textBefore(element));
}
