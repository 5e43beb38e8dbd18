import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorFor, idPath } from '../../src/lib/urls.ts';

test('anchors R2.1 at r2-1 and RF2.3 at rf2-3', () => {
  assert.equal(anchorFor('R2.1'), 'r2-1');
  assert.equal(anchorFor('RF2.3'), 'rf2-3');
  assert.equal(anchorFor('R4.12'), 'r4-12');
});

test('puts every ID under /id/ in lower case', () => {
  assert.equal(idPath('R2.1'), '/id/r2.1/');
  assert.equal(idPath('goroutine-leak'), '/id/goroutine-leak/');
});
