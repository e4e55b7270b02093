import { describe, expect, it } from 'vitest';
import { EUROPEAN_AD_LABELS } from '../../../utils/dom/european-ad-labels';
import { FOREIGN_AD_LABELS } from '../../../utils/dom/foreign-labels';
import { isBoilerplateLine } from '../../../utils/dom/is-boilerplate-line';

const whole = (source: string) => new RegExp(`^(?:${source})$`, 'iu');

describe('EUROPEAN_AD_LABELS', () => {
  it.each(['Reklāma', 'Reklaam', 'Oglas', 'Oglasno sporočilo', 'ΔΙΑΦΗΜΙΣΗ', 'Διαφήμιση', 'Mainos', 'Оглас'])(
    'should read "%s" as an ad label',
    (label) => {
      expect(whole(EUROPEAN_AD_LABELS).test(label)).toBe(true);
      expect(whole(FOREIGN_AD_LABELS).test(label)).toBe(true);
      expect(isBoilerplateLine(label)).toBe(true);
    },
  );

  it.each([
    'Oglas za posao objavljen je u ponedjeljak.',
    'Reklāma televīzijā ir aizliegta.',
    'Η διαφήμιση του προϊόντος αποσύρθηκε.',
    'Oglasi',
  ])('should keep "%s"', (line) => {
    expect(whole(FOREIGN_AD_LABELS).test(line)).toBe(false);
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe('EUROPEAN_AD_LABELS: Catalan and Basque', () => {
  it.each(['Publicitat', 'PUBLICITAT', 'Publizitatea'])('should read "%s" as an ad label', (label) => {
    expect(whole(EUROPEAN_AD_LABELS).test(label)).toBe(true);
    expect(isBoilerplateLine(label)).toBe(true);
  });

  it.each(['La publicitat institucional va créixer un 12% el 2026.', 'Publicitat enganyosa'])(
    'should keep "%s"',
    (line) => {
      expect(isBoilerplateLine(line)).toBe(false);
    },
  );
});
