import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listInputs } from '../../../scripts/cli/list-inputs';

const root = mkdtempSync(join(tmpdir(), 'sidelight-list-'));
const dir = join(root, 'pages');
for (const path of ['b.txt', 'a.txt', 'sub/z.txt', 'sub/deeper/c.html', 'A.txt']) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), 'x');
}
mkdirSync(join(root, 'empty'));
const file = join(dir, 'a.txt');

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listInputs', () => {
  it('should expand a directory recursively into its files sorted by path', async () => {
    const list = await listInputs([dir]);
    expect(list.batch).toBe(true);
    expect(list.inputs.map((input) => input.file)).toEqual(
      ['A.txt', 'a.txt', 'b.txt', 'sub/deeper/c.html', 'sub/z.txt'].map((path) => join(dir, path)),
    );
  });

  it.each([
    ['one file', [file], false],
    ['stdin', ['-'], false],
    ['two files', [file, file], true],
    ['a missing file beside a good one', [file, join(root, 'nope.txt')], true],
  ])('should tell whether %s is a batch', async (_name, paths, batch) => {
    expect((await listInputs(paths)).batch).toBe(batch);
  });

  it.each([
    ['a missing path', join(root, 'nope.txt'), 'cannot read: no such file or directory'],
    ['a directory without files', join(root, 'empty'), 'directory has no files'],
  ])('should keep %s as an input with an error', async (_name, path, error) => {
    const list = await listInputs([file, path]);
    expect(list.inputs).toEqual([{ file }, { file: path, error }]);
  });
});
