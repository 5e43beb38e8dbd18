import { test } from 'node:test';
import assert from 'node:assert/strict';
import { e2eFileTimes, timingTable } from '../../scripts/run-tests.ts';

test('end-to-end time is summed per spec file, nested suites included, slowest file first', () => {
  const report = {
    suites: [
      {
        file: 'a.spec.ts',
        specs: [{ tests: [{ status: 'expected', results: [{ duration: 1_000 }] }] }],
        suites: [{ file: 'a.spec.ts', specs: [{ tests: [{ status: 'unexpected', results: [{ duration: 500 }, { duration: 250 }] }] }] }],
      },
      { file: 'b.spec.ts', specs: [{ tests: [{ status: 'expected', results: [{ duration: 4_000 }] }] }] },
      { file: 'empty.spec.ts', specs: [] },
    ],
  };
  assert.deepEqual(e2eFileTimes(report), [
    { file: 'b.spec.ts', seconds: 4, tests: 1, failed: 0 },
    { file: 'a.spec.ts', seconds: 1.75, tests: 2, failed: 1 },
  ]);
});

test('the timing table has one row per step, its note, its result and the total', () => {
  const table = timingTable(
    [
      { name: 'unit', seconds: 19.04, status: 'ok' },
      { name: '  e2e a.spec.ts', seconds: 2, status: 'failed', note: '3 tests, summed' },
    ],
    21.5,
  );
  assert.equal(
    table,
    [
      '| step | time | result |',
      '| --- | ---: | --- |',
      '| unit | 19.0 s | ok |',
      '|   e2e a.spec.ts (3 tests, summed) | 2.0 s | failed |',
      '| **total** | **21.5 s** | |',
    ].join('\n'),
  );
});
