import { describe, expect, it } from 'vitest';
import { TOOL_LINES } from '../../../../utils/dom/boilerplate/tool-lines';

const isToolLine = (line: string): boolean => TOOL_LINES.some((pattern) => pattern.test(line));

describe('TOOL_LINES: a share row with Viber', () => {
  it.each(['Facebook Viber Telegram', 'Share Facebook Viber WhatsApp'])('should read %j as a share row', (line) => {
    expect(isToolLine(line)).toBe(true);
  });

  it('should keep a sentence about Viber', () => {
    expect(isToolLine('Viber and Telegram are the most used messengers in the country, the survey found.')).toBe(false);
  });
});

describe('TOOL_LINES: a Korean tool row with the loanword for print', () => {
  it.each(['프린트', '글자크기 설정 크게 작게 프린트', '공유하기 프린트'])('should read %j as a tool row', (line) => {
    expect(isToolLine(line)).toBe(true);
  });

  it('should keep a sentence about a printer', () => {
    expect(isToolLine('3D 프린트 기술로 만든 교구가 교실에 들어왔다.')).toBe(false);
  });
});

describe('TOOL_LINES: an older agency layout’s text-size choices beside print and e-mail', () => {
  it.each(['Large Medium Small Print Email', 'Print | Email | Larger Smaller', 'Small Medium Large Share'])(
    'should read %j as a tool row',
    (line) => {
      expect(isToolLine(line)).toBe(true);
    },
  );

  it.each(['Small Medium Large', 'Small, medium and large sizes are available by email.', 'Large print editions'])(
    'should keep %j',
    (line) => {
      expect(isToolLine(line)).toBe(false);
    },
  );
});

describe("TOOL_LINES: AddToAny's text link (`a.addtoany_share_save`)", () => {
  it.each(['Share/Bookmark', 'Share/Save', 'Share / Bookmark'])('should read %j as a share row', (line) => {
    expect(isToolLine(line)).toBe(true);
  });

  it.each([
    'Bookmark this page and come back on Friday for the results.',
    'Share/Bookmark buttons were everywhere in 2010.',
  ])('should keep %j', (line) => {
    expect(isToolLine(line)).toBe(false);
  });
});

describe('TOOL_LINES: a share row opening on its label', () => {
  it.each([
    'Share this obituary: Facebook Twitter Email Print',
    'Share this recipe: Pinterest Facebook',
    'Share: Facebook | X | Email',
  ])('should read %j as a share row', (line) => {
    expect(isToolLine(line)).toBe(true);
  });

  it.each([
    'Share this obituary: it was written by her grandchildren.',
    'Share this idea: Facebook should pay for the news it shows.',
    'Share this obituary: Facebook',
  ])('should keep %j', (line) => {
    expect(isToolLine(line)).toBe(false);
  });
});

describe('TOOL_LINES: a share row opening on its share counter', () => {
  it.each(['843 Shares Share on Facebook Share on Twitter Share on Flipboard', '1,204 Shares Facebook Twitter Email'])(
    'should read %j as a share row',
    (line) => {
      expect(isToolLine(line)).toBe(true);
    },
  );

  it.each(['843 shares of the company changed hands on Facebook.', '843 Shares'])('should keep %j', (line) => {
    expect(isToolLine(line)).toBe(false);
  });
});
