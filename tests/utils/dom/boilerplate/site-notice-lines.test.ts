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

describe('SITE_NOTICE_LINES: the typo prompt as Baltic and Ukrainian editions print it, and look-alikes', () => {
  it.each([
    'Если вы заметили ошибку, выделите часть текста и нажмите Ctrl+Enter, чтобы отправить информацию редактору.',
    'Нашли опечатку? Выделите текст и нажмите Ctrl + Enter',
    'Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter.',
    'Found a typo? Select it and press Ctrl+Enter.',
    'If you spot an error, please highlight the text and press Ctrl+Enter to let us know.',
    'Pamanījāt kļūdu? Iezīmējiet tekstu un nospiediet Ctrl+Enter.',
    'Jei pastebėjote klaidą, pažymėkite tekstą ir spauskite Ctrl+Enter.',
  ])('drops the error-report prompt: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // Stories about keys, errors and editors stay.
    'An error appeared when users pressed Ctrl+Enter in the editor, the company said.',
    'The error occurred if users select text and press Ctrl+Enter, the developers said.',
    'Пользователи могут выделить текст и нажать Ctrl+Enter, чтобы отправить сообщение.',
    'Если вы заметили ошибку в квитанции, обратитесь в управляющую компанию.',
  ])('keeps a sentence of the story: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});

describe('SITE_NOTICE_LINES: the reuse notice in Armenian and Georgian, and look-alikes', () => {
  const notice = (line: string) => SITE_NOTICE_LINES.some((pattern) => pattern.test(line));

  it.each([
    'Արմենպրես լրատվական գործակալության նյութերի ամբողջական կամ մասնակի օգտագործման դեպքում հղումը armenpress.am-ին պարտադիր է։',
    'Նյութերի օգտագործման դեպքում հղումը կայքին պարտադիր է',
    'მასალის გამოყენება დასაშვებია მხოლოდ წყაროს მითითებით.',
    'საიტის მასალების გამოყენებისას ბმულის მითითება სავალდებულოა.',
  ])('should read %j as the notice', (line) => {
    expect(notice(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Դատարանը որոշեց, որ նյութը հրապարակելիս աղբյուրը նշելը պարտադիր չէ։',
    'მინისტრმა განაცხადა, რომ სასწავლო მასალის შექმნა გაგრძელდება.',
  ])('should keep %j', (line) => {
    expect(notice(line)).toBe(false);
  });
});
