import { describe, expect, it } from 'vitest';
import { sourceLabel } from '../../components/source-label';
import type { SourceInfo } from '../../utils/model';

const text = (name?: string): SourceInfo => ({ kind: 'text', length: 100, ...(name === undefined ? {} : { name }) });
const page = (name?: string): SourceInfo => ({ ...text(name), kind: 'page' });

describe('sourceLabel', () => {
  it.each([
    ['the host of the page URL', page('https://www.news.example/a/b?c'), {}, 'news.example'],
    [
      'the host of the metadata URL first',
      page('https://mirror.example/x'),
      { url: 'https://news.example/story' },
      'news.example',
    ],
    ['the file name of saved text', text('/home/reader/saved/story-17.txt'), {}, 'story-17.txt'],
    ['the file name of a Windows path', text('C:\\Users\\r\\story.txt'), {}, 'story.txt'],
    ['a bare file name', text('story.txt'), {}, 'story.txt'],
  ])('should give %s', (_label, source, metadata, expected) => {
    expect(sourceLabel(source, metadata)).toBe(expected);
  });

  it.each([
    ['no name is known', text(), {}],
    ['the name is blank', text('  '), {}],
    ['the name ends in a separator', text('/saved/'), {}],
  ])('should give nothing when %s', (_label, source, metadata) => {
    expect(sourceLabel(source, metadata)).toBeUndefined();
  });
});
