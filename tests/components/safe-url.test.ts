import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../components/safe-url';

describe('safeUrl', () => {
  it.each(['https://news.example/a?b=1', 'http://news.example/', '  https://news.example/x  '])(
    'should accept the web address %j',
    (url) => {
      expect(safeUrl(url)?.hostname).toBe('news.example');
    },
  );

  it.each([undefined, '', 'javascript:alert(1)', 'data:text/html,x', 'https://', 'story.txt', 'file:///etc/passwd'])(
    'should refuse %j',
    (url) => {
      expect(safeUrl(url)).toBeUndefined();
    },
  );
});
