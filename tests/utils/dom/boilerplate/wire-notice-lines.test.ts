import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';
import { WIRE_NOTICE_LINES } from '../../../../utils/dom/boilerplate/wire-notice-lines';

const matches = (line: string) => WIRE_NOTICE_LINES.some((pattern) => pattern.test(line));

describe('WIRE_NOTICE_LINES', () => {
  it.each([
    'To view the source version of this press release, please visit https://www.newsfilecorp.com/release/275118',
    'View the original press release on ACCESS Newswire',
    'View source version on accesswire.com: https://www.accesswire.com/812345/brightvale-opens-depot',
    'View original content to download multimedia:https://www.prnewswire.com/news-releases/halvorsen-301.html',
    'View original content: https://www.newswire.ca/en/releases/archive/November2026/24/c1234.html',
    'Original-Content von: Stadtwerke Lindenau GmbH, übermittelt durch news aktuell',
    '*** OTS-ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS | OTS0042 | 24. Nov. 2026',
    'Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.',
    'Neither TSX Venture Exchange nor its Regulation Services Provider accepts responsibility for the adequacy or accuracy of this news release.',
    'The issuer is solely responsible for the content of this announcement.',
    'Source text for Eikon: Further company coverage:',
    'Source text for Eikon: [ID:nBw6Xk1Ta] Further company coverage: [HLDP.N]',
    'Source text for Eikon:',
    'Further company coverage: (HLDP.N)',
    '(ATTN: UPDATES with more details in paras 6-10; ADDS photo)',
    '(ATTN: RECASTS headline, lead; ADDS comments from officials)',
    '(ATTN: CORRECTS figure in para 4)',
    'Eds: UPDATES with details.',
    'EDS: ADDS byline, photos',
    'Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.',
    'The Agency website contains only a part of the news offered to subscribers, in summarized form.',
  ])('should match %j', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'To view the source version of the plan, residents can visit the town hall until Friday.',
    'View the original press release and you will see that the figures were different.',
    'Original content from the archive was digitised by volunteers over two years.',
    'Neither the TSX Venture Exchange nor the regulator commented on the halt, which lasted two days.',
    'The issuer is solely responsible for repaying the bonds, the court ruled.',
    'Source text for Eikon users showed the bid was raised to $41 a share.',
    'Further company coverage: analysts expect the merger to close in March.',
    'Attn: parents of pupils in Year 6, the trip leaves at 8 a.m.',
    'ATTN: The meeting has moved to Room 4.',
    'Eds: the piece first ran in March and was updated later.',
    '(ATTN: UPDATES with details) The ministry said exports rose.',
    'The agency website contains only a portion of the files, the audit found, and subscribers were not told.',
    'Its website contains only some of the stories offered to subscribers of the print edition, critics said last year when the paywall went up, and readers complained.',
  ])('should not match %j', (line) => {
    expect(matches(line)).toBe(false);
  });
});
