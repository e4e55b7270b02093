import { describe, expect, it } from 'vitest';
import { isCommentActionRow } from '../../../utils/page/is-comment-action-row';

describe('isCommentActionRow', () => {
  it.each([
    ['+ 12 - 3 Odpowiedz Zgłoś do moderacji'],
    ['▲ 5 ▼ 1 Reply Report'],
    ['Antworten Melden'],
    ['👍 4 👎 0 Responder Denunciar'],
    ['Reply Report abuse'],
    ['Répondre Signaler'],
  ])('should read %j as a button row', (text) => {
    expect(isCommentActionRow(text)).toBe(true);
  });

  it.each([
    ['12'],
    ['+ 12 - 3'],
    ['Reply to this if you agree'],
    ['I like 12 things about it'],
    ['Responder 3 veces no sirve de nada'],
    ['Odpowiedz mi, proszę, co z karetkami?'],
  ])('should not read %j as a button row', (text) => {
    expect(isCommentActionRow(text)).toBe(false);
  });
});

describe('isCommentActionRow: Mongolian and Dhivehi buttons', () => {
  it.each(['12 3 Хариулах', 'ލައިކް 14 ޖަވާބު'])('should read %j as a button row', (text) => {
    expect(isCommentActionRow(text)).toBe(true);
  });

  it('should keep a remark that uses the word', () => {
    expect(isCommentActionRow('Хариулах хүн алга байна уу?')).toBe(false);
  });
});
