import { test } from 'node:test';
import assert from 'node:assert/strict';
import { neighbours } from '../../src/lib/neighbours.ts';

const entry = (id: string, category: string) => ({ id, data: { category } });
const entries = [entry('a', 'concurrency'), entry('b', 'errors'), entry('c', 'concurrency'), entry('d', 'concurrency')];

test('previous and next are the entries beside it in its own category, in the given order', () => {
  assert.deepEqual(neighbours(entries, 'c'), { previous: entries[0], next: entries[3] });
});

test('the first and last of a category have no previous or next, and an entry alone in its category has neither', () => {
  assert.deepEqual(neighbours(entries, 'a'), { previous: undefined, next: entries[2] });
  assert.deepEqual(neighbours(entries, 'd'), { previous: entries[2], next: undefined });
  assert.deepEqual(neighbours(entries, 'b'), { previous: undefined, next: undefined });
});

test('an unknown ID has no neighbours', () => {
  assert.deepEqual(neighbours(entries, 'zz'), {});
});
