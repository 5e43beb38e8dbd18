import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageKinds, percentile, scaledContent } from '../../scripts/bench.ts';

test('percentiles take the nearest rank of the sorted values', () => {
  const values = [9, 1, 5, 3, 7, 2, 8, 4, 6, 10];
  assert.equal(percentile(values, 50), 5);
  assert.equal(percentile(values, 95), 10);
  assert.equal(percentile([4], 95), 4);
});

test('one page of each kind is picked from the sitemap, and a missing kind is an error', () => {
  const paths = ['/', '/patterns/', '/patterns/a/', '/pitfalls/b/', '/review/', '/rubric/', '/rubric/concurrency/', '/search/'];
  assert.deepEqual(pageKinds(paths), {
    home: '/', pattern: '/patterns/a/', pitfall: '/pitfalls/b/', 'rubric phase': '/rubric/concurrency/', review: '/review/', search: '/search/',
  });
  assert.throws(() => pageKinds(paths.filter((path) => path !== '/review/')), /no review page/);
});

test('the scaled content has ten copies of every pattern and pitfall under new IDs and the rest unchanged', () => {
  const work = mkdtempSync(join(tmpdir(), 'bench-test-'));
  try {
    for (const dir of ['patterns', 'pitfalls', 'rubric']) mkdirSync(join(work, 'content', dir), { recursive: true });
    writeFileSync(join(work, 'content', 'patterns', 'worker-pool.mdx'), '---\ntitle: Worker pool\n---\n');
    writeFileSync(join(work, 'content', 'pitfalls', 'data-race.mdx'), '---\ntitle: Data race\n---\n');
    writeFileSync(join(work, 'content', 'rubric', 'concurrency.mdx'), 'phase');
    assert.equal(scaledContent(join(work, 'content'), join(work, 'scaled')), 20);
    const patterns = readdirSync(join(work, 'scaled', 'patterns'));
    assert.equal(patterns.length, 10);
    assert.ok(patterns.includes('worker-pool-copy-9.mdx'));
    assert.equal(readFileSync(join(work, 'scaled', 'patterns', 'worker-pool-copy-3.mdx'), 'utf8'), '---\ntitle: Worker pool\n---\n');
    assert.deepEqual(readdirSync(join(work, 'scaled', 'rubric')), ['concurrency.mdx']);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
