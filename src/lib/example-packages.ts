// The example packages, each shown whole on its own page under /examples/,
// so a reader can see a snippet's file with its package clause, imports and
// the types it uses, and copy files that compile.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { EXAMPLES_DIR } from './snippets.ts';

export interface ExamplePackage {
  /** The folder under examples/, such as "pitfalls/deadlock/bad". */
  dir: string;
  /** The Go package name of its non-test files ("bad"). */
  name: string;
  /** Its .go files, sorted, non-test files first. */
  files: string[];
  /** Whether its files build only with -tags bad. */
  bad: boolean;
}

/** Paths (relative to examples/) that an MDX body includes with file= or from=. */
export function referencedFiles(mdx: string): string[] {
  const tags = mdx.match(/<Go(?:Example|Diff)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => [...tag.matchAll(/\b(?:file|from)="([^"]+)"/g)].map((match) => match[1] ?? ''));
}

/** The anchor of a file on its package's page: transfer_test.go → transfer_test-go. */
export function fileAnchor(name: string): string {
  return name.replace(/\./g, '-');
}

/** The page that shows `file` (relative to examples/) whole: its package's page, at the file. */
export function exampleUrl(file: string): string {
  return `/examples/${posix.dirname(file)}/#${fileAnchor(posix.basename(file))}`;
}

/** Test files come after the files they test; otherwise by name. */
export function byRole(a: string, b: string): number {
  const test = (name: string) => (name.endsWith('_test.go') ? 1 : 0);
  return test(a) - test(b) || a.localeCompare(b);
}

function goFiles(dir: string): string[] {
  return readdirSync(join(EXAMPLES_DIR, dir)).filter((name) => name.endsWith('.go') && statSync(join(EXAMPLES_DIR, dir, name)).isFile());
}

function subdirs(dir: string): string[] {
  return readdirSync(join(EXAMPLES_DIR, dir)).filter((name) => statSync(join(EXAMPLES_DIR, dir, name)).isDirectory()).map((name) => posix.join(dir, name));
}

function read(dir: string, name: string): string {
  return readFileSync(join(EXAMPLES_DIR, dir, name), 'utf8');
}

/**
 * Every package of the pattern, pitfall and rubric examples, and the
 * packages of this module they import (such as internal/leakcheck).
 */
export function examplePackages(): ExamplePackage[] {
  const module = /^module (\S+)/m.exec(readFileSync(join(EXAMPLES_DIR, 'go.mod'), 'utf8'))?.[1];
  if (!module) throw new Error('examples/go.mod has no module line');
  const found = new Set<string>();
  const visit = (dir: string): void => {
    if (goFiles(dir).length > 0) found.add(dir);
    subdirs(dir).forEach(visit);
  };
  ['patterns', 'pitfalls', 'rubric'].forEach(visit);
  const imported = new RegExp(`"${module.replace(/\./g, '\\.')}/([^"]+)"`, 'g');
  for (const dir of [...found]) {
    for (const name of goFiles(dir)) for (const [, path] of read(dir, name).matchAll(imported)) found.add(path ?? '');
  }
  return [...found].sort().map((dir) => {
    const files = goFiles(dir).sort(byRole);
    const sources = files.map((name) => read(dir, name));
    const clause = (source: string | undefined) => /^package (\w+)/m.exec(source ?? '')?.[1];
    const name = clause(sources.find((_, i) => !files[i]?.endsWith('_test.go'))) ?? clause(sources[0]) ?? '';
    return { dir, name, files, bad: sources.some((source) => /^\/\/go:build .*\bbad\b/m.test(source)) };
  });
}
