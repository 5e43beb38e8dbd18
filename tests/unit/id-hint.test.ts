import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lowerCaseIdPath } from '../../src/scripts/id-hint.ts';

test('an ID path in another case is sent to its lower-case spelling', () => {
  assert.equal(lowerCaseIdPath('/id/R2.1/'), '/id/r2.1/');
  assert.equal(lowerCaseIdPath('/id/Goroutine-Leak'), '/id/goroutine-leak/');
});

test('a lower-case ID path, another path or a malformed escape is left alone', () => {
  assert.equal(lowerCaseIdPath('/id/r2.1/'), undefined);
  assert.equal(lowerCaseIdPath('/patterns/R2.1/'), undefined);
  assert.equal(lowerCaseIdPath('/id/%E0%A4%A/'), undefined);
  assert.equal(lowerCaseIdPath('/id/%/'), undefined);
});
