import { describe, expect, it } from 'vitest';
import { isKoreanBylineRow, isKoreanReporterTail } from '../../../utils/page/korean-reporter-title';
import { readKnownByline } from '../../../utils/page/read-known-byline';

describe('isKoreanReporterTail', () => {
  it.each([[' 기자'], [' 특파원'], [' 선임기자'], [' 기자 입력 2019-05-14 03:00:00 수정 2019-05-14 03:00:00']])(
    'should read %j as a reporter title after the name',
    (tail) => {
      expect(isKoreanReporterTail(tail)).toBe(true);
    },
  );

  it.each([[' 기자회견에서 밝혔다'], [' 기자가 전했다'], [' 기자 회견을 열었다'], ['기자']])(
    'should leave %j alone',
    (tail) => {
      expect(isKoreanReporterTail(tail)).toBe(false);
    },
  );
});

describe('isKoreanBylineRow', () => {
  it.each([
    ['김서진 기자 입력 2019-05-14 03:00:00 수정 2019-05-14 03:00:00'],
    ['신안=김서진 기자 입력 2019-05-14 03:00:00'],
    ['김서진 특파원'],
  ])('should read %j as a byline row', (text) => {
    expect(isKoreanBylineRow(text)).toBe(true);
  });

  it.each([
    ['a sentence naming a reporter', '김서진 기자는 13일 현장을 찾았다'],
    ['a sentence about a press conference', '교육청은 기자 회견을 열었다'],
    ['a name and words after the title', '김서진 기자 현장에서 전했다'],
  ])('should leave %s alone', (_, text) => {
    expect(isKoreanBylineRow(text)).toBe(false);
  });
});

describe('readKnownByline on a Korean byline row', () => {
  it('should read the declared writer and the first stamp', () => {
    const text = '김서진 기자 입력 2019-05-14 03:00:00 수정 2019-05-14 03:00:00';
    const fields = readKnownByline({ text, start: 0, end: text.length }, ['김서진']);
    expect(fields?.bylines.map((name) => name.text)).toEqual(['김서진']);
    expect(fields?.date?.iso).toBe('2019-05-14');
  });
});
