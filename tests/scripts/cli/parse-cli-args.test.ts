import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../scripts/cli/parse-cli-args';

describe('parseCliArgs', () => {
  it.each([
    [['page.txt'], { paths: ['page.txt'], format: 'json', as: 'page' }],
    [['a.txt', 'dir'], { paths: ['a.txt', 'dir'], format: 'json', as: 'page' }],
    [['-', '--format', 'markdown'], { paths: ['-'], format: 'markdown', as: 'page' }],
    [['--format=jsonld', 'x'], { paths: ['x'], format: 'jsonld', as: 'page' }],
    [['--as', 'article', '--format', 'json', 'dir'], { paths: ['dir'], format: 'json', as: 'article' }],
    [['--summary-sentences', '5', 'x'], { paths: ['x'], format: 'json', as: 'page', summarySentences: 5 }],
  ])('should accept %j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual({ ok: true, args: { help: false, ...expected } });
  });

  it.each([[['--help']], [['-h', 'x']]])('should ask for help with %j', (argv) => {
    expect(parseCliArgs(argv)).toMatchObject({ ok: true, args: { help: true } });
  });

  it.each([
    [[], /no input/],
    [['--format', 'xml', 'x'], /--format must be one of json, jsonld, markdown/],
    [['--as', 'comments', 'x'], /--as must be page or article/],
    [['--summary-sentences', '0', 'x'], /--summary-sentences/],
    [['--summary-sentences', 'three', 'x'], /--summary-sentences/],
    [['--summary-sentences', '2.5', 'x'], /--summary-sentences/],
    [['--summary-sentences', '51', 'x'], /--summary-sentences/],
    [['--verbose', 'x'], /Unknown option '--verbose'/],
    [['--format'], /argument missing/],
    [['-', 'other.txt'], /stdin \(-\) can only be read alone/],
  ])('should refuse %j', (argv, message) => {
    const result = parseCliArgs(argv);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(message);
  });
});
