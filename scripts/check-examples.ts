// Checks that examples/ is the one source of Go on the site: no MDX file has
// a hand-written Go code fence, and every file under examples/ is shown by a
// page (<GoExample>, <GoDiff>) or declared, with the reason it exists, in a
// support-files.txt in its folder or a folder above (paths relative to that
// list). Exits non-zero with the list of problems.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { referencedFiles } from '../src/lib/example-packages.ts';

/** Files every module or Bad package has; they are never shown. */
const INFRASTRUCTURE = /(^|\/)(go\.mod|go\.sum|support-files\.txt|proof\.json|proof[\w.-]*\.txt)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Hand-written Go fences (```go or ~~~go) in an MDX file. */
export function goFences(mdx: string): number {
  return (mdx.match(/^\s*(```|~~~)\s*go\b/gm) ?? []).length;
}

/** support-files.txt: "path  # reason" per line; blank lines and whole-line comments are ignored. */
export function parseSupport(text: string): { path: string; reason: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [path = '', ...reason] = line.split('#');
      return { path: path.trim(), reason: reason.join('#').trim() };
    });
}

function main(root: string): number {
  const problems: string[] = [];
  const contentDir = join(root, 'content');
  const examplesDir = join(root, 'examples');
  const shown = new Set<string>();
  for (const file of walk(contentDir).filter((path) => path.endsWith('.mdx'))) {
    const mdx = readFileSync(file, 'utf8');
    const where = relative(root, file);
    if (goFences(mdx) > 0) problems.push(`${where}: hand-written Go code fence; put the code in examples/ and use <GoExample>`);
    for (const path of referencedFiles(mdx)) shown.add(path);
  }
  const files = walk(examplesDir).map((path) => relative(examplesDir, path).split(sep).join('/'));
  const supported = new Set<string>();
  for (const list of files.filter((path) => /(^|\/)support-files\.txt$/.test(path))) {
    const base = list.replace(/support-files\.txt$/, '');
    for (const { path, reason } of parseSupport(readFileSync(join(examplesDir, list), 'utf8'))) {
      const full = `${base}${path}`;
      if (!reason) problems.push(`examples/${list}: ${path} needs a reason after #`);
      if (shown.has(full)) problems.push(`examples/${list}: ${path} is shown on a page; remove it from the list`);
      supported.add(full);
    }
  }
  for (const path of supported) {
    if (!files.includes(path)) problems.push(`examples/support-files.txt: ${path} does not exist`);
  }
  for (const path of files) {
    if (!INFRASTRUCTURE.test(path) && !shown.has(path) && !supported.has(path)) {
      problems.push(`examples/${path}: shown by no page; include it with <GoExample>, or list it in examples/support-files.txt with a reason`);
    }
  }
  for (const problem of problems) console.error(problem);
  console.log(`check-examples: ${files.length} files, ${shown.size} shown on pages, ${supported.size} support files, ${problems.length} problems`);
  return problems.length ? 1 : 0;
}

if (import.meta.main) process.exit(main(process.cwd()));
