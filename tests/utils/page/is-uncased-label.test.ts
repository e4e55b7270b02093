import { describe, expect, it } from 'vitest';
import { isHeaderFurniture } from '../../../utils/page/is-header-furniture';
import { isUncasedLabel } from '../../../utils/page/is-uncased-label';

describe('isUncasedLabel', () => {
  it.each(['ሀገራዊ ዜና', 'საზოგადოება', 'ព័ត៌មានជាតិ', 'පුවත්'])('should read %j as a label', (text) => {
    expect(isUncasedLabel(text)).toBe(true);
  });

  it.each(['Politics', 'ሀገራዊ ዜና።', 'በደብረ ብርሃን ከተማ አዲስ የመጠጥ ውሃ', '2019 ዜና'])('should not read %j as one', (text) => {
    expect(isUncasedLabel(text)).toBe(false);
  });

  it('should read an English theme\'s "in" and a caseless category as header furniture, and not a sentence', () => {
    expect(isHeaderFurniture('in ሀገራዊ ዜና')).toBe(true);
    expect(isHeaderFurniture('in ሀገራዊ ዜና | 0 Comments')).toBe(true);
    expect(isHeaderFurniture('in በደብረ ብርሃን ከተማ አዲስ የመጠጥ ውሃ ፕሮጀክት ተመረቀ።')).toBe(false);
  });
});
