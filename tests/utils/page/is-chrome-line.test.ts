import { describe, expect, it } from 'vitest';
import { isChromeLine, isCommentChrome } from '../../../utils/page/is-chrome-line';

describe('isChromeLine', () => {
  it.each([
    ['Login to comment'],
    ['Log in to comment'],
    ['Sign in to comment'],
    ['Load more comments'],
    ['Show more'],
    ['Sort by'],
    ['Sort by: Newest'],
    ['Newest'],
    ['Oldest first'],
    ['Reply'],
    ['Report'],
    ['Share'],
    ['Reply · Share · Report'],
    ['View replies (3)'],
    ['Be the first to comment…'],
    ['ADVERTISEMENT'],
    ['Privacy Policy'],
    ['Facebook'],
    ['Email'],
    ['Copy link'],
    ['Share on WhatsApp'],
    ['Facebook · Twitter · Email'],
    ['Related Stories'],
    ['Most Read'],
    ['You may also like'],
    ['Newsletter'],
    ['Subscribe'],
    ['Ver más comentarios'],
    ['Voir les 42 autres réactions'],
    ['Voir plus de commentaires'],
    ['Weitere Kommentare laden'],
    ['Alle Kommentare öffnen'],
    ['Mostra altri commenti'],
    ['Pokaż więcej komentarzy'],
    ['Meer reacties laden'],
    ['Lascia un commento'],
    ['Deja un comentario'],
    ['Laisser un commentaire'],
    ['Kommentar schreiben'],
    ['Dodaj komentarz'],
    ['-ENDS-'],
    ['- 30 -'],
    ['-30-'],
  ])('should recognise %j', (text) => {
    expect(isChromeLine(text)).toBe(true);
  });

  it.each([
    ['Reply to this nonsense, please.'],
    ['Share prices fell sharply.'],
    ['I would like to report that the bridge is closed.'],
    ['Ver más comentarios de los vecinos sería lo deseable.'],
    ['Weitere Kommentare lehnte der Minister ab.'],
    ['Voir les réactions des habitants, c’est instructif.'],
    ['Lascia un commento il sindaco, non una promessa.'],
    ['TaiwanIsNotChina'],
    ['Print the form and email it to the clerk.'],
    ['Related reading is at the library.'],
    ['Facebook was fined again'],
    ['ENDS-2026 campaign launched'],
    ['-30 degrees'],
    ['The season ends -'],
  ])('should leave %j as text', (text) => {
    expect(isChromeLine(text)).toBe(false);
  });
});

describe('isCommentChrome', () => {
  it.each([
    ['Login to comment', true],
    ['Load more comments', true],
    ['Sort by: Newest', true],
    ['Share', false],
    ['Newest', false],
  ])('should tell whether %j opens a comment area', (text, expected) => {
    expect(isCommentChrome(text)).toBe(expected);
  });
});
