import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byRole, examplePackages, exampleUrl, fileAnchor } from '../../src/lib/example-packages.ts';

test('a file’s whole-file address is its package page, at an anchor without dots', () => {
  assert.equal(fileAnchor('transfer_test.go'), 'transfer_test-go');
  assert.equal(exampleUrl('pitfalls/deadlock/bad/transfer.go'), '/examples/pitfalls/deadlock/bad/#transfer-go');
});

test('test files come after the files they test', () => {
  assert.deepEqual(['b_test.go', 'z.go', 'a_test.go', 'a.go'].sort(byRole), ['a.go', 'z.go', 'a_test.go', 'b_test.go']);
});

test('the example packages include Bad packages and the module’s packages that examples import', () => {
  const packages = examplePackages();
  const deadlock = packages.find((pkg) => pkg.dir === 'pitfalls/deadlock/bad');
  assert.deepEqual(deadlock, { dir: 'pitfalls/deadlock/bad', name: 'bad', files: ['transfer.go', 'transfer_test.go'], bad: true });
  assert.equal(packages.find((pkg) => pkg.dir === 'pitfalls/deadlock')?.bad, false);
  assert.ok(packages.some((pkg) => pkg.dir === 'internal/leakcheck'), 'leakcheck is imported by example tests');
  assert.ok(!packages.some((pkg) => pkg.dir === 'internal/minversion'), 'the badge tool is no example');
});
