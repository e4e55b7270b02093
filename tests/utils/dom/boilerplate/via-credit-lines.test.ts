import { describe, expect, it } from 'vitest';
import { VIA_CREDIT_LINES } from '../../../../utils/dom/boilerplate/via-credit-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => VIA_CREDIT_LINES.some((pattern) => pattern.test(line));

describe('VIA_CREDIT_LINES', () => {
  it.each([
    '(via Ballot Watch)',
    '(via @mirrenholt)',
    '[via The Morning News]',
    '(via the excellent Jonas Feld.)',
    '(h/t Ann Lee)',
    '(Hat tip: TPM Reader JB)',
    '(via Metafilter and @annlee)',
    'Via: Harbour Blog',
    'H/T: @annlee',
  ])('drops the credit line: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Via Veneto',
    'Via Rail',
    'Via Appia was paved in 312 BC.',
    'Via email, the mayor said she would resign.',
    'via a spokesman, who declined to comment on the plan.',
    '(via Ballot Watch) The memo says more than its author claims.',
    'He travelled via Lisbon.',
    'The hat tip goes to the clerk who found the error.',
    '(via a long chain of e-mails from readers who had all seen the same mistake)',
    // The bare credit stays, as the Dragnet reference keeps it with the story.
    'via Longreads',
    'via harbourblog.example.com',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
