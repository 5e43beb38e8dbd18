import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { dedent, extractRegion, loadSnippet, SnippetError, tightenNotation } from '../../src/lib/snippets.ts';

const source = [
  'package demo',
  '',
  '// region outer',
  'func A() {',
  '\t// region inner',
  '\tx := 1',
  '\t// endregion inner',
  '\t_ = x',
  '}',
  '// endregion outer',
  '',
].join('\n');

test('returns the whole file without region marker lines', () => {
  assert.equal(extractRegion(source), 'package demo\n\nfunc A() {\n\tx := 1\n\t_ = x\n}');
});

test('a whole file keeps one blank line where a marker stood between two, as gofmt leaves it', () => {
  const spaced = ['package demo', '', '// region a', '', 'func A() {}', '', '// endregion a', '', 'func B() {}'].join('\n');
  assert.equal(extractRegion(spaced), 'package demo\n\nfunc A() {}\n\nfunc B() {}');
});

test('returns a region without its markers or nested markers', () => {
  assert.equal(extractRegion(source, 'outer'), 'func A() {\n\tx := 1\n\t_ = x\n}');
});

test('dedents a nested region', () => {
  assert.equal(extractRegion(source, 'inner'), 'x := 1');
  assert.deepEqual(dedent(['\t\ta', '', '\t\t\tb']), ['a', '', '\tb']);
});

test('fails on a missing region, naming it', () => {
  assert.throws(() => extractRegion(source, 'nope'), /region "nope" not found/);
});

test('fails on a region that is never closed', () => {
  assert.throws(() => extractRegion('// region open\nx', 'open'), /no "\/\/ endregion open" line/);
});

test('loads files under the examples root and refuses others', () => {
  const root = mkdtempSync(join(tmpdir(), 'snippets-'));
  writeFileSync(join(root, 'a.go'), 'package a\n');
  assert.equal(loadSnippet('a.go', undefined, root), 'package a');
  assert.throws(() => loadSnippet('missing.go', undefined, root), (error: unknown) => error instanceof SnippetError && /does not exist/.test(error.message));
  assert.throws(() => loadSnippet('../etc/passwd.go', undefined, root), /outside examples/);
  assert.throws(() => loadSnippet('notes.txt', undefined, root), /not a Go file/);
});

test('drops the padding before a notation comment so no trailing space survives it', () => {
  assert.equal(tightenNotation('\tmu.Lock()         // [!code highlight]\n\tx++ // keep'), '\tmu.Lock()// [!code highlight]\n\tx++ // keep');
});
