import { describe, expect, it } from 'vitest';
import { ERROR_REPORT_LINES } from '../../../../utils/dom/boilerplate/error-report-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => ERROR_REPORT_LINES.some((pattern) => pattern.test(line));

describe('ERROR_REPORT_LINES', () => {
  it.each([
    'Если вы заметили ошибку, выделите часть текста и нажмите Ctrl+Enter, чтобы отправить информацию редактору.',
    'Нашли опечатку? Выделите текст и нажмите Ctrl + Enter',
    'Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter.',
    'Found a typo? Select it and press Ctrl+Enter.',
    'If you spot an error, please highlight the text and press Ctrl+Enter to let us know.',
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
