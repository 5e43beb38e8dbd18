import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseYaml, scanContent } from '../../src/lib/content-index.ts';

function contentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

// The parser notices the unclosed bracket of line 3 at the start of line 4.
test('bad YAML in a rubric file names the file and the line in it', () => {
  const dir = contentDir({ 'rubric/concurrency.mdx': '---\nphase: 2\ntitle: [Concurrency\nitems: []\n---\n\nText.\n' });
  assert.throws(() => scanContent(dir), { message: 'content/rubric/concurrency.mdx:4:1: Flow sequence in block collection must be sufficiently indented and end with a ]' });
});

test('bad YAML in sources.yaml names the file and the line', () => {
  const dir = contentDir({ 'sources.yaml': 'golang-pro:\n  title: "unclosed\n' });
  assert.throws(() => scanContent(dir), /^Error: content\/sources\.yaml:\d+:\d+: /);
});

test('good YAML parses as before, and other errors pass through', () => {
  assert.deepEqual(parseYaml('a: 1\nb: [x, y]\n', 'f.yaml'), { a: 1, b: ['x', 'y'] });
  const dir = contentDir({ 'rubric/r.mdx': '---\nphase: 7\nitems:\n  - id: R7.1\n---\n', 'sources.yaml': 'golang-pro:\n  title: T\n' });
  const index = scanContent(dir);
  assert.deepEqual([...index.ids.keys()].sort(), ['R7', 'R7.1']);
  assert.deepEqual([...index.sources], ['golang-pro']);
});
