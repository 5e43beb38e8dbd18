// Loads Go code for the site from examples/: a whole file or a marked region.
// Regions are delimited by the lines `// region NAME` and `// endregion NAME`;
// marker lines never reach a page.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { resolve, relative, sep } from 'node:path';

export const EXAMPLES_DIR = resolve(process.cwd(), 'examples');

const MARKER = /^\s*\/\/ (end)?region ([a-z0-9-]+)\s*$/;

export class SnippetError extends Error {}

/** Removes the indentation shared by every non-blank line. */
export function dedent(lines: string[]): string[] {
  const indents = lines
    .filter((line) => line.trim() !== '')
    .map((line) => /^[\t ]*/.exec(line)?.[0].length ?? 0);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(cut));
}

/** Returns the named region of `source` (or all of it), without marker lines. */
export function extractRegion(source: string, region?: string): string {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  let kept: string[];
  if (region === undefined) {
    // A marker between two blank lines goes with one of them, as gofmt would.
    kept = lines.filter((line, i) => !MARKER.test(line) && !(line.trim() === '' && MARKER.test(lines[i - 1] ?? '') && lines[i - 2]?.trim() === ''));
  } else {
    const start = lines.findIndex((line) => MARKER.exec(line)?.slice(1, 3).join() === `,${region}`);
    if (start < 0) throw new SnippetError(`region "${region}" not found`);
    const end = lines.findIndex((line, i) => i > start && MARKER.exec(line)?.slice(1, 3).join() === `end,${region}`);
    if (end < 0) throw new SnippetError(`region "${region}" has no "// endregion ${region}" line`);
    kept = dedent(lines.slice(start + 1, end).filter((line) => !MARKER.test(line)));
  }
  while (kept.length && kept[0]?.trim() === '') kept.shift();
  while (kept.length && kept.at(-1)?.trim() === '') kept.pop();
  return kept.join('\n');
}

/**
 * Removes the spaces gofmt puts before a trailing Shiki notation comment
 * (`// [!code highlight]`): Shiki drops the comment but would keep the
 * padding, which would then show up in copied code.
 */
export function tightenNotation(code: string): string {
  return code.replace(/[ \t]+(\/\/ \[!code [^\]]+\])[ \t]*$/gm, '$1');
}

let badges: Record<string, { go: string }> | undefined;

/**
 * The oldest Go release a file builds with, as its Go version badge says:
 * computed for every example file by examples/internal/minversion (from the
 * language features, standard library symbols and %w it uses, or the go1.N
 * term of its //go:build line) in one run per build.
 */
export function goVersionOf(file: string): string {
  if (badges === undefined) {
    try {
      badges = JSON.parse(execFileSync('go', ['run', './internal/minversion', './...'], { cwd: EXAMPLES_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 16 << 20 }));
    } catch (error) {
      throw new SnippetError(`examples/internal/minversion failed:\n${(error as { stderr?: string }).stderr ?? error}`);
    }
  }
  const badge = badges?.[file];
  if (badge === undefined) throw new SnippetError(`examples/internal/minversion gave no Go version for examples/${file}`);
  return badge.go;
}

/** Reads `file` (relative to examples/) and returns the code to show. */
export function loadSnippet(file: string, region?: string, root = EXAMPLES_DIR): string {
  const path = resolve(root, file);
  if (relative(root, path).startsWith('..') || path.includes(`${sep}..${sep}`)) {
    throw new SnippetError(`"${file}" is outside examples/`);
  }
  if (!file.endsWith('.go') && !file.endsWith('.mod')) {
    throw new SnippetError(`"${file}" is not a Go file`);
  }
  if (!existsSync(path)) throw new SnippetError(`examples/${file} does not exist`);
  return tightenNotation(extractRegion(readFileSync(path, 'utf8'), region));
}
