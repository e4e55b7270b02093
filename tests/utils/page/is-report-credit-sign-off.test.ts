import { describe, expect, it } from 'vitest';
import { isReportCreditSignOff } from '../../../utils/page/is-report-credit-sign-off';
import { readClosingLines } from '../../../utils/page/read-closing-lines';
import { splitLines } from '../../../utils/page/split-lines';

const BODY = 'The council voted on Monday to rebuild the harbour wall.\nWork starts in the spring.';

describe('isReportCreditSignOff', () => {
  it.each([
    '—May ulat ni Jomar Dizon/RSJ',
    '(May ulat nina Ana Cruz at Ben Reyes)',
    'Mula sa ulat ni Lito Santos',
    '—With a report from Joviland Rita/KG, GMA Integrated News',
    'With reports from Ann Lee and Bo Cruz/RSJ',
    '– With a report by Mara Cepeda',
  ])('should read the credit for others’ reporting: %s', (line) => {
    expect(isReportCreditSignOff(line)).toBe(true);
    expect(readClosingLines(splitLines(`${BODY}\n${line}`)).taken).toBe(1);
  });

  it.each([
    'With a report from the auditors due in March, the council delayed the vote.',
    'With reports from the field still coming in, the toll is expected to rise.',
    'May ulat ang PAGASA na lalakas pa ang bagyo bukas ng umaga.',
    'The mayor said he would wait for the report from the engineers.',
  ])('should leave the sentence: %j', (line) => {
    expect(isReportCreditSignOff(line)).toBe(false);
  });
});
