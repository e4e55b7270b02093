import { describe, expect, it } from 'vitest';
import { isChartEmbed } from '../../../utils/dom/is-chart-embed';
import { elementOf } from './element-of';

describe('isChartEmbed', () => {
  it.each([
    ['a frame', '<iframe src="https://datawrapper.example/Ab3xQ/2/"></iframe>'],
    ['a block holding only a chart image', '<div><img src="/chart.png" alt="Chart"></div>'],
    [
      'a Flourish embed with its loader script',
      '<div class="flourish-embed"><script src="/embed.js"></script><noscript><img src="/t.png" alt=""></noscript></div>',
    ],
    [
      'a raw-HTML box holding a Datawrapper frame and its inline resize script',
      '<div class="c-html-box"><iframe title="Map" src="https://datawrapper.dwcdn.net/Zp81m/2/"></iframe>' +
        '<script>!function(){window.addEventListener("message",function(a){void 0})}();</script></div>',
    ],
  ])('should read %s as a chart embed', (_case, html) => {
    expect(isChartEmbed(elementOf(html))).toBe(true);
  });

  it.each([
    ['a paragraph with a picture in it', '<p><img src="/a.png" alt=""> The harbour in 1950.</p>'],
    ['a block of text', '<div>The council met.</div>'],
    [
      'a block with a frame, a script and a line of text',
      '<div><iframe src="/c/"></iframe><script>var a = 1;</script><p>The council met on Monday.</p></div>',
    ],
  ])('should not read %s as a chart embed', (_case, html) => {
    expect(isChartEmbed(elementOf(html))).toBe(false);
  });
});

describe('isChartEmbed, an ai2html graphic', () => {
  it('should read a block holding an ai2html artboard, its labels and resizer script, as a chart embed', () => {
    const html =
      '<div class="graphic"><div id="g-box" class="ai2html"><div class="g-artboard"><img src="a.png" alt="">' +
      '<div class="g-aiAbs"><p class="g-pstyle0">100%</p></div><div class="g-aiAbs"><p>La Fontcalda</p></div></div>' +
      '<script>(function(){var a=1;})();</script></div></div>';
    expect(isChartEmbed(elementOf(html))).toBe(true);
  });

  it('should not read a block with an artboard and a paragraph of text beside it as a chart embed', () => {
    const html =
      '<div><div class="g-artboard"><img src="a.png" alt=""><p>2016</p></div><p>The lake shrank by two-thirds.</p></div>';
    expect(isChartEmbed(elementOf(html))).toBe(false);
  });
});

describe('isChartEmbed, a chart with labels placed over its picture', () => {
  it('should read a picture with short labels placed by inline style, class names hashed, as a chart embed', () => {
    const html =
      '<div class="css-1a2b"><div class="css-3c4d"><img src="a.png" alt="">' +
      '<div class="css-5e6f" style="top:4.1%;left:0.4%;width:62px;"><p>100%</p></div>' +
      '<div class="css-5e6f" style="top:22.1%;left:71.9%;width:95px;"><p>Vallmoll</p></div></div></div>';
    expect(isChartEmbed(elementOf(html))).toBe(true);
  });

  it('should not read a picture with a long placed text box (a headline over a hero image) as a chart embed', () => {
    const html =
      '<div><img src="hero.jpg" alt=""><div style="top:60%;left:5%">' +
      'The reservoirs of the Alcaraz basin have lost two-thirds of their water in ten dry years</div></div>';
    expect(isChartEmbed(elementOf(html))).toBe(false);
  });
});
