import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../utils/export/to-markdown';
import type { ThreadNode } from '../../../utils/model';
import { parsePageText } from '../../../utils/parse-page-text';
import { emptyDoc, makeComment, sampleDoc } from './page-doc-fixture';

const SAMPLE = join(import.meta.dirname, '../../../..', 'shared/seeds/000_f1e603e65cfa6128.txt');

/** The block of the report that starts with the given heading, up to the next heading of the same or higher level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`${heading}\n`);
  if (start < 0) return '';
  const level = heading.split(' ')[0] ?? '';
  const next = markdown.slice(start + heading.length).search(new RegExp(`\\n#{1,${level.length}} |\\n---\\n`));
  return markdown.slice(start, next < 0 ? undefined : start + heading.length + next).trim();
}

describe('toMarkdown', () => {
  const markdown = toMarkdown(sampleDoc());

  it('should start with the headline and the date, byline and publisher line', () => {
    expect(markdown.split('\n\n').slice(0, 2)).toEqual([
      '# Harbour bridge reopens after two-year repair',
      '_2026-03-04 · By Ada Quinn, Bo Lind · Coastline Wire_',
    ]);
  });

  it('should quote the standfirst under the date line, one escaped paragraph per quote line', () => {
    const doc = sampleDoc();
    doc.metadata.standfirst = { text: 'Boats are *back*.\nThe quay is busy again.' };
    expect(toMarkdown(doc).split('\n\n').slice(2, 3)).toEqual([
      '> Boats are \\*back\\*.\n>\n> The quay is busy again.',
    ]);
    expect(markdown).not.toContain('\n> ');
  });

  it('should list the summary sentences as bullets', () => {
    expect(section(markdown, '## Summary')).toBe(
      '## Summary\n\n- The Dunmore bridge reopened on Tuesday.\n- Mayor Lena Ortiz cut the ribbon.',
    );
  });

  it.each([
    ['### People (1)', '- **Lena Ortiz** × 2 (also: Ortiz)'],
    ['### Places (1)', '- **Dunmore** × 3'],
    ['### Organizations (1)', '- **Port Authority of Dunmore** × 1 (also: PAD)'],
    ['### Other (1)', '- **Bridge Week** × 1'],
  ])('should group entities under %s with counts', (heading, line) => {
    expect(section(markdown, heading)).toBe(`${heading}\n\n${line}`);
  });

  it('should quote what readers say with the comment author', () => {
    expect(section(markdown, '## What readers say')).toBe(
      '## What readers say\n\n- The ferry was faster anyway. — **Marta**',
    );
  });

  it('should nest the comment threads with reply reasons and collapsed-noise reasons', () => {
    expect(section(markdown, '## Comments (3 of 4 declared)')).toBe(
      [
        '## Comments (3 of 4 declared)',
        '',
        '- **Marta**\\',
        '  The ferry was faster anyway.\\',
        '  Ask anyone in Dunmore.',
        '  - **quayside\\_joe** _(reply to Marta: addresses @Marta)_\\',
        '    @Marta not in winter it was not.',
        '- **LOUD** _(collapsed as noise: written in capitals)_\\',
        '  WORST BRIDGE EVER',
      ].join('\n'),
    );
  });

  it('should not mark comments collapsed below the given threshold', () => {
    expect(toMarkdown(sampleDoc(), { noiseThreshold: 0.9 })).not.toContain('collapsed');
  });

  it('should end with the credits and the copyright notice', () => {
    expect(markdown.trimEnd().split('\n\n').slice(-3)).toEqual([
      '---',
      'Coastline Wire writer Cy Moss contributed.',
      '© Copyright 2026 Coastline Wire. All rights reserved.',
    ]);
  });

  it('should escape Markdown in page text so hostile comments stay literal', () => {
    const doc = sampleDoc();
    doc.comments = [makeComment(0, '[admin](javascript:x)', ['# HEADLINE', '<script>alert(1)</script> **win**'])];
    doc.threads = [];
    const comments = section(toMarkdown(doc), '## Comments (1 of 4 declared)');
    expect(comments).toContain('- **\\[admin\\](javascript:x)**\\');
    expect(comments).toContain('  \\# HEADLINE\\');
    expect(comments).toContain('  \\<script\\>alert(1)\\</script\\> \\*\\*win\\*\\*');
  });

  it('should give a titled stub for an empty document', () => {
    expect(toMarkdown(emptyDoc())).toBe('# No headline\n');
  });

  it('should name the source, escaped, when there is no headline', () => {
    const doc = emptyDoc();
    doc.source.name = 'saved_*page*.txt';
    expect(toMarkdown(doc).split('\n')[0]).toBe('# No headline (saved\\_\\*page\\*.txt)');
  });

  it.skipIf(!existsSync(SAMPLE))('should list every comment author of the sample page once per comment', () => {
    const doc = parsePageText(readFileSync(SAMPLE, 'utf8'));
    const items = toMarkdown(doc).match(/^\s*- \*\*.*\*\*(?: _\(.*\)_)?\\$/gm) ?? [];
    expect(items).toHaveLength(doc.comments.length);
  });
});

describe('toMarkdown reply nesting', () => {
  it('should stop indenting a long reply chain at a fixed depth, still naming whom each reply answers', () => {
    const comments = Array.from({ length: 12 }, (_, i) => makeComment(i, `reader${i}`, [`point ${i}`]));
    let chain: ThreadNode = { id: 'c12', depth: 0, children: [] };
    for (let i = 11; i >= 1; i--) chain = { id: `c${i}`, depth: 0, children: [chain] };
    const items = toMarkdown({ ...emptyDoc(), comments, threads: [chain] })
      .split('\n')
      .filter((line) => /^\s*- \*\*/.test(line));
    const indents = items.map((line) => line.length - line.trimStart().length);
    expect(items).toHaveLength(12);
    expect(Math.max(...indents)).toBeLessThan(24);
    expect(items.at(-1)).toContain('_(reply to reader10)_');
  });
});

describe('toMarkdown odd comments', () => {
  it('should not leave a dangling line break after a comment without text', () => {
    const doc = { ...emptyDoc(), comments: [{ ...makeComment(0, 'ghost', ['x']), paragraphs: [], text: '' }] };
    expect(toMarkdown(doc)).toBe('# No headline\n\n## Comments (1)\n\n- **ghost**\n');
  });
});
