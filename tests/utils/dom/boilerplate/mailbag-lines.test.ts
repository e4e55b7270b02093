import { describe, expect, it } from 'vitest';
import { MAILBAG_LINES } from '../../../../utils/dom/boilerplate/mailbag-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => MAILBAG_LINES.some((pattern) => pattern.test(line));

describe('MAILBAG_LINES', () => {
  it.each([
    '(Send your questions to DoctorsRx@creators.com, or write: Doctors Rx, c/o Creators Syndicate, 737 3rd Street, Hermosa Beach, CA 90254. Owing to the volume of mail, personal replies cannot be provided.)',
    'Send questions to Ann Lee at asklee@example.com or c/o Harbour Syndicate, 1130 Walnut St., Kansas City, MO 64106.',
    'Email your questions to askann@example.com.',
    'Please send your letters to Dear Ann, P.O. Box 6940, Los Angeles, CA 90069.',
    "Etta Vance answers readers' questions about manners, modern and otherwise. Have one? Send it to askettavance@theparlor.com.",
    'Got a question for Ann? Email it to ann@example.com.',
    'Dear Delia is written by Delia Marchetti. Write to her at www.DearDelia.com or P.O. Box 2210, Kansas City, MO 64121.',
    'Dear Ann is written by Ann Lee, also known as Jean Lee, and was founded by her mother, Ruth Lee. Contact Dear Ann at www.DearAnn.com or P.O. Box 69440, Los Angeles, CA 90069.',
    'You can contact Ann Lee via email: askann@example.com.',
    'Questions for Ann? Email tellann@example.com.',
    'Got a question for the Money Doctor? Email moneydoc@example.com.',
    'Readers may write to Miss Propriety at her website, www.misspropriety.example.',
  ])('drops the column’s note on where to send questions: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // The letters and the answers, and the advice in them, stay.
    'DEAR DELIA: My younger sister is getting married in June, and she has told our father he cannot bring Renee.',
    '-- CAUGHT IN CINCINNATI',
    'DEAR CAUGHT: Say something, but say it once and say it kindly.',
    'Take a photo of the rash and send it to your doctor through the clinic portal at portal@clinic.example.',
    'Contact the National Alliance on Mental Illness at www.nami.org or call its helpline.',
    'You can contact your county extension office at www.extension.example for a soil test.',
    'Send him a short letter disputing the deduction and asking for the balance.',
    'Residents can send questions to the council at info@city.example before the meeting.',
    'She asked readers to send their letters to the mayor.',
    'The opera is written by Philip Glass. Tickets go on sale Friday.',
    'Letters have been edited and condensed.',
    'Have a problem with your bill? Email the utility at help@utility.example and keep a copy.',
    'Why did nobody answer my questions? Write to the board at www.board.example, the clerk said.',
  ])('keeps a line of the letters, the answers or the story: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
