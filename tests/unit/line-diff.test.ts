import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffLines, diffNotation } from '../../src/lib/line-diff.ts';

test('marks removed and added lines and keeps common ones', () => {
  assert.deepEqual(diffLines(['a', 'b', 'c'], ['a', 'x', 'c']), [
    { op: 'same', text: 'a' },
    { op: 'remove', text: 'b' },
    { op: 'add', text: 'x' },
    { op: 'same', text: 'c' },
  ]);
});

test('handles insertions at the end and deletions at the start', () => {
  assert.deepEqual(diffLines(['a', 'b'], ['b', 'c']).map((line) => line.op), ['remove', 'same', 'add']);
  assert.deepEqual(diffLines([], ['a']), [{ op: 'add', text: 'a' }]);
});

test('writes Shiki diff notation and drops notation already in the sources', () => {
  assert.equal(
    diffNotation('ch := make(chan T)\ngo f()', 'ch := make(chan T, 1)// [!code highlight]\ngo f()'),
    'ch := make(chan T)// [!code --]\nch := make(chan T, 1)// [!code ++]\ngo f()',
  );
});
