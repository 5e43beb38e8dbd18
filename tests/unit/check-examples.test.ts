import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goFences, parseSupport } from '../../scripts/check-examples.ts';
import { referencedFiles } from '../../src/lib/example-packages.ts';

test('finds the files a page includes with file= and from=', () => {
  assert.deepEqual(referencedFiles('<GoExample file="a/b.go" region="x" />\n<GoDiff from="a/bad/b.go" file="a/b.go" />'), ['a/b.go', 'a/bad/b.go', 'a/b.go']);
});

test('counts hand-written Go fences, with backticks or tildes, and ignores other languages', () => {
  assert.equal(goFences('```go\nx\n```\n~~~ go\ny\n~~~\n```sh\ngo test\n```'), 2);
});

test('reads support files with their reasons and skips comments', () => {
  assert.deepEqual(parseSupport('# header\n\na/b_test.go  # proves b\nc.go\n'), [
    { path: 'a/b_test.go', reason: 'proves b' },
    { path: 'c.go', reason: '' },
  ]);
});
