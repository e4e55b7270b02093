import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';
import { COPYRIGHT_NOTICE_LINES } from '../../../../utils/dom/boilerplate/copyright-notice-lines';

describe('COPYRIGHT_NOTICE_LINES', () => {
  it.each([
    'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.',
    '<ⓒ The Korea Herald (www.koreaherald.com), Unauthorized reproduction and redistribution prohibited>',
    '© Seoul Daily News. Unauthorised copying prohibited.',
    'Jebkādu "Delfi" publicēto materiālu izmantošana bez "Delfi" rakstiskas atļaujas ir aizliegta.',
  ])('should read "%s" as furniture', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'This document is subject to copyright, the court ruled, and the museum must pay the photographer.',
    'Unauthorized reproduction of the ballots is prohibited under the election law, officials said.',
    'The ministry said unauthorized reproduction and redistribution of the maps was prohibited.',
    'Jebkādu materiālu izmantošana bez atļaujas ir aizliegta, norādīja tiesa, un lieta tika nodota prokuratūrai.',
  ])('should keep the sentence "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

const matches = (line: string) => COPYRIGHT_NOTICE_LINES.some((pattern) => pattern.test(line));

describe('COPYRIGHT_NOTICE_LINES: all rights reserved in other languages', () => {
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

describe('COPYRIGHT_NOTICE_LINES: the German reproduction ban', () => {
  it.each([
    'Vervielfältigung nur mit Genehmigung der SPIEGEL ONLINE GmbH',
    'Jede Vervielfältigung nur mit schriftlicher Genehmigung des Verlags.',
    'Vervielfältigung und Verbreitung nur mit vorheriger Zustimmung der Redaktion',
  ])('should read "%s" as furniture', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Die Vervielfältigung der Stimmzettel ist nur mit Genehmigung des Wahlamts erlaubt, sagte der Sprecher.',
    'Eine Vervielfältigung der Pläne sei nur mit Genehmigung möglich. Das Gericht gab dem Architekten recht.',
  ])('should keep the sentence "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
