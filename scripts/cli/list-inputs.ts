import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** One input to parse, or the reason it cannot be. */
export interface InputRef {
  file: string;
  error?: string;
}

/** The inputs the command line named, expanded, and whether to print them as a batch. */
export interface InputList {
  inputs: InputRef[];
  /** Several inputs (a directory or more than one path): print one JSON line per input. */
  batch: boolean;
}

/** A short reason for a file-system error, for a one-line message. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/** Files under a directory, recursively, sorted by path (code-unit order, the same on every machine). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path)))) files.push(path);
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Expands the command-line paths into inputs, in order; a path that cannot be listed becomes an error input. */
export async function listInputs(paths: readonly string[]): Promise<InputList> {
  let batch = paths.length > 1;
  const inputs: InputRef[] = [];
  for (const path of paths) {
    if (path === '-') {
      inputs.push({ file: '-' });
      continue;
    }
    try {
      const info = await stat(path);
      if (!info.isDirectory()) {
        inputs.push({ file: path });
        continue;
      }
      batch = true;
      const files = await filesUnder(path);
      if (files.length === 0) inputs.push({ file: path, error: 'directory has no files' });
      else inputs.push(...files.map((file) => ({ file })));
    } catch (error) {
      inputs.push({ file: path, error: `cannot read: ${describeFsError(error)}` });
    }
  }
  return { inputs, batch };
}
