import { describe, expect, it } from 'vitest';
import { RIGHTS_NOTICE_LINES } from '../../../../utils/dom/boilerplate/rights-notice-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => RIGHTS_NOTICE_LINES.some((pattern) => pattern.test(line));

describe('RIGHTS_NOTICE_LINES', () => {
  it.each([
    'Haberin tüm hakları saklıdır. İzinsiz kullanılamaz.',
    'Tüm hakları saklıdır.',
    'Gündem Haber - Tüm hakları saklıdır.',
    'Her hakkı saklıdır.',
    'Tüm hakları mahfuzdur.',
    'Todos los derechos reservados.',
    'Diario del Valle. Todos os direitos reservados.',
    'Tous droits réservés',
    'Alle Rechte vorbehalten.',
    'Tutti i diritti riservati.',
    'Wszelkie prawa zastrzeżone.',
    'Все права защищены.',
    'Hak cipta dilindungi undang-undang.',
  ])('drops the rights notice: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    '',
    // A story about rights, or quoting the phrase in a sentence that goes on, stays.
    'Sanatçı, şarkının tüm haklarının kendisine ait olduğunu söyledi.',
    'Yayıncı, kitabın kapağına "tüm hakları saklıdır" yazmasına rağmen metnin internette dolaştığını, bu yüzden mahkemeye başvurduğunu ve davanın önümüzdeki ay görüleceğini, avukatlarının da tazminat talep edeceğini açıkladı.',
    'El tribunal recordó que la fórmula "todos los derechos reservados" no basta por sí sola para proteger una obra, y pidió a la editorial que presente los contratos firmados con los autores antes del próximo mes.',
    'Die Gewerkschaft will sich alle Rechte vorbehalten, sagte die Sprecherin am Montag.',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
