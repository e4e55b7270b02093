import { describe, expect, it } from 'vitest';
import { EDITORIAL_POLICY_LINES } from '../../../../utils/dom/boilerplate/editorial-policy-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => EDITORIAL_POLICY_LINES.some((pattern) => pattern.test(line));

describe('EDITORIAL_POLICY_LINES', () => {
  it.each([
    'Our editorial integrity. Our writers and editors follow strict guidelines to ensure the content you read is accurate and unbiased. Learn more about our editorial policy.',
    'Editorial integrity: Bankrate follows a strict editorial policy, so you can trust that we’re putting your interests first.',
    'Our writers and editors follow strict guidelines to ensure the content you read is accurate and unbiased.',
    'At RateLedger we strive to help you make smarter financial decisions. We adhere to strict editorial standards, so you can trust our content.',
    "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice. If you have a complaint about the editorial content which relates to inaccuracy or intrusion, then please contact the editor here. If you are dissatisfied with the response provided you can contact IPSO here.",
    'This publication is regulated by IMPRESS, the independent monitor for the press.',
    'We are a member of the Press Council of Ireland and the Office of the Press Ombudsman.',
    'We value your trust. Our mission is to provide readers with accurate and unbiased information, and we have editorial standards in place to ensure that happens.',
  ])('drops the site’s note on its editorial standards: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // A story on a paper's policy quotes who said it.
    'The Courier follows strict guidelines on anonymous sources, so you will rarely see one, its editor said.',
    // The policy reported, with no reader addressed.
    'The agency follows strict guidelines on when it can release the names of people it detains.',
    'Lenders follow strict guidelines when they underwrite a jumbo loan, and borrowers need reserves of at least six months.',
    'Lenders follow strict guidelines, so you need a credit score of at least 620 for most conventional loans.',
    'Fannie Mae follows strict guidelines on condos, so your building may need a review before you can close.',
    // A how-to addressing the reader about somebody else's guidelines.
    'Your lender will ask for two years of tax returns, because Fannie Mae requires them for self-employed borrowers.',
    // A story on the regulator names the paper and who ruled.
    "The Ledger breached the Editors' Code of Practice when it named the boy, IPSO ruled on Tuesday.",
    'This newspaper is regulated by IPSO, which found last week that the headline was misleading.',
    "We are committed to the Editors' Code, the editor said after the complaint was upheld.",
    // A newsroom's mission reported, with who said it, or without the site's standards.
    'Our mission is to provide readers with accurate and unbiased information, and we have editorial standards in place, the publisher said.',
    'Our mission is to provide readers with accurate local news every day, and the paper hired four reporters this year.',
  ])('keeps a story’s sentence: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
