import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isResultsBox } from '../../../utils/dom/is-results-box';

/** `isResultsBox` for the page's `#r`, set between two story paragraphs. */
function boxAt(box: string): boolean {
  const doc = parseHTML(
    `<html><body><div><p>The race was called before midnight.</p>${box}<p>Turnout was high.</p></div></body></html>`,
  ).document as unknown as Document;
  const element = doc.getElementById('r');
  if (!element) throw new Error('fixture needs #r');
  return isResultsBox(element);
}

describe('isResultsBox', () => {
  it.each([
    [
      'an AP race table with its expected-vote and race-call lines',
      '<div id="r"><h3>Governor</h3><table><tr><td>Ann Lee REP ✔ Winner</td><td>612,408</td><td>54.9%</td></tr><tr><td>Bo Ek DEM</td><td>489,115</td><td>43.8%</td></tr></table><div><span>87% of expected vote counted</span> <span>Updated 12:41 AM CST</span> <span>Source: AP · AP race call at 9:52 PM CST</span></div></div>',
    ],
    [
      'a party tally with its seat count and refresh stamp',
      '<div id="r"><div>State Election Results 2021 LIVE</div><table><tr><th>Party</th><th>Won</th><th>Leads</th></tr><tr><td>ABC+</td><td>112</td><td>6</td></tr><tr><td>XYZ+</td><td>46</td><td>3</td></tr></table><div>180/180 seats | Majority: 91 | Last updated: 10:58 pm</div><a href="/results">Full results</a></div>',
    ],
    [
      'a British seat result: declaration badge, candidates listed, majority and turnout',
      '<div id="r"><h2>Harbour North</h2><p>CON GAIN FROM LAB</p><ol><li>Conservative Ann Lee Votes 22,941 Share 51.0% +9.4</li><li>Labour Bo Ek Votes 19,653 Share 43.7% -10.2</li></ol><dl><dt>Majority</dt><dd>3,288</dd><dt>Turnout</dt><dd>63.8%</dd></dl><a href="/c">See full results</a></div>',
    ],
    [
      'a measure widget whose source line is a sentence',
      '<section id="r"><h3>Proposition A</h3><table><tr><td>For</td><td>16,790</td><td>49.4%</td></tr><tr><td>Against</td><td>17,202</td><td>50.6%</td></tr></table><p>100% of precincts reporting · Last updated Nov. 4, 2026, 1:48 a.m.</p><p>Source: Harlan County Elections Administration. Results are unofficial until canvassed by the county.</p></section>',
    ],
  ])('should find %s', (_case, html) => {
    expect(boxAt(html)).toBe(true);
  });

  it.each([
    [
      'a results table the story prints, its source line naming the precincts',
      '<div id="r"><table><caption>Harbor Ward council race (unofficial)</caption><tr><td>Nadia Ferrante</td><td>3,118</td><td>47.2%</td></tr><tr><td>Gus Ahlberg</td><td>2,906</td><td>44.0%</td></tr></table><p>Source: Bellhaven City Clerk. All 14 precincts reporting.</p></div>',
    ],
    [
      'a live blog post written as sentences around its table',
      '<div id="r"><time>Updated 10:42 p.m.</time><p>With 60% of the expected vote counted, Ann Lee leads Bo Ek by about eight points in the governor’s race.</p><table><tr><td>Ann Lee</td><td>52%</td></tr><tr><td>Bo Ek</td><td>44%</td></tr></table></div>',
    ],
    [
      'a list of winners without a live status',
      '<div id="r"><ul><li>Sheriff: Wade Brekke (R), 12,610, defeated Tom Kaspar (D), 8,129.</li><li>Mayor: Jim Ostrowski, 3,922, defeated Becky Lund, 2,487.</li></ul></div>',
    ],
    [
      'a short story set with line breaks around its results embed',
      '<div id="r">Labour has lost Harbour North to the Conservatives.<br><br>Turnout was 63.8%, down slightly on 2017.<br><br><div><p>CON GAIN FROM LAB</p><ol><li>Conservative Ann Lee Votes 22,941 Share 51.0%</li><li>Labour Bo Ek Votes 19,653 Share 43.7%</li></ol></div>Nearby Ashcombe was held by Labour with a reduced majority.</div>',
    ],
    [
      'a byline box whose rows are its date stamps',
      '<div id="r"><div>Ann Lee Reporter</div><ul><li><time>23:58, 2 Sep 2019</time></li><li>Updated <time>00:41, 3 Sep 2019</time></li></ul></div>',
    ],
    [
      'a status line over one row only',
      '<div id="r"><table><tr><td>Ann Lee</td><td>612,408</td></tr></table><p>Updated 12:41 AM</p></div>',
    ],
    [
      'a table, not a box around one',
      '<table id="r"><tr><td>Ann Lee</td><td>87% of expected vote counted</td></tr></table>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(boxAt(html)).toBe(false);
  });
});
