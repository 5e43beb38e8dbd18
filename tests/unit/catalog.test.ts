import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCatalog, sharedKeywords } from '../../src/lib/catalog.ts';

const catalog = buildCatalog(
  [{ id: 'worker-pool', title: 'Worker pool', summary: 's', patterns: [], pitfalls: [], rubric: ['R2.1'] }],
  [{ id: 'goroutine-leak', title: 'Goroutine leak', summary: 's', patterns: ['worker-pool'], pitfalls: [], rubric: [] }],
  [{
    slug: 'concurrency', phase: 2, title: 'Concurrency', summary: 's',
    items: [{ id: 'R2.1', title: 'Manage goroutine lifecycles', summary: 's', patterns: [], pitfalls: [], commonPitfalls: [{ pitfall: 'goroutine-leak' }] }],
    redFlags: [{ id: 'RF2.1', text: 'No exit strategy', pitfall: 'goroutine-leak', item: 'R2.1' }],
  }],
);

test('gives every kind of ID its canonical URL', () => {
  assert.equal(catalog.entries.get('worker-pool')?.url, '/patterns/worker-pool/');
  assert.equal(catalog.entries.get('goroutine-leak')?.url, '/pitfalls/goroutine-leak/');
  assert.equal(catalog.entries.get('R2')?.url, '/rubric/concurrency/');
  assert.equal(catalog.entries.get('R2.1')?.url, '/rubric/concurrency/#r2-1');
  assert.equal(catalog.entries.get('RF2.1')?.url, '/rubric/concurrency/#rf2-1');
});

test('relates entries both ways: a pitfall naming a pattern appears on the pattern', () => {
  assert.deepEqual(catalog.related('worker-pool').map((entry) => entry.id), ['R2.1', 'goroutine-leak']);
  assert.deepEqual(catalog.related('goroutine-leak').map((entry) => entry.id), ['R2.1', 'RF2.1', 'worker-pool']);
});

test('relates red flags to their item and pitfall', () => {
  assert.deepEqual(catalog.related('RF2.1').map((entry) => entry.id), ['R2.1', 'goroutine-leak']);
});

test('returns nothing for an unrelated or unknown ID', () => {
  assert.deepEqual(catalog.related('nope'), []);
});

test('a keyword given to two entries, in any case, is reported with both', () => {
  assert.deepEqual(sharedKeywords([{ id: 'a', keywords: ['Thread pool', 'x'] }, { id: 'b', keywords: ['thread pool'] }, { id: 'c', keywords: ['y'] }]), ['thread pool: a, b']);
  assert.deepEqual(sharedKeywords([{ id: 'a', keywords: ['x'] }, { id: 'b', keywords: ['y'] }]), []);
});
