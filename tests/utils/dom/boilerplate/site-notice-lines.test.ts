import { describe, expect, it } from 'vitest';
import { SITE_NOTICE_LINES } from '../../../../utils/dom/boilerplate/site-notice-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => SITE_NOTICE_LINES.some((pattern) => pattern.test(line));

describe('SITE_NOTICE_LINES', () => {
  it.each([
    'Если вы нашли ошибку в тексте, выделите ее мышью и нажмите Ctrl+Enter',
    'Если вы заметили опечатку, выделите её и нажмите Ctrl + Enter.',
    'Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter',
    'Matnda xatolikni ko‘rsangiz, uni belgilab, Ctrl+Enter tugmasini bosing.',
    'Mətndə xəta görsəniz, onu seçib Ctrl+Enter düyməsini basın.',
    'Мәтіннен қате тапсаңыз, оны белгілеп, Ctrl+Enter басыңыз.',
    'Found a typo? Select it and press Ctrl+Enter.',
    'Report.az-da yerləşdirilən materiallardan istifadə zamanı hiperlinklə istinad mütləqdir.',
    'При полном или частичном использовании материалов ссылка на Zakon.kz обязательна.',
    'Saytdagi materiallardan foydalanilganda Kun.uz’ga havola ko‘rsatilishi shart.',
  ])('drops the site’s standing notice: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // A how-to on a program's shortcuts names the chord, but no mistake to select.
    'Press Ctrl+Enter to run the cell, or Shift+Enter to run it and move to the next one.',
    'In the chat window, Ctrl+Enter sends the message instead of starting a new line.',
    // Stories on mistakes and on citing sources stay.
    'Суд постановил, что ссылка на источник при цитировании обязательна только для коммерческих изданий, сообщил юрист.',
    'Nazirlik xatolikni tan oldi va hisobotni qayta e’lon qildi.',
    'Jurnalistlər materiallardan istifadə qaydalarını müzakirə etdilər və yeni etik kodeks qəbul etdilər.',
  ])('keeps the story line: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
