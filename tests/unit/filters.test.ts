import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appliesTo } from '../../src/scripts/filters.ts';

test('a mistake fixed in Go 1.22 applies to 1.21 but not to 1.22', () => {
  assert.equal(appliesTo('1.21', undefined, '1.21'), true);
  assert.equal(appliesTo('1.22', undefined, '1.21'), false);
});

test('a pattern needing Go 1.25 does not apply to 1.24', () => {
  assert.equal(appliesTo('1.24', '1.25'), false);
  assert.equal(appliesTo('1.26', '1.25'), true);
});

test('compares minor versions numerically, not as text', () => {
  assert.equal(appliesTo('1.9', '1.10'), false);
  assert.equal(appliesTo('1.10', '1.9'), true);
});
