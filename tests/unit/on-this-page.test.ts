import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entrySections } from '../../src/lib/on-this-page.ts';

const headings = [
  { depth: 2, slug: 'problem', text: 'Problem' },
  { depth: 3, slug: 'a-detail', text: 'A detail' },
  { depth: 2, slug: 'the-code', text: 'The code#' },
];

test('an entry lists its h2 sections, without the "#" of their permalinks, then the end sections that have content', () => {
  assert.deepEqual(entrySections(headings, { corrections: true, related: true, sources: true }), [
    { href: '#problem', text: 'Problem' },
    { href: '#the-code', text: 'The code' },
    { href: '#corrections', text: 'Corrected from the source' },
    { href: '#related', text: 'Related' },
    { href: '#sources', text: 'Sources' },
  ]);
});

test('end sections with nothing in them are left out', () => {
  assert.deepEqual(entrySections(headings, { corrections: false, related: false, sources: true }).map((link) => link.text), ['Problem', 'The code', 'Sources']);
});
