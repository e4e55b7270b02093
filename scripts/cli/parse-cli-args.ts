import { parseArgs } from 'node:util';

/** The `--format` choices. */
export type OutputFormat = 'json' | 'jsonld' | 'markdown';

/** What the command line asked for. */
export interface CliArgs {
  help: boolean;
  /** Files or directories to parse, or `-` for stdin. */
  paths: string[];
  format: OutputFormat;
  /** `page` looks for comments; `article` treats each input as article text only. */
  as: 'page' | 'article';
  summarySentences?: number;
}

/** Parsed arguments, or a usage error to print. */
export type CliArgsResult = { ok: true; args: CliArgs } | { ok: false; error: string };

/** Printed by `--help` and after a usage error. */
export const CLI_USAGE = `Usage: npm run -s parse -- <file|directory|-> [more files…] [options]

Parses saved news pages (plain text, or saved HTML: detected by content) and prints the structured document.

Options:
  --format json|jsonld|markdown   output format (default: json)
  --as page|article               page: find the comment section (default); article: article text only
  --summary-sentences N           number of summary sentences (1-50)
  -h, --help                      show this help

One file or "-" (stdin): prints the document (pretty JSON, JSON-LD, or Markdown).
A directory (recursive, files in sorted order) or several paths: one JSON line per input, in input order:
  {"file": "<path>", "doc": {...}}        --format json
  {"file": "<path>", "jsonld": {...}}     --format jsonld
  {"file": "<path>", "markdown": "..."}   --format markdown
  {"file": "<path>", "error": "..."}      an input that could not be read
Offsets are UTF-16 code units into the input text after UTF-8 decoding and BOM removal (for HTML: into the text
the page reader builds from it). Exit code: 0 all parsed, 1 some input failed, 2 usage error.`;

const FORMATS: readonly OutputFormat[] = ['json', 'jsonld', 'markdown'];
const MODES = ['page', 'article'] as const;
/** Past this a "summary" is most of the article; the useful range is 3–5. */
const MAX_SUMMARY_SENTENCES = 50;
const POSITIVE_INTEGER = /^[1-9]\d*$/;

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Reads the command line (without the node and script paths); never throws, never exits. */
export function parseCliArgs(argv: readonly string[]): CliArgsResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'json' },
        as: { type: 'string', default: 'page' },
        'summary-sentences': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, args: { help: true, paths: positionals, format: 'json', as: 'page' } };
  if (!isOneOf(FORMATS, values.format)) {
    return { ok: false, error: `--format must be one of ${FORMATS.join(', ')}, not "${values.format}"` };
  }
  if (!isOneOf(MODES, values.as)) return { ok: false, error: `--as must be page or article, not "${values.as}"` };
  const sentences = values['summary-sentences'];
  if (sentences !== undefined && (!POSITIVE_INTEGER.test(sentences) || Number(sentences) > MAX_SUMMARY_SENTENCES)) {
    return { ok: false, error: `--summary-sentences must be a whole number from 1 to ${MAX_SUMMARY_SENTENCES}` };
  }
  if (positionals.length === 0) return { ok: false, error: 'no input: give a file, a directory, or - for stdin' };
  if (positionals.includes('-') && positionals.length > 1) {
    return { ok: false, error: 'stdin (-) can only be read alone' };
  }
  return {
    ok: true,
    args: {
      help: false,
      paths: positionals,
      format: values.format,
      as: values.as,
      ...(sentences === undefined ? {} : { summarySentences: Number(sentences) }),
    },
  };
}
