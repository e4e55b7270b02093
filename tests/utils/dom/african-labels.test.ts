import { describe, expect, it } from 'vitest';
import { AFRICAN_READ_LABELS } from '../../../utils/dom/african-labels';
import { FOREIGN_READ_LABELS } from '../../../utils/dom/foreign-labels';
import { isBoilerplateLine } from '../../../utils/dom/is-boilerplate-line';
import { isTeaserLine } from '../../../utils/dom/is-teaser-line';

const whole = (source: string) => new RegExp(`^(?:${source})$`, 'iu');

describe('AFRICAN_READ_LABELS', () => {
  it.each([
    ['Swahili read also', 'Soma pia'],
    ['Swahili read more, capitals', 'SOMA ZAIDI'],
    ['Swahili related news', 'Habari Zinazohusiana'],
    ['Hausa read also', 'Karanta Kuma'],
    ['Hausa read this', 'Karanta wannan'],
    ['Hausa related news, hooked k', 'Labarai masu alaƙa'],
    ['Somali also read', 'Sidoo kale akhri'],
    ['Somali also read, other order', 'Akhri sidoo kale'],
    ['Somali related news', 'Warar la xiriira'],
    ['Yoruba read also, precomposed', 'Ẹ tun le ka'],
    ['Yoruba read also, combining dot', 'E\u0323 tun le ka'],
    ['Yoruba read also, no dot', 'E tun ka'],
    ['Igbo read also', 'Gụọ kwa'],
    ['Zulu read this too', 'Funda nalokhu'],
    ['Kinyarwanda read also', 'Soma nanone'],
    ['Kinyarwanda related stories', 'Inkuru bifitanye isano'],
  ])('should read the label in %s', (_name, label) => {
    expect(whole(AFRICAN_READ_LABELS).test(label)).toBe(true);
    expect(whole(FOREIGN_READ_LABELS).test(label)).toBe(true);
  });

  it.each([
    ['a Swahili sentence that asks to read', 'Soma pia vitabu vya shule kabla ya mtihani, mwalimu aliwaambia.'],
    ['a Hausa sentence', 'Karanta kuma rubuta su ne manyan darussan da yara ke koya a makaranta.'],
    ['a Somali sentence', 'Sidoo kale akhri ayuu ardayda ku yiri macallinka.'],
  ])('should not read %s as a whole label', (_name, text) => {
    expect(whole(FOREIGN_READ_LABELS).test(text)).toBe(false);
  });

  it('should read a label and its link as a teaser line, and not a sentence that opens with the words', () => {
    const title = 'Abaar ka dhacday gobolka Nugaal oo xoolo badan ku le’deen';
    expect(isTeaserLine(`Sidoo kale akhri: ${title}`, title.length)).toBe(true);
    const yoruba = 'Ijọba Ọyọ kilọ fawọn to n kọle sori ipa odo';
    expect(isTeaserLine(`Ẹ tun le ka: ${yoruba}`, yoruba.length)).toBe(true);
    expect(isTeaserLine('Soma pia vitabu vya shule kabla ya mtihani, mwalimu aliwaambia wanafunzi wake.', 0)).toBe(
      false,
    );
  });
});

describe('AFRICAN_FOLLOW_PITCH', () => {
  it.each([
    ['Hausa', 'Ku biyo mu a tasharmu ta WhatsApp domin samun labarai nan take. Latsa nan'],
    ['Swahili', 'Jiunge na chaneli yetu ya WhatsApp upate habari za kila siku.'],
    ['Somali', 'Nagala soco warar kale bogga Facebook ee Caasimada.'],
    ['Yoruba', 'Ẹ darapọ mọ wa lori Telegram fun iroyin tuntun.'],
    ['Kinyarwanda', 'Dukurikire kuri YouTube ubone amakuru mashya.'],
  ])('should read a %s follow prompt as boilerplate', (_name, line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    ['a Swahili quote with its speaker', '“Jiunge na kundi la WhatsApp la wazazi,” mwalimu alisema.'],
    ['a Hausa quote with its speaker', 'Ku shiga kungiyar WhatsApp ta manoma domin samun bayani, in ji kwamishinan.'],
    [
      'a Swahili story line naming WhatsApp without the imperative',
      'Wakulima wengi hupata bei za soko kupitia WhatsApp.',
    ],
    ['a Swahili imperative naming no network', 'Jiunge na vikundi vya wakulima ili upate mbegu bora.'],
  ])('should keep %s', (_name, line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('AFRICAN_AD_LABELS, AFRICAN_TOOL_LABELS and AFRICAN_CREDITS', () => {
  it.each([
    ['a Hausa ad label between dashes', '- Talla -'],
    ['a Somali ad label', 'Xayeysiis'],
    ['a Swahili ad label', 'Tangazo'],
    ['a Somali share row with its print button', 'Facebook X WhatsApp Daabac'],
    ['a Swahili share label', 'Shirikisha'],
    ['a Kinyarwanda photo credit', 'Amafoto: Nkurunziza Patrick'],
    ['a Swahili photo credit', 'Picha: Mussa Kalinga/VOA'],
  ])('should read %s as boilerplate', (_name, line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    [
      'a Hausa sentence that opens with the ad word as a name',
      'Talla ta ce za ta zo gobe da safe domin ganawa da manoma.',
    ],
    ['a Swahili sentence that opens with "Picha"', 'Picha za mwaka huu zinaonyesha hali mbaya ya barabara.'],
    ['a Somali sentence that opens with "Daabac"', 'Daabac warbixinta ayuu ku amray guddoomiyaha golaha.'],
  ])('should keep %s', (_name, line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
