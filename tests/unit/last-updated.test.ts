import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastChanges, newestChange } from '../../src/lib/last-updated.ts';

// As `git log --format=%x00%cI --name-only` prints it: newest commit first.
const log = [
  '',
  '2026-12-06T18:04:40+00:00\n\nexamples/patterns/worker-pool/pool_test.go\ncontent/pitfalls/data-race.mdx\n',
  '2026-11-20T09:00:00+01:00\n\ncontent/patterns/worker-pool.mdx\nexamples/patterns/worker-pool/pool_test.go\n',
  '2026-10-01T12:00:00+00:00\n\ncontent/patterns/worker-pool.mdx\nexamples/patterns/worker-pool-extra/x.go\n',
].join('\0');

test("each file keeps the date of the newest commit that touched it", () => {
  const dates = lastChanges(log);
  assert.equal(dates.get('examples/patterns/worker-pool/pool_test.go'), '2026-12-06T18:04:40+00:00');
  assert.equal(dates.get('content/patterns/worker-pool.mdx'), '2026-11-20T09:00:00+01:00');
});

test("an entry's date is the newest of its page and its examples, and a directory with a longer name is not its own", () => {
  const dates = lastChanges(log);
  assert.equal(newestChange(dates, ['content/patterns/worker-pool.mdx', 'examples/patterns/worker-pool']), '2026-12-06T18:04:40+00:00');
  assert.equal(newestChange(dates, ['content/patterns/worker-pool.mdx']), '2026-11-20T09:00:00+01:00');
  assert.equal(newestChange(dates, ['examples/patterns/worker']), undefined);
});

test('files git does not know have no date', () => {
  assert.equal(newestChange(lastChanges(''), ['content/patterns/new.mdx']), undefined);
  assert.equal(newestChange(lastChanges(log), ['content/patterns/new.mdx']), undefined);
});
