import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanName, dropReview, newReview, parseLibrary, putReview, unusedName, NAME_LIMIT, type ReviewLibrary } from '../../src/lib/review-library.ts';
import { emptyState, type ChecklistItem } from '../../src/lib/review-state.ts';

const items: ChecklistItem[] = [
  { id: 'R2.1', title: 'Manage goroutine lifecycles', phase: 'R2' },
  { id: 'R3.1', title: 'Write table-driven tests', phase: 'R3' },
];
const pr12 = { id: 'a', name: 'PR #12', state: { ...emptyState(['R2']), items: { 'R2.1': { verdict: 'work' as const, note: 'leaks' } } } };
const pr13 = { id: 'b', name: 'PR #13', state: emptyState(['R3']) };

test('a stored library reads back as it was written', () => {
  const library: ReviewLibrary = { v: 1, last: 'b', reviews: [pr12, pr13] };
  assert.deepEqual(parseLibrary(JSON.parse(JSON.stringify(library)), items), library);
});

test('damaged reviews are dropped and the rest kept: no ID, a repeated ID, a state that is not one; unknown items go as parseState drops them', () => {
  const raw = {
    v: 1,
    last: 'gone',
    reviews: [
      { name: 'no id', state: emptyState(['R2']) },
      { ...pr12, state: { ...pr12.state, items: { ...pr12.state.items, 'R9.9': { verdict: 'pass' } } } },
      { ...pr12, name: 'same id again' },
      { id: 'c', name: 'not a state', state: { v: 2 } },
      null,
      { id: 'd', name: 42, state: emptyState([]) },
    ],
  };
  const library = parseLibrary(raw, items);
  assert.deepEqual(library?.reviews.map((review) => [review.id, review.name]), [['a', 'PR #12'], ['d', 'Review 2']]);
  assert.deepEqual(library?.reviews[0]?.state, pr12.state);
  assert.equal(library?.last, 'a', 'a last review that is gone falls back to the first');
});

test('anything that is not a library with a review in it reads as none', () => {
  for (const raw of [undefined, null, 'text', { v: 2, reviews: [pr12] }, { v: 1 }, { v: 1, reviews: {} }, { v: 1, reviews: [] }, { v: 1, reviews: [{ id: 'x' }] }]) {
    assert.equal(parseLibrary(raw, items), undefined, JSON.stringify(raw));
  }
});

test('putting a review replaces the one with its ID in place, or adds it at the end, and opens it last', () => {
  const library: ReviewLibrary = { v: 1, last: 'b', reviews: [pr12, pr13] };
  const renamed = { ...pr12, name: 'PR #12 (second look)' };
  assert.deepEqual(putReview(library, renamed), { v: 1, last: 'a', reviews: [renamed, pr13] });
  const third = newReview('c', 'PR #14', ['R2', 'R3']);
  assert.deepEqual(putReview(library, third), { v: 1, last: 'c', reviews: [pr12, pr13, third] });
  assert.deepEqual(putReview(undefined, pr12), { v: 1, last: 'a', reviews: [pr12] });
  assert.deepEqual(library.reviews, [pr12, pr13], 'the library passed in is not changed');
});

test('dropping a review keeps the others and the last opened one, and leaves none when it was the only one', () => {
  const library: ReviewLibrary = { v: 1, last: 'b', reviews: [pr12, pr13] };
  assert.deepEqual(dropReview(library, 'a'), { v: 1, last: 'b', reviews: [pr13] });
  assert.deepEqual(dropReview(library, 'b'), { v: 1, last: 'a', reviews: [pr12] });
  assert.deepEqual(dropReview(library, 'nothing'), library);
  assert.equal(dropReview({ v: 1, last: 'a', reviews: [pr12] }, 'a'), undefined);
});

test('new reviews are named "Review N" with the first N not taken', () => {
  assert.equal(unusedName(undefined), 'Review 1');
  const library: ReviewLibrary = { v: 1, last: 'a', reviews: [{ ...pr12, name: 'Review 1' }, { ...pr13, name: 'Review 3' }] };
  assert.equal(unusedName(library), 'Review 2');
});

test('names are one trimmed line of at most the limit, and an empty one falls back', () => {
  assert.equal(cleanName('  PR #12\n  retry loop ', 'Review 1'), 'PR #12 retry loop');
  assert.equal(cleanName(' \n ', 'Review 1'), 'Review 1');
  assert.equal(cleanName('x'.repeat(200), 'Review 1').length, NAME_LIMIT);
});
