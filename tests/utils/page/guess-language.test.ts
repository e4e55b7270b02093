import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../utils/page/guess-language';

describe('guessLanguage', () => {
  it.each([
    ['en', 'The minister said that the talks were not over and that the two sides would meet again.'],
    ['de', 'Der Minister sagte, dass die Gespräche nicht beendet sind und die Seiten sich wieder treffen.'],
    ['fr', 'Le ministre a dit que les discussions ne sont pas terminées et que les deux parties vont se revoir.'],
    ['es', 'El ministro dijo que las conversaciones no han terminado y que las partes se reunirán de nuevo.'],
    ['it', 'Il ministro ha detto che i colloqui non sono finiti e che le parti si incontreranno di nuovo.'],
    ['pt', 'O ministro disse que as conversas não terminaram e que as duas partes vão se encontrar de novo.'],
    ['nl', 'De minister zei dat de gesprekken niet voorbij zijn en dat de partijen elkaar weer zien.'],
    ['ru', 'Министр сказал, что переговоры не закончены и что стороны снова встретятся, как и было решено.'],
  ])('should guess %s', (language, text) => {
    expect(guessLanguage([text])).toBe(language);
  });

  it.each([[[]], [['']], [['Kim Putin Vladivostok']]])('should not guess from %j', (texts) => {
    expect(guessLanguage(texts)).toBeUndefined();
  });
});
