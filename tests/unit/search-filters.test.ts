import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filterLabel, filterSlug } from '../../src/lib/search-filters.ts';

test('an address may name a filter by the index pages’ slug or by its label, in any case', () => {
  assert.equal(filterLabel('kind', 'pitfall'), 'Pitfall');
  assert.equal(filterLabel('kind', 'PITFALL'), 'Pitfall');
  assert.equal(filterLabel('kind', 'red-flag'), 'Red flag');
  assert.equal(filterLabel('kind', 'Rubric item'), 'Rubric item');
  assert.equal(filterLabel('category', 'concurrency'), 'Concurrency');
  assert.equal(filterLabel('category', 'api-design'), 'API design');
  assert.equal(filterLabel('category', 'tooling and modules'), 'Tooling and modules');
  assert.equal(filterLabel('severity', 'critical'), 'Critical');
  assert.equal(filterLabel('detector', 'race'), 'Race detector');
});

test('a value no vocabulary knows is kept as it is, so the page can show it', () => {
  assert.equal(filterLabel('category', 'nope'), 'nope');
  assert.equal(filterLabel('go', 'Go 1.25+'), 'Go 1.25+');
});

test('the address writes the slug of a label, and a value without one as it is', () => {
  assert.equal(filterSlug('category', 'API design'), 'api-design');
  assert.equal(filterSlug('kind', 'Red flag'), 'red-flag');
  assert.equal(filterSlug('detector', 'Race detector'), 'race');
  assert.equal(filterSlug('go', 'Go 1.25+'), 'Go 1.25+');
});
