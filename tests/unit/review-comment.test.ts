import { test } from 'node:test';
import assert from 'node:assert/strict';
import { permalink, reviewComment } from '../../src/lib/review-comment.ts';

const item = {
  id: 'R2.1',
  title: 'Manage goroutine lifecycles',
  summary: 'Every goroutine has a way to exit (a cancelled context or a closed channel).',
};

test('builds the permanent link from the origin the site is served from', () => {
  assert.equal(permalink('https://go.example.org', 'R2.1'), 'https://go.example.org/id/r2.1/');
  assert.equal(permalink('http://localhost:4321/', 'goroutine-leak'), 'http://localhost:4321/id/goroutine-leak/');
});

test('writes a review comment with the ID, the title in bold, the summary and the link', () => {
  assert.equal(
    reviewComment(item, 'https://go.example.org'),
    '**[R2.1] Manage goroutine lifecycles**: Every goroutine has a way to exit (a cancelled context or a closed channel). https://go.example.org/id/r2.1/',
  );
});

test('escapes Markdown in titles and summaries but keeps code spans', () => {
  assert.equal(
    reviewComment({ id: 'data-race', title: 'Shared *state*', summary: 'Use `sync.Mutex` or [atomics]_.' }, 'https://x.org'),
    '**[data-race] Shared \\*state\\***: Use `sync.Mutex` or \\[atomics\\]\\_. https://x.org/id/data-race/',
  );
});
