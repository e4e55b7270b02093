import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

describe('standing disclaimers under a story (DISCLAIMER_LINES)', () => {
  it.each([
    'The author has no positions in any of the stocks mentioned.',
    'Rachel Okafor has no position in any of the stocks mentioned. The Motley Fool has no position in any of the stocks mentioned. The Motley Fool has a disclosure policy.',
    'Analyst’s Disclosure: I/we have no stock, option or similar derivative position in any of the companies mentioned, and no plans to initiate any such positions within the next 72 hours.',
    "Seeking Alpha's Disclosure: Past performance is no guarantee of future results. No recommendation or advice is being given.",
    'Opinions expressed are those of the author. They do not reflect the views of Reuters News.',
    "Editorial disclaimer: Opinions expressed here are the author's alone, not those of any bank, credit card issuer, airline or hotel chain.",
    'The views expressed in this article are solely those of the writer and do not necessarily reflect those of the Ledger.',
    'Chatham House does not express opinions of its own. The opinions expressed in this publication are the responsibility of the author.',
    'Carnegie does not take institutional positions on public policy issues; the views represented herein are those of the author(s).',
    'WebMD does not provide medical advice, diagnosis or treatment. See additional information.',
    'The BabyCenter editorial team is committed to providing the most helpful information. This content is for informational purposes only and is not a substitute for professional medical advice.',
    'The material on this site is for informational purposes only.',
    'Many or all of the products featured here are from our partners who compensate us. This influences which products we write about.',
    'The offers that appear on this site are from companies that compensate us. This compensation may impact how and where products appear on this site, including, for example, the order in which they may appear within the listing categories.',
    'Advertiser Disclosure',
    'Advertiser Disclosure: The offers that appear in this table are from partnerships from which Investopedia receives compensation.',
    'We may earn revenue from the products available on this page and participate in affiliate programs. Learn more ›',
    'Deal pricing and availability subject to change after time of publication.',
    'Our editors independently research, test, and recommend the best products and experiences; you can learn more about our process here. We may receive commissions on purchases made from our chosen links.',
  ])('drops the disclaimer: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // Story sentences on positions, opinions, advice and disclosures.
    'The fund has no position in any of the stocks mentioned by the senator, its filing shows.',
    'Regulators said the bank has no positions left in the bonds after selling them in March.',
    'The opinions expressed in the survey are those of residents who answered it, not of the council.',
    'Opinions expressed at the meeting ranged from anger to resignation.',
    // An op-ed's own closing line, kept as the line rules settled before.
    'The views expressed in this article are those of the author.',
    'The company’s disclosure of the breach came three weeks after it was found.',
    'Doctors warn that the app does not provide medical advice, whatever its marketing says.',
    'The clinic said the leaflet is for informational purposes only and urged patients to call.',
    'Many of the products on the shelves are from local farms, the co-op said.',
    'The offers that appear on the site are from companies that pay the lowest rates, the watchdog found.',
    'Some of the companies that compensate us for referrals also appear in our rate tables.',
    'The advertiser disclosure rules took effect in January, the regulator said.',
    'Chatham House held a meeting on the subject in March.',
    'We may earn more from the sale than we expected, the treasurer said.',
    'Prices and availability of seed vary from county to county.',
  ])('keeps the story: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('research institutes’ standing disclaimers (DISCLAIMER_LINES)', () => {
  it.each([
    'The views expressed are those of the authors and should not be attributed to the Urban Institute, its trustees, or its funders.',
    'The views expressed in this post are those of the author and should not be interpreted as reflecting the views of the Federal Reserve Bank of Harbourton.',
    'The European Council on Foreign Relations does not take collective positions. ECFR publications only represent the views of their individual authors.',
    'The Institute for Harbour Studies does not take institutional positions on policy.',
  ])('drops the disclaimer: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The views expressed at the hearing should not be attributed to the committee, its chair said.',
    'The findings should not be attributed to chance alone, the authors wrote.',
    'The union does not take collective positions on pay until members have voted.',
    'Members said the European Council on Foreign Relations does not take collective positions, which frustrates them.',
  ])('keeps the story: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('a series note holding the house’s no-view line (DISCLAIMER_LINES)', () => {
  it.each([
    'Critical Questions is produced by the Center for Harbour Studies (CHS), a private, tax-exempt institution focusing on international public policy issues. Its research is nonpartisan and nonproprietary. CHS does not take specific policy positions. Accordingly, all views, positions, and conclusions expressed in this publication should be understood to be solely those of the author(s).',
    'Founded in 1961, the Harbour Forum does not take institutional positions on public policy issues; the views represented here are those of the author.',
  ])('drops the note: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The foundation does not take policy positions, its director said, and its grants go to both parties.',
    'The council does not take positions on planning appeals; those of the author of the report were read out anyway.',
  ])('keeps the story: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('an institute’s views disclaimer in its other wordings (DISCLAIMER_LINES)', () => {
  it.each([
    'The views presented in this piece are those of the author(s) and do not necessarily represent the views of the Harbour Development Institute or our partners.',
    'The content and the views expressed in this blog are those of the author(s) and do not necessarily reflect the views of the institute.',
    'The views contained in this paper are those of the authors and not necessarily those of the bank.',
  ])('drops the disclaimer: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'The views presented at the inquiry were those of residents and do not necessarily represent the council, the chair said.',
    'The content and the views of the exhibition changed after the curator left.',
    'The views presented in this piece are those of the author.',
  ])('keeps the story: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("DISCLAIMER_LINES on TheStreet's position disclosures", () => {
  it.each([
    'This article is commentary by an independent contributor. At the time of publication, the author held no positions in the stocks mentioned.',
    'At the time of publication, the author held no positions in the stocks mentioned.',
    'Jim Cramer and the AAP team hold a position in Gradex for their Action Alerts PLUS Charitable Trust Portfolio. Want to be alerted before Cramer buys or sells GRDX? Learn more now.',
  ])('drops the disclosure: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'At the time of publication, the senator held no shares in the company, her office said.',
    'The fund holds a position in Gradex for its growth portfolio, filings show.',
    'Harbour Capital holds a position in Gradex for its Growth Portfolio, a filing shows.',
    'This article is commentary by an independent contributor who covered the port for a decade.',
  ])('keeps the story line: %s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
