import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

describe('COPYRIGHT_NOTICE_LINES', () => {
  it.each([
    'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.',
    '<ⓒ The Korea Herald (www.koreaherald.com), Unauthorized reproduction and redistribution prohibited>',
    '© Seoul Daily News. Unauthorised copying prohibited.',
    'Jebkādu "Delfi" publicēto materiālu izmantošana bez "Delfi" rakstiskas atļaujas ir aizliegta.',
  ])('should read "%s" as furniture', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'This document is subject to copyright, the court ruled, and the museum must pay the photographer.',
    'Unauthorized reproduction of the ballots is prohibited under the election law, officials said.',
    'The ministry said unauthorized reproduction and redistribution of the maps was prohibited.',
    'Jebkādu materiālu izmantošana bez atļaujas ir aizliegta, norādīja tiesa, un lieta tika nodota prokuratūrai.',
  ])('should keep the sentence "%s"', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
